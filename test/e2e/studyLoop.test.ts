import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Workbench } from './workbench';

// Titles and text from the built-in Databases pack (data/databases.md).
const TOPIC = 'Databases';
const QUESTION = 'What does a database index actually do';

describe('study loop in the real workbench (packaged VSIX)', () => {
  let workbench: Workbench;
  before(async () => (workbench = await Workbench.start()));
  after(async () => workbench?.stop());

  it('opens a question from the tree and shows the answer only after "Show answer"', async () => {
    await workbench.openCoachView();
    await workbench.treeRow(TOPIC).click();
    await workbench.treeRow(QUESTION).click();
    const web = workbench.webview();
    await web.locator('h1', { hasText: QUESTION }).waitFor();
    const answer = web.locator('#answer');
    assert.equal(await answer.isVisible(), false, 'the answer starts hidden');
    await web.getByRole('button', { name: 'Show answer' }).click();
    await answer.waitFor({ state: 'visible' });
    assert.match(await answer.innerText(), /Key points/);
    await web.getByRole('button', { name: /Good/ }).waitFor({ state: 'visible' });
  });

  it('reveals with Space and grades with 3, writing the review to global storage', async () => {
    const before = fs.existsSync(workbench.reviewLogPath()) ? fs.readFileSync(workbench.reviewLogPath(), 'utf8') : '';
    await workbench.treeRow('What job does SQL do').click();
    const web = workbench.webview();
    await web.locator('h1', { hasText: 'What job does SQL do' }).waitFor();
    await web.locator('#answer').waitFor({ state: 'hidden' });
    await web.locator('body').press('Space');
    await web.locator('#answer').waitFor({ state: 'visible' });
    await web.locator('body').press('3');
    await web.locator('#status', { hasText: 'Saved: Good.' }).waitFor();
    const added = await workbench.poll('a new line in the review log', () => {
      const text = fs.existsSync(workbench.reviewLogPath()) ? fs.readFileSync(workbench.reviewLogPath(), 'utf8') : '';
      return text.length > before.length && text.slice(before.length);
    });
    const entry = JSON.parse(added.trim()) as { q: string; g: number };
    assert.equal(entry.q, 'databases.sql');
    assert.equal(entry.g, 3);
  });

  it('opens a code example in an untitled editor with its language', async () => {
    const block = workbench.webview().locator('.code-block[data-language="js"]').first();
    const firstLine = ((await block.locator('code').textContent()) ?? '').split('\n')[0] ?? '';
    assert.ok(firstLine.length > 3, 'the example has code');
    await block.getByRole('button', { name: 'Open this js example in an editor' }).click();
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Untitled' }).waitFor();
    await workbench.page.locator('.editor-instance .view-lines').filter({ hasText: firstLine.trim().slice(0, 20) }).first().waitFor();
    await workbench.page.locator('.statusbar-item', { hasText: /^JavaScript$/ }).waitFor();
  });

  it('brings the same question back after a window reload', async () => {
    await workbench.reloadWindow();
    const web = workbench.webview();
    await web.locator('h1', { hasText: 'What job does SQL do' }).waitFor({ timeout: 30_000 });
    await web.locator('#answer').waitFor({ state: 'visible' });
  });
});
