import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Workbench } from './workbench';

const DAY = 86_400_000;
/** Issue #9: both windows show the same due count within a second of focus. */
const FOCUS_BOUND_MS = 1000;
const seeded = [
  { q: 'devops.containers', title: 'What is a container' },
  { q: 'devops.ci-cd', title: 'Explain CI and CD' },
  { q: 'security.data-protection', title: 'Walk me through how you protect' },
];

/** The due count the user sees: the status bar item ("N due", hidden at 0) and the topic rows ("N due · M", summed). */
async function shownDue(window: Workbench): Promise<{ statusBar: number; tree: number }> {
  // allInnerTexts() does not wait: no item (nothing due) reads as 0.
  const items = await window.page.locator('.statusbar-item', { hasText: /\d+ due/ }).allInnerTexts();
  const statusBar = items.reduce((sum, text) => sum + Number(/(\d+) due/.exec(text)?.[1] ?? 0), 0);
  const descriptions = await window.treeRows().locator('.label-description').allInnerTexts();
  const tree = descriptions.reduce((sum, text) => sum + Number(/^(\d+) due · \d+$/.exec(text.trim())?.[1] ?? 0), 0);
  return { statusBar, tree };
}

async function waitForDue(window: Workbench, due: number, what: string, timeoutMs = 15_000): Promise<void> {
  let last = { statusBar: -1, tree: -1 };
  await window
    .poll(what, async () => {
      last = await shownDue(window);
      return last.statusBar === due && last.tree === due;
    }, timeoutMs)
    .catch((error: Error) => {
      throw new Error(`${error.message} (showing: status bar ${last.statusBar} due, tree ${last.tree} due)`);
    });
}

/**
 * Moves focus from one window to the other and returns how long after the focus event `to` showed
 * `due` in both the status bar and the tree; fails when that takes longer than FOCUS_BOUND_MS.
 */
async function focusAndMeasure(from: Workbench, to: Workbench, due: number, name: string): Promise<number> {
  await from.setWindowFocus(false);
  const before = await shownDue(to);
  const focused = Date.now();
  await to.setWindowFocus(true);
  await waitForDue(to, due, `${due} due in window ${name} within ${FOCUS_BOUND_MS} ms of focus`, FOCUS_BOUND_MS);
  const elapsed = Date.now() - focused;
  console.log(`      window ${name}: ${due} due ${elapsed} ms after focus (before focus: status bar ${before.statusBar}, tree ${before.tree})`);
  assert.ok(elapsed <= FOCUS_BOUND_MS, `window ${name} showed ${due} due ${elapsed} ms after focus`);
  return elapsed;
}

/** Opens the next due question, checks it is one of `due` (by title), reveals it (Space) and grades it Good (3). */
async function gradeNextDue(window: Workbench, due: readonly string[]): Promise<string> {
  await window.runCommand('Interview Coach: Next Due Question');
  const web = window.webview();
  const title = await window.poll(`one of the due questions (${due.join(', ')}) in the panel`, async () => {
    const shown = await web.locator('#question-title').innerText({ timeout: 5000 }).catch(() => '');
    return due.find((t) => shown.includes(t));
  });
  // Space with the "Show answer" button focused (as the panel opens), then 3 at once: the answer
  // shows only after the grade keys are enabled, so the grade is never dropped.
  await window.panelHasKeyboard();
  await web.locator('body').press('Space');
  await web.locator('#answer').waitFor({ state: 'visible' });
  await web.locator('body').press('3');
  return title;
}

describe('two windows on one profile (two extension hosts)', () => {
  let a: Workbench;
  let b: Workbench;
  before(async () => {
    // Three questions graded "Good" 30 days ago: all due today.
    const reviews = seeded.map((s, i) => ({ v: 1, rid: `seed-${i}`, q: s.q, h: 'old-version', g: 3, t: new Date(Date.now() - 30 * DAY).toISOString() }));
    a = await Workbench.start({ reviews });
    b = await a.openAnotherWindow();
  });
  after(async () => a?.stop()); // closes window B too (the whole browser)

  it('a grade in one window shows in the other within a second of focus, both ways', async () => {
    for (const [window, name] of [[a, 'A'], [b, 'B']] as const) {
      await window.openCoachView();
      await waitForDue(window, 3, `3 due in window ${name}`, 60_000);
    }
    // The user works in A; B is another window in the background.
    await b.setWindowFocus(false);
    await a.setWindowFocus(true);

    let due = seeded.map((s) => s.title);
    const gradedInA = await gradeNextDue(a, due);
    due = due.filter((t) => t !== gradedInA);
    await waitForDue(a, 2, '2 due in window A after its grade');
    await focusAndMeasure(a, b, 2, 'B');

    // B's own extension host re-read the log: its next due question is one A did not grade.
    const gradedInB = await gradeNextDue(b, due);
    due = due.filter((t) => t !== gradedInB);
    await waitForDue(b, 1, '1 due in window B after its grade');
    await focusAndMeasure(b, a, 1, 'A');

    // A grades the last one: B's status bar item disappears and its tree shows nothing due.
    const gradedLast = await gradeNextDue(a, due);
    assert.deepEqual([gradedInA, gradedInB, gradedLast].sort(), seeded.map((s) => s.title).sort(), 'each due question graded once');
    await waitForDue(a, 0, 'nothing due in window A');
    await focusAndMeasure(a, b, 0, 'B');

    const log = fs.readFileSync(a.reviewLogPath(), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { rid: string; q: string; g?: number });
    const graded = log.slice(seeded.length).filter((r) => r.g !== undefined);
    assert.deepEqual(graded.map((r) => r.g), [3, 3, 3], 'both windows\' grades are in the log, in order');
    assert.deepEqual(new Set(graded.map((r) => r.q)), new Set(seeded.map((s) => s.q)));
    assert.equal(new Set(log.map((r) => r.rid)).size, log.length, 'no review written twice');
  });
});
