import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Workbench } from './workbench';

// Titles and text from the built-in packs (data/*.md).
const TOPIC = 'Databases';
const FIRST = 'What does a database index actually do';

describe('study loop in the real workbench (packaged VSIX)', () => {
  let workbench: Workbench;
  before(async () => (workbench = await Workbench.start()));
  after(async () => workbench?.stop());

  const title = () => workbench.webview().locator('#question-title');

  it('opens a question from the tree and shows the answer only after "Show answer"', async () => {
    await workbench.openCoachView();
    await workbench.treeRow(TOPIC).click();
    await workbench.treeRow(FIRST).click();
    const web = workbench.webview();
    await web.locator('#question-title', { hasText: FIRST }).waitFor();
    const answer = web.locator('#answer');
    assert.equal(await answer.isVisible(), false, 'the answer starts hidden');
    await web.getByRole('button', { name: 'Show answer' }).click();
    await answer.waitFor({ state: 'visible' });
    assert.match(await answer.innerText(), /Key points/);
    assert.equal(await web.locator('#question-title').isVisible(), true, 'the question stays in view after the reveal');
    const good = web.getByRole('button', { name: /3 Good/ });
    await good.waitFor({ state: 'visible' });
    assert.match(await good.innerText(), /\d+ (m|h|d)/, 'the grade button shows its next interval');
  });

  it('Space reveals, 3 grades: the next question opens and the graded one changes in the tree', async () => {
    const graded = 'What job does SQL do';
    await workbench.treeRow(graded).click();
    const web = workbench.webview();
    await web.locator('#question-title', { hasText: graded }).waitFor();
    const before = await workbench.treeRow(graded).getAttribute('aria-label');
    await workbench.panelHasKeyboard();
    await web.locator('body').press('Space');
    await web.locator('#answer').waitFor({ state: 'visible' });
    await web.locator('body').press('3');
    await workbench.poll('the next question to open', async () => !(await title().innerText()).includes(graded));
    await workbench.poll('the tree row to show the new status', async () => (await workbench.treeRow(graded).getAttribute('aria-label')) !== before);
    assert.match((await workbench.treeRow(graded).getAttribute('aria-label')) ?? '', /learning|in review/);
    const lines = fs.readFileSync(workbench.reviewLogPath(), 'utf8').trim().split('\n');
    const entry = JSON.parse(lines.at(-1) ?? '{}') as { q: string; g: number };
    assert.deepEqual([entry.q, entry.g], ['databases.sql', 3]);
  });

  it('opens a random question from the command palette', async () => {
    const shown = await title().innerText();
    await workbench.runCommand('Interview Coach: Random Question');
    await workbench.poll('another question to open', async () => (await title().innerText()) !== shown);
  });

  it('finds a question by a word from its answer with Search', async () => {
    await workbench.pickAfterCommand('Interview Coach: Search Questions...', 'Type words from a title, tag, answer or your notes', 'bisect', /version control|Git/i);
    await workbench.poll('the version-control question to open', async () => /version control|Git/i.test(await title().innerText()));
  });

  it('opens a code example in an editor with its language, as a file that closes without asking to save', async () => {
    await workbench.webview().getByRole('button', { name: 'Show answer' }).click();
    await workbench.webview().locator('details[data-section="Example"] > summary').click();
    const block = workbench.webview().locator('.code-block[data-language="sh"]').first();
    const firstLine = ((await block.locator('code').textContent()) ?? '').split('\n')[0] ?? '';
    assert.ok(firstLine.length > 3, 'the example has code');
    await block.getByRole('button', { name: 'Open this sh example in an editor' }).click();
    await workbench.page.locator('.tabs-container .tab', { hasText: /example-\w+\.sh/ }).waitFor();
    await workbench.page.locator('.editor-instance .view-lines').filter({ hasText: firstLine.trim().slice(0, 20) }).first().waitFor();
    await workbench.page.locator('.statusbar-item', { hasText: /^Shell Script$/ }).waitFor();
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: /example-\w+\.sh/ });
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await tab.waitFor({ state: 'detached' });
    assert.equal(await workbench.page.locator('.monaco-dialog-box').count(), 0, 'no "save changes?" dialog');
  });

  it('brings the same question back after a window reload', async () => {
    const shown = await title().innerText();
    await workbench.reloadWindow();
    await workbench.webview().locator('#question-title', { hasText: shown }).waitFor({ timeout: 30_000 });
  });
});
