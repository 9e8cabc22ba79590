import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, questionPanelTabs, waitFor } from './helpers';

describe('Interview Coach in a real extension host', () => {
  afterEach(closeAllEditors);

  it('has a handler for every command it contributes, and contributes every command it handles', async () => {
    const api = await activateExtension();
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.ok(contributed.includes('interviewCoach.openQuestion'));
    assert.deepEqual([...api.commands.keys()].sort(), contributed);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), [], 'each is registered at activation');
  });

  it('shows topics, and questions under each topic, in the tree', async () => {
    const api = await activateExtension();
    const topics = await api.treeProvider.getChildren();
    assert.ok(topics.length >= 1, 'at least one topic');
    const first = topics[0];
    assert.equal(first?.kind, 'topic');
    const questions = await api.treeProvider.getChildren(first);
    // The bundle has its own copies of the node classes, so compare by shape, not instanceof.
    assert.ok(questions.length >= 2, 'at least two questions in the first topic');
    for (const node of questions) {
      assert.equal(node.kind, 'question');
      assert.equal(node.command?.command, 'interviewCoach.openQuestion');
      assert.ok(typeof node.label === 'string' && node.label.length > 5);
    }
  });

  it('opens a question in one reused webview panel', async () => {
    const api = await activateExtension();
    const bank = await api.bankService.bank();
    const [first, second] = bank.questions();
    assert.ok(first && second);
    await vscode.commands.executeCommand('interviewCoach.openQuestion', first.id);
    await waitFor('the question panel tab', () => questionPanelTabs()[0]?.label === first.title);
    await vscode.commands.executeCommand('interviewCoach.openQuestion', second.id);
    await waitFor('the panel to show the second question', () => questionPanelTabs()[0]?.label === second.title);
    assert.equal(questionPanelTabs().length, 1, 'the panel is reused, not duplicated');
  });

  it('writes a graded review to the log under globalStorageUri', async () => {
    const api = await activateExtension();
    const question = (await api.bankService.bank()).questions()[0];
    assert.ok(question);
    await vscode.commands.executeCommand('interviewCoach.openQuestion', question.id);
    await vscode.commands.executeCommand('interviewCoach.rate', 3);
    const userData = process.env.IC_USER_DATA_DIR;
    assert.ok(userData, 'the harness passes IC_USER_DATA_DIR');
    const logFile = path.join(userData, 'User', 'globalStorage', EXTENSION_ID, 'reviews.jsonl');
    const lines = fs.readFileSync(logFile, 'utf8').trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
    assert.equal(last.q, question.id);
    assert.equal(last.g, 3);
    assert.equal(last.h, question.hash);
    assert.equal(last.v, 1);
  });
});
