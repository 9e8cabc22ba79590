import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

const DAY = 86_400_000;
const seeded = [
  { q: 'devops.containers', title: 'What is a container' },
  { q: 'devops.ci-cd', title: 'Explain CI and CD' },
  { q: 'security.data-protection', title: 'Walk me through how you protect' },
];

describe('practice progress in the real workbench', () => {
  let workbench: Workbench;
  before(async () => {
    // Three questions graded "Good" 30 days ago: all due today. The hash is stale on purpose
    // (history stays attached to the id when a question's text changes).
    const reviews = seeded.map((s, i) => ({ v: 1, rid: `seed-${i}`, q: s.q, h: 'old-version', g: 3, t: new Date(Date.now() - 30 * DAY).toISOString() }));
    workbench = await Workbench.start({ reviews });
  });
  after(async () => workbench?.stop());

  it('grades three due questions: the status bar count and the tree icons change', async () => {
    await workbench.openCoachView();
    const dueItem = workbench.page.locator('.statusbar-item', { hasText: /\d+ due/ });
    await dueItem.waitFor();
    assert.match(await dueItem.innerText(), /3 due/);
    await workbench.treeRow('DevOps').click();
    const containers = workbench.treeRow(seeded[0]!.title);
    await workbench.poll('the due question in the tree', async () => /, due/.test((await containers.getAttribute('aria-label')) ?? ''));

    await workbench.runCommand('Interview Coach: Next Due Question');
    const web = workbench.webview();
    for (let graded = 1; graded <= 3; graded++) {
      const shown = await web.locator('#question-title').innerText();
      assert.ok(seeded.some((s) => shown.includes(s.title)), `a due question is shown: ${shown}`);
      await workbench.panelHasKeyboard();
      await web.locator('body').press('Space');
      await web.locator('#answer').waitFor({ state: 'visible' });
      await web.locator('body').press('3');
      await workbench.poll('the next question', async () => (await web.locator('#question-title').innerText()) !== shown);
    }
    await dueItem.waitFor({ state: 'hidden' });
    await workbench.poll('the tree icon to leave "due"', async () => !/, due/.test((await containers.getAttribute('aria-label')) ?? ''));
    assert.match((await containers.getAttribute('aria-label')) ?? '', /in review|mastered/);
  });

  it('shows statistics that match the grades', async () => {
    await workbench.runCommand('Interview Coach: Show Statistics');
    const stats = workbench.webview();
    await stats.locator('#stat-total').waitFor();
    assert.equal(await stats.locator('#stat-due').innerText(), '0');
    assert.equal(await stats.locator('#stat-reviews-today').innerText(), '3');
    assert.equal(await stats.locator('#stat-total').innerText(), '6');
    assert.equal(await stats.locator('#stat-streak').innerText(), '1');
  });

  it('keeps the progress after a window reload (a new extension host replays the log)', async () => {
    await workbench.reloadWindow();
    await workbench.openCoachView();
    const containers = workbench.treeRow(seeded[0]!.title);
    if ((await containers.count()) === 0) await workbench.treeRow('DevOps').click();
    await workbench.poll('the reviewed status after reload', async () => /in review|mastered/.test((await containers.getAttribute('aria-label')) ?? ''));
    assert.equal(await workbench.page.locator('.statusbar-item', { hasText: /\d+ due/ }).count(), 0);
  });
});
