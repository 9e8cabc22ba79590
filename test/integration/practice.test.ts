import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, waitFor } from './helpers';

const storage = (): string => path.join(process.env.IC_USER_DATA_DIR!, 'User', 'globalStorage', EXTENSION_ID);
const logLines = (): Record<string, unknown>[] =>
  fs.readFileSync(path.join(storage(), 'reviews.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('practice state in the extension host', () => {
  before(async () => vscode.workspace.getConfiguration('interviewCoach').update('autoAdvance', false, vscode.ConfigurationTarget.Global));
  after(async () => vscode.workspace.getConfiguration('interviewCoach').update('autoAdvance', undefined, vscode.ConfigurationTarget.Global));
  afterEach(closeAllEditors);

  it('grades through interviewCoach.rate, undoes through interviewCoach.undo, and logs both', async () => {
    const api = await activateExtension();
    const question = (await api.bankService.bank()).questions()[5]!;
    await vscode.commands.executeCommand('interviewCoach.openQuestion', question.id);
    await vscode.commands.executeCommand('interviewCoach.rate', 4);
    const graded = logLines().at(-1)!;
    assert.deepEqual([graded.q, graded.g, graded.h], [question.id, 4, question.hash]);
    assert.equal((await api.practice.progress(question.id)).status, 'review');

    await vscode.commands.executeCommand('interviewCoach.undo');
    const undo = logLines().at(-1)!;
    assert.deepEqual([undo.k, undo.r], ['undo', graded.rid]);
    assert.equal((await api.practice.progress(question.id)).status, 'new');
  });

  it('suspends and unsuspends a question', async () => {
    const api = await activateExtension();
    const question = (await api.bankService.bank()).questions()[6]!;
    await vscode.commands.executeCommand('interviewCoach.suspend', question.id);
    assert.equal((await api.practice.progress(question.id)).status, 'suspended');
    await vscode.commands.executeCommand('interviewCoach.unsuspend', question.id);
    assert.equal((await api.practice.progress(question.id)).status, 'new');
  });

  it('resets a question after writing a backup of the log', async () => {
    const api = await activateExtension();
    const question = (await api.bankService.bank()).questions()[7]!;
    await vscode.commands.executeCommand('interviewCoach.openQuestion', question.id);
    await vscode.commands.executeCommand('interviewCoach.rate', 3);
    const before = fs.readFileSync(path.join(storage(), 'reviews.jsonl'), 'utf8');
    const backupsBefore = fs.readdirSync(storage()).filter((name) => name.includes('.backup-'));
    // The modal confirmation cannot be clicked from here; the store call behind it is what we check.
    const backup = await api.practice.reset([question.id]);
    assert.ok(backup && fs.existsSync(backup), 'a backup file exists');
    assert.equal(fs.readFileSync(backup, 'utf8'), before, 'the backup is the log as it was');
    assert.equal(fs.readdirSync(storage()).filter((name) => name.includes('.backup-')).length, backupsBefore.length + 1);
    assert.equal(logLines().at(-1)!.k, 'reset');
    assert.equal((await api.practice.progress(question.id)).status, 'new');
  });

  it('exports progress and imports it back without duplicates', async () => {
    const api = await activateExtension();
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const file = vscode.Uri.joinPath(folder, 'progress.json');
    await vscode.commands.executeCommand('interviewCoach.exportProgress', file);
    const exported = JSON.parse(fs.readFileSync(file.fsPath, 'utf8')) as { entries: unknown[] };
    assert.ok(exported.entries.length >= 4);
    const linesBefore = logLines().length;
    const result = await vscode.commands.executeCommand<{ added: number }>('interviewCoach.importProgress', file);
    assert.equal(result?.added, 0, 'importing what is already there adds nothing');
    assert.equal(logLines().length, linesBefore);
    fs.rmSync(file.fsPath);
    await api.practice.reload();
  });

  it('shows due counts in the tree and the stats', async () => {
    const api = await activateExtension();
    const bank = await api.bankService.bank();
    const question = bank.questions()[8]!;
    // Another window graded this question 30 days ago: it is due now.
    const old = { v: 1, rid: `other-window-${Date.now()}`, q: question.id, h: question.hash, g: 3, t: new Date(Date.now() - 30 * 86_400_000).toISOString() };
    fs.appendFileSync(path.join(storage(), 'reviews.jsonl'), `${JSON.stringify(old)}\n`);
    await waitFor('the other window\'s review to be picked up', async () => {
      await api.practice.reload();
      return (await api.practice.progress(question.id)).status === 'due';
    });
    const topics = await api.treeProvider.getChildren();
    const topicNode = topics.find((node) => node.kind === 'topic' && node.topic.id === question.topicId)!;
    assert.match(String(topicNode.description), /^1 due · \d+$/);
    const rows = await api.treeProvider.getChildren(topicNode);
    const row = rows.find((node) => node.kind === 'question' && node.question.id === question.id)!;
    assert.match(String(row.description), /due/);
    await vscode.commands.executeCommand('interviewCoach.showStats');
    const stats = api.stats.html;
    assert.match(stats, /id="stat-due">1</);
  });
});
