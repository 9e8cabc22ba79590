import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

// Two questions of a workspace pack, so the test knows their key points whatever order they come in.
const PACK = `# Interview basics

## What does an index do in a database?

id: basics.index
tags: databases

### Answer

An index is a separate sorted structure that lets the database find rows without scanning the table.

### Key points

- An index lets the database find rows without a full table scan.
- A B-tree index keeps keys sorted, so range queries are fast.
- Every index slows down writes, because inserts must update it.

### Follow-up questions

- **When would you not add an index?** On a small table, or a column written far more often than it is read.

## What is a race condition?

id: basics.race
tags: concurrency

### Answer

Two threads touch shared data and the result depends on their timing.

### Key points

- The result depends on the timing of concurrent threads.
- Shared mutable data without synchronisation causes it.
- A lock or an atomic operation prevents it.

### Follow-up questions

- **How do you find one?** Stress tests and a race detector, such as Go's -race flag.
`;

/** What a candidate types: every key point of the first question, one of the second. */
const FULL_ANSWERS: Record<string, string> = {
  'What does an index do in a database?':
    'An index lets the database find rows without a full table scan. A B-tree keeps the keys sorted, so range queries are fast. But every index slows down writes, since each insert must update it.',
  'What is a race condition?': 'The result depends on the timing of concurrent threads; shared mutable data without synchronisation causes it, and a lock or an atomic operation prevents it.',
};
const PARTIAL_ANSWERS: Record<string, string> = {
  'What does an index do in a database?': 'It lets the database find rows quickly without a full table scan.',
  'What is a race condition?': 'When the result depends on the timing of concurrent threads.',
};

describe('mock interview (real workbench)', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = await Workbench.start({ files: { 'interview.questions.md': PACK }, settings: { 'interviewCoach.builtInPacks': [] } });
  });
  after(async () => workbench?.stop());

  const web = () => workbench.webview();
  const quickInput = () => workbench.page.locator('.quick-input-widget .quick-input-box input');
  const mockReviews = () => workbench.logEntries().filter((entry) => (entry as { s?: string }).s === 'mock');

  async function startInterview(count: string): Promise<void> {
    await workbench.runCommand('Interview Coach: Start Mock Interview...');
    await workbench.page.locator('.quick-input-title', { hasText: 'topics' }).waitFor();
    await quickInput().press('Enter'); // none checked: a mixed interview
    await workbench.page.locator('.quick-input-title', { hasText: 'how many questions' }).waitFor();
    await quickInput().fill(count);
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: `${count} questions` }).first().waitFor();
    await quickInput().press('Enter');
    await workbench.page.locator('.quick-input-title', { hasText: 'time per question' }).waitFor();
    await quickInput().press('Enter'); // the default, 3 minutes
    await workbench.page.locator('.quick-input-title', { hasText: 'how will you answer' }).waitFor();
    await quickInput().press('Enter'); // typed
    await web().locator('#interview').waitFor({ state: 'visible', timeout: 30_000 });
  }

  async function answer(text: string): Promise<void> {
    const box = web().locator('#iv-answer');
    await box.click();
    await box.fill(text.slice(0, -12));
    await workbench.typeLikeAUser(text.slice(-12));
    await box.press('Control+Enter');
    await web().locator('#iv-feedback').waitFor({ state: 'visible' });
  }

  it('runs a two-question typed interview: countdown, coverage, grade, follow-up, summary, log and statistics', async () => {
    await workbench.openCoachView();
    await startInterview('2');
    const clock = web().locator('#iv-clock');
    const first = await clock.innerText();
    assert.match(first, /^[23]:\d\d left$/);
    await workbench.poll('the countdown to move', async () => (await clock.innerText()) !== first);

    const firstTitle = await web().locator('#iv-title').innerText();
    await answer(FULL_ANSWERS[firstTitle] ?? assert.fail(`unexpected question ${firstTitle}`));
    assert.equal(await web().locator('#iv-keypoints li.covered').count(), 3, await web().locator('#iv-keypoints').innerText());
    assert.ok((await web().locator('#iv-your-answer mark').count()) >= 3, 'the matched words are highlighted');
    const suggested = web().locator('#iv-grade-bar button.suggested');
    assert.match(await suggested.innerText(), /Good|Easy/);
    await suggested.click();

    // A good answer: the interviewer digs deeper with the question's follow-up.
    await web().locator('#iv-position', { hasText: 'Follow-up' }).waitFor();
    await answer('On a small table, or on a column that is written far more often than it is read.');
    await web().locator('#iv-continue').click();

    await web().locator('#iv-position', { hasText: 'Question 2 of 2' }).waitFor();
    const secondTitle = await web().locator('#iv-title').innerText();
    assert.notEqual(secondTitle, firstTitle);
    await answer(PARTIAL_ANSWERS[secondTitle] ?? assert.fail(`unexpected question ${secondTitle}`));
    assert.equal(await web().locator('#iv-keypoints li.covered').count(), 1);
    assert.equal(await web().locator('#iv-keypoints li.missing').count(), 2);
    assert.ok((await web().locator('#iv-your-answer mark').count()) >= 1);
    await web().locator('#iv-grade-bar button.suggested').click();

    await web().locator('#interview-summary').waitFor({ state: 'visible' });
    const rows = await web().locator('#ivs-rows tr').allInnerTexts();
    assert.equal(rows.length, 2);
    assert.ok(rows[0]?.includes(firstTitle) && rows[1]?.includes(secondTitle), rows.join('\n'));
    for (const row of rows) assert.match(row, /\d+:\d\d/, 'each question has its time');
    assert.match(await web().locator('#ivs-missing').innerText(), /\S/);

    await workbench.poll('both grades in the log, marked as mock', () => mockReviews().length === 2);
    assert.deepEqual(
      mockReviews().map((entry) => entry.q),
      [firstTitle, secondTitle].map((title) => (title.startsWith('What does an index') ? 'basics.index' : 'basics.race')),
    );
    await workbench.runCommand('Interview Coach: Show Statistics');
    await web().locator('#mock-interviews').waitFor({ timeout: 30_000 });
    assert.match(await web().locator('#mock-interviews').innerText(), /2 questions/);
  });

  it('closing the panel mid-interview keeps the answer typed so far and offers to resume; a reload resumes it too', async () => {
    await startInterview('2');
    const title = await web().locator('#iv-title').innerText();
    await web().locator('#iv-answer').click();
    await workbench.typeLikeAUser('a draft I must not lose');
    await workbench.runCommand('View: Close Editor');
    await workbench.page.locator('.notifications-toasts', { hasText: 'Mock interview paused' }).waitFor({ timeout: 15_000 });

    await workbench.runCommand('Interview Coach: Start Mock Interview...');
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Resume' }).first().waitFor();
    await quickInput().press('Enter');
    await web().locator('#interview').waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await web().locator('#iv-title').innerText(), title);
    assert.equal(await web().locator('#iv-answer').inputValue(), 'a draft I must not lose');

    await workbench.reloadWindow();
    await web().locator('#interview').waitFor({ state: 'visible', timeout: 60_000 });
    assert.equal(await web().locator('#iv-title').innerText(), title);
    assert.equal(await web().locator('#iv-answer').inputValue(), 'a draft I must not lose');
    assert.match(await web().locator('#iv-clock').innerText(), /paused/);
  });
});
