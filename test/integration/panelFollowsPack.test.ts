import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitFor } from './helpers';

const question = (answer: string): string => `## What does VACUUM do?\n\nid: follow.vacuum\n\n### Answer\n\n${answer}\n`;
const pack = (body: string): string => `# Follow Pack\n\nid: follow\n\n${body}\n## What is a WAL?\n\nid: follow.wal\n\n### Answer\n\nA log written before the data pages.\n`;

describe('the shown question follows its pack [#18 item 1]', () => {
  afterEach(closeAllEditors);

  it('updates the shown question on an edit, refuses to grade it once deleted or swallowed by an open fence, and grades it again when it returns', async () => {
    const api = await activateExtension();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) throw new Error('the integration run opens a workspace folder');
    const uri = vscode.Uri.joinPath(folder, 'follow.questions.md');
    const write = (text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const reviewsOf = (): number => (fs.existsSync(api.practice.logPath) ? fs.readFileSync(api.practice.logPath, 'utf8') : '').split('\n').filter((line) => line.includes('"follow.vacuum"')).length;
    try {
      await write(pack(question('It reclaims dead row versions.')));
      await waitFor('the pack in the bank', async () => (await api.bankService.bank()).question('follow.vacuum'), 30_000);
      await vscode.commands.executeCommand('interviewCoach.openQuestion', 'follow.vacuum');
      const before = api.study.current?.hash;

      await write(pack(question('It reclaims dead row versions and updates the visibility map.')));
      await waitFor('the shown question to take the edit', () => api.study.current?.hash !== before && api.study.current?.answer.includes('visibility map'), 30_000);

      await write(pack(''));
      await waitFor('the question to leave the bank', async () => !(await api.bankService.bank()).question('follow.vacuum'), 30_000);
      await vscode.commands.executeCommand('interviewCoach.rate', 3);
      assert.equal(reviewsOf(), 0, 'a deleted question is never graded');

      await write(`# Follow Pack\n\nid: follow\n\n~~~sql\nSELECT 1;\n\n${question('x')}`);
      await waitFor('the fence to swallow the question', async () => (await api.bankService.bank()).question('follow.wal') === undefined, 30_000);
      await vscode.commands.executeCommand('interviewCoach.rate', 3);
      assert.equal(reviewsOf(), 0, 'a question lost to an open fence is never graded');

      await write(pack(question('It reclaims dead row versions.')));
      await waitFor('the question back in the bank', async () => (await api.bankService.bank()).question('follow.vacuum'), 30_000);
      await waitFor('the panel to show it again', async () => {
        await vscode.commands.executeCommand('interviewCoach.rate', 3);
        return reviewsOf() === 1;
      }, 30_000);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
