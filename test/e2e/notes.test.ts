import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

const QUESTION = 'What is normalization';

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
    await note.pressSequentially('Normalize to 3NF, then denormalize for the hot read path.');
    assert.equal(await workbench.webview().locator('#answer').isVisible(), false, 'typing a space in the note does not reveal the answer');
    await workbench.reloadWindow();
    const restored = workbench.webview().locator('#note');
    await restored.waitFor({ timeout: 30_000 });
    assert.equal(await restored.inputValue(), 'Normalize to 3NF, then denormalize for the hot read path.');
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
    await assertEventually(async () => (await note.inputValue()).includes('Follow-up: when is 4NF worth it?'));
  });
});

async function assertEventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
