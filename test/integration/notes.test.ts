import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, waitFor } from './helpers';

describe('notes', () => {
  afterEach(closeAllEditors);

  it('keeps notes per workspace and exports every note into one document', async () => {
    const api = await activateExtension();
    const [first, second] = (await api.bankService.bank()).questions();
    assert.ok(first && second);
    assert.equal(api.notes.location.kind, 'workspaceStorage');
    api.notes.scheduleSave(first.id, 'My story: we added an index and p95 fell from 800 ms to 40 ms.', undefined, () => undefined);
    api.notes.scheduleSave(second.id, 'Follow-up to ask: how do you version the API?', undefined, () => undefined);
    await api.notes.flush();

    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'exported-notes.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('interviewCoach.exportNotes', target);
    assert.equal(written?.toString(), target.toString());
    const text = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(text, /^# Interview notes/);
    for (const question of [first, second]) assert.ok(text.includes(`### ${question.title}`), `export has ${question.id}`);
    assert.ok(text.includes('p95 fell from 800 ms to 40 ms'));
    assert.ok(text.includes('how do you version the API?'));
    fs.rmSync(target.fsPath);
  });

  it('[no-folder] falls back to global storage without a workspace folder, and finds the note again', async () => {
    assert.equal(vscode.workspace.workspaceFolders, undefined, 'this test runs in a window with no folder');
    const api = await activateExtension();
    const question = (await api.bankService.bank()).questions()[0]!;
    assert.equal(api.notes.location.kind, 'globalFallback');
    api.notes.scheduleSave(question.id, 'Written with no folder open.', undefined, () => undefined);
    await api.notes.flush();
    const expected = path.join(process.env.IC_USER_DATA_DIR!, 'User', 'globalStorage', EXTENSION_ID, 'notes', `${question.id}.md`);
    assert.equal(fs.readFileSync(expected, 'utf8'), 'Written with no folder open.');
    assert.equal((await api.notes.load(question.id)).text, 'Written with no folder open.');
  });

  it('[no-folder] runs every contributed command without a workspace folder', async () => {
    await activateExtension();
    const commands = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    // Commands that ask something show a quick pick or input box: keep closing it until each settles.
    for (const id of commands) {
      let settled = false;
      const running = Promise.resolve(vscode.commands.executeCommand(id)).finally(() => (settled = true));
      await waitFor(`${id} to finish`, async () => {
        if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return settled;
      });
      await running;
    }
  });
});
