import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Workbench } from './workbench';

const DAY = 86_400_000;
const DUE = ['databases.indexes', 'databases.sql', 'databases.normalization'];

describe('two windows on the same profile', () => {
  let first: Workbench;
  let second: Workbench;
  before(async () => {
    const reviews = DUE.map((q, i) => ({ v: 1, rid: `seed-${i}`, q, h: 'old', g: 3, t: new Date(Date.now() - 30 * DAY).toISOString() }));
    first = await Workbench.start({ reviews });
    second = await first.openSecondWindow();
  });
  after(async () => first?.stop());

  const dueText = async (window: Workbench): Promise<string> => window.page.locator('.statusbar-item', { hasText: /\d+ due/ }).innerText();

  it('a grade in one window shows in the other within a second of focus, and both reviews are kept', async () => {
    for (const window of [first, second]) {
      await window.openCoachView();
      await window.poll('3 due in the status bar', async () => /3 due/.test(await dueText(window).catch(() => '')));
    }
    // Grade one due question in each window, each opened from its tree.
    for (const [window, title] of [[first, 'What does a database index'], [second, 'What job does SQL do']] as const) {
      await window.page.bringToFront();
      const row = window.treeRow(title);
      if ((await row.count()) === 0) await window.treeRow('Databases').click();
      await row.click();
      const web = window.webview();
      await web.locator('h1', { hasText: title }).waitFor();
      await web.locator('body').press('Space');
      await web.locator('#answer').waitFor({ state: 'visible' });
      await web.locator('body').press('2');
      await window.poll('the grade to be saved', async () => /[12] due/.test(await dueText(window).catch(() => '')));
    }
    await first.page.bringToFront();
    await first.poll('1 due in the first window, a second after focus', async () => /1 due/.test(await dueText(first).catch(() => '')), 1000);
    assert.match(await dueText(second), /1 due/);
    const reviews = fs.readFileSync(first.reviewLogPath(), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { rid: string; g?: number });
    assert.equal(reviews.filter((r) => r.g === 2).length, 2, 'both windows\' grades are in the log');
    assert.equal(new Set(reviews.map((r) => r.rid)).size, reviews.length, 'no review duplicated');
  });
});
