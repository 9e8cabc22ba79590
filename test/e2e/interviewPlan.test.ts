import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

const DAY = 86_400_000;
const localDay = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('interview day: a plan to a date (real workbench)', () => {
  let workbench: Workbench;
  before(async () => {
    // Some history: questions graded Good a week ago, so some are due and others fade before the day.
    const weekAgo = new Date(Date.now() - 7 * DAY).toISOString();
    const reviews = ['databases.indexes', 'databases.sql', 'apis.rest', 'apis.sessions'].map((q, i) => ({ v: 1, rid: `seed-${i}`, q, h: 'old', g: 3, t: weekAgo }));
    const interviewDate = localDay(new Date(Date.now() + 5 * DAY));
    workbench = await Workbench.start({ reviews, settings: { 'interviewCoach.interviewDate': interviewDate, 'interviewCoach.plan.dailyCap': 3, 'interviewCoach.builtInPacks': ['junior'] } });
  });
  after(async () => workbench?.stop());

  const planItem = () => workbench.page.locator('.statusbar-item', { hasText: /plan: \d+ today/ });
  const web = () => workbench.webview();

  it("shows today's plan in the status bar and the panel, and grading its questions empties it", async () => {
    await workbench.openCoachView();
    await planItem().waitFor({ timeout: 30_000 });
    const planned = Number(/plan: (\d+) today/.exec(await planItem().innerText())?.[1]);
    assert.ok(planned >= 1 && planned <= 3, `within the daily cap: ${planned}`);
    await workbench.runCommand('Interview Coach: Next Due Question');
    await web().locator('#session', { hasText: `plan: ` }).waitFor();
    for (let graded = 0; graded < planned; graded++) {
      const before = workbench.logEntries().length;
      await web().locator('#reveal').click();
      await web().locator('#answer').press('3');
      await workbench.poll('the grade in the log', () => workbench.logEntries().length === before + 1);
    }
    await workbench.poll('the plan to be done for today', async () => (await planItem().count()) === 0, 30_000);
  });

  it('the statistics page shows the forecast chart', async () => {
    await workbench.runCommand('Interview Coach: Show Statistics');
    await web().locator('#forecast-chart').waitFor({ timeout: 30_000 });
    assert.match(await web().locator('#forecast-title').innerText(), /Interview on \d{4}-\d{2}-\d{2}/);
    assert.match(await web().locator('#forecast-with').innerText(), /\d+%/);
  });
});
