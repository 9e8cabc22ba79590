import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbench } from './workbench';

const QUESTION = 'What is normalization';
const NOTE = 'Normalize to 3NF, then denormalize for the hot read path.';

describe('notes in the real workbench', () => {
  let workbench: Workbench;
  before(async () => (workbench = await Workbench.start()));
  after(async () => workbench?.stop());

  it('keeps a note typed in the panel across an immediate window reload', async () => {
    await workbench.openCoachView();
    await workbench.treeRow('Databases').click();
    await workbench.treeRow(QUESTION).click();
    const note = workbench.webview().locator('#note');
    await note.waitFor();
    await note.click();
    await note.pressSequentially(NOTE);
    assert.equal(await workbench.webview().locator('#answer').isVisible(), false, 'typing a space in the note does not reveal the answer');
    await workbench.reloadWindow();
    const restored = workbench.webview().locator('#note');
    await restored.waitFor({ timeout: 30_000 });
    await workbench.poll('the note in the restored panel', async () => (await restored.inputValue()) === NOTE);
    await workbench.poll('the note saved on disk', () => notesFilesHolding(workbench.runFolder.userData, NOTE).length === 1);
  });

  it('marks the question with a note in the tree', async () => {
    await workbench.openCoachView();
    const row = workbench.treeRow(QUESTION);
    if ((await row.count()) === 0) await workbench.treeRow('Databases').click();
    await workbench.poll('the note mark on the tree row', async () => /has a note/.test((await row.getAttribute('aria-label')) ?? ''));
    assert.match(await row.innerText(), /✎ note/);
  });

  it('shows edits saved in the notes editor tab in the panel', async () => {
    await workbench.webview().getByRole('button', { name: 'Open as editor tab' }).click();
    const editor = workbench.page.locator('.editor-instance .monaco-editor').filter({ hasText: 'Normalize to 3NF' }).first();
    await editor.waitFor();
    await editor.click();
    await workbench.page.keyboard.press('Control+End');
    await workbench.page.keyboard.type(' Follow-up: when is 4NF worth it?');
    await workbench.page.keyboard.press('Control+S');
    const note = workbench.webview().locator('#note');
    await note.waitFor();
    await workbench.poll('the edit from the editor tab in the panel', async () => (await note.inputValue()).includes('Follow-up: when is 4NF worth it?'));
  });
});

/** Note files (not conflict copies) under the profile whose whole text is `text`. */
function notesFilesHolding(folder: string, text: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.includes('.conflict-'))
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file).isFile() && fs.readFileSync(file, 'utf8') === text);
}
