import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

const DAY = 86_400_000;

describe('a study session that ends, and undo (real workbench)', () => {
  let workbench: Workbench;
  before(async () => {
    // One question graded Good 30 days ago (due today); with newPerDay 2 today's session is that
    // review and two new questions.
    const reviews = [{ v: 1, rid: 'seed-0', q: 'devops.containers', h: 'old-version', g: 3, t: new Date(Date.now() - 30 * DAY).toISOString() }];
    workbench = await Workbench.start({ reviews, settings: { 'interviewCoach.newPerDay': 2 } });
  });
  after(async () => workbench?.stop());

  const web = () => workbench.webview();
  const title = () => web().locator('#question-title');
  /** Reviews graded in this test (the seeded one left out). */
  const reviews = () => workbench.logEntries().filter((entry) => entry.k === undefined && entry.rid !== 'seed-0');

  async function revealAndGrade(key: '1' | '2' | '3' | '4'): Promise<void> {
    const before = workbench.logEntries().length;
    await web().locator('#reveal').click();
    await web().locator('#answer').waitFor({ state: 'visible' });
    await web().locator('#answer').press(key);
    await workbench.poll('the grade in the log', () => workbench.logEntries().length === before + 1);
  }

  it('serves the due question, then two new ones, then says it is done for today with the counts', async () => {
    await workbench.openCoachView();
    await workbench.runCommand('Interview Coach: Next Due Question');
    await title().filter({ hasText: 'What is a container' }).waitFor();
    assert.match(await web().locator('#session').innerText(), /1 due left · new 0\/2 today/);
    await revealAndGrade('3');
    await workbench.poll('a new question', async () => /0 due left · new 0\/2 today/.test(await web().locator('#session').innerText()));
    await revealAndGrade('1');
    await workbench.poll('the second new question', async () => /new 1\/2 today/.test(await web().locator('#session').innerText()));
    await revealAndGrade('3');
    await web().locator('#done').waitFor({ state: 'visible' });
    assert.match(await web().locator('#done-summary').innerText(), /3 reviews · 1 Again \(33%\)/);
    assert.match(await web().locator('#done-next').innerText(), /next question comes due in/);
    assert.equal(reviews().length, 3, JSON.stringify(workbench.logEntries()));
    await workbench.reloadWindow();
    await web().locator('#done').waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(reviews().length, 3, 'a reload keeps the session done, and grades nothing');
  });

  it('Random Question offers studying ahead instead of serving a question', async () => {
    await workbench.runCommand('Interview Coach: Random Question');
    await web().locator('#done').waitFor({ state: 'visible' });
    await web().getByRole('button', { name: 'Study ahead' }).waitFor();
    assert.equal(await web().locator('#question').isVisible(), false);
    assert.equal(reviews().length, 3, 'nothing was served or graded');
    await web().getByRole('button', { name: 'Study ahead' }).click();
    await web().locator('#ahead', { hasText: 'Studying ahead' }).waitFor();
  });

  it('Undo shows the undone question again, answer hidden; grading it again is logged after the undo', async () => {
    const graded = await title().innerText();
    await revealAndGrade('4');
    await workbench.poll('the panel to move on', async () => (await web().locator('#question').isHidden()) || (await title().innerText()) !== graded);
    await workbench.runCommand('Interview Coach: Undo Last Grade');
    await workbench.poll('the undone question back', async () => (await title().innerText()) === graded);
    assert.equal(await web().locator('#answer').isVisible(), false, 'the answer is hidden again');
    assert.match(await web().locator('#notice').innerText(), /Undid your Easy grade/);
    await revealAndGrade('2');
    const [review, undo, again] = workbench.logEntries().slice(-3);
    assert.equal(review?.g, 4);
    assert.equal(undo?.k, 'undo');
    assert.equal(again?.g, 2);
    assert.equal(again?.q, review?.q);
  });
});
