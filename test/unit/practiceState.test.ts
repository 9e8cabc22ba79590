import * as assert from 'node:assert/strict';
import type { Grade } from '../../src/core/practice/grade';
import type { LogEntry, ReviewEntry } from '../../src/core/practice/logEntries';
import { PracticeState } from '../../src/core/practice/practiceState';
import { createScheduler } from '../../src/core/practice/scheduler';
import { applyOne, replay as replayAll, viewOf } from '../support/practiceView';
import { seededRandom } from '../support/seededRandom';

const scheduler = createScheduler({ desiredRetention: 0.9 });
const HOUR = 3_600_000;
/** Local dates, so day-based counts do not depend on the machine's time zone. */
const day = (date: number, hour = 9) => new Date(2026, 2, date, hour);

let counter = 0;
const nextRid = () => `r${String(++counter).padStart(6, '0')}`;
const review = (q: string, g: Grade, at: Date, h = 'h1'): ReviewEntry => ({ v: 1, rid: nextRid(), q, h, g, t: at.toISOString() });
const undo = (target: LogEntry, at: Date): LogEntry => ({ v: 1, rid: nextRid(), k: 'undo', r: target.rid, t: at.toISOString() });
const mark = (k: 'suspend' | 'unsuspend', q: string, at: Date): LogEntry => ({ v: 1, rid: nextRid(), k, q, t: at.toISOString() });
const reset = (q: readonly string[] | 'all', at: Date): LogEntry => ({ v: 1, rid: nextRid(), k: 'reset', q, t: at.toISOString() });
const replay = (entries: readonly LogEntry[]) => replayAll(entries, scheduler);
/** What a user sees of a state, at a time after every entry. */
const view = (state: PracticeState) => viewOf(state, day(28));

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('PracticeState', () => {
  it('replays in (t, rid) order whatever the line order and counts each rid once', () => {
    const same = day(2).toISOString();
    const entries: LogEntry[] = [
      review('a', 3, day(2, 8)),
      { v: 1, rid: 'window-b', q: 'a', h: 'h1', g: 1, t: same },
      { v: 1, rid: 'window-a', q: 'a', h: 'h1', g: 4, t: same },
      review('b', 2, day(3)),
    ];
    const sorted = replay(entries);
    assert.deepStrictEqual(view(replay([...entries].reverse())), view(sorted));
    assert.deepStrictEqual(view(replay([...entries, ...entries])), view(sorted));
    assert.equal(applyOne(sorted, entries[1] as LogEntry), false);
    assert.equal(sorted.progress('a', day(2, 10)).lastGrade, 1, "'window-b' sorts after 'window-a' at the same time");
  });

  it('tracks status, due date, reviews, lapses and hash per question, keeping ids no longer in the bank', () => {
    const state = replay([review('q1', 3, day(2)), review('q1', 3, day(2, 10), 'h1'), review('q1', 1, day(5), 'h2'), review('gone', 3, day(3))]);
    const progress = state.progress('q1', day(5, 10));
    assert.equal(progress.status, 'due', 'relearning step of 10 minutes has passed');
    assert.equal(progress.reviews, 3);
    assert.equal(progress.lapses, 1);
    assert.equal(progress.lastGrade, 1);
    assert.equal(progress.hash, 'h2', 'the hash at the last review, after an edit of the question');
    assert.deepEqual(progress.lastReview, day(5));
    assert.equal(progress.due?.getTime(), day(5).getTime() + 10 * 60_000);
    assert.equal(state.status('q1', new Date(day(5).getTime() + 60_000)), 'learning');
    const recall = (at: Date) => state.progress('q1', at).retrievability;
    assert.ok(recall(day(6)) > recall(day(20)) && recall(day(20)) > 0 && recall(day(6)) < 1, 'recall fades with time');
    assert.deepEqual(state.questionIds().sort(), ['gone', 'q1']);
    assert.deepEqual(state.progress('never', day(5)), {
      questionId: 'never', status: 'new', card: undefined, due: undefined, lastReview: undefined, retrievability: 1,
      reviews: 0, lapses: 0, lastGrade: undefined, hash: undefined, suspended: false,
    });
  });

  it('undo reverts the state to before the last grade, in any order', () => {
    const base = [review('q', 3, day(2)), review('q', 3, day(2, 10)), review('other', 4, day(3))];
    const last = review('q', 1, day(9));
    const before = replay(base);
    const graded = replay([...base, last]);
    assert.deepEqual(graded.lastUndoable(), { ...last });
    const undone = replay([...base, last, undo(last, day(9, 10))]);
    const now = day(10);
    assert.deepStrictEqual(undone.progress('q', now), before.progress('q', now));
    assert.deepStrictEqual(undone.reviewsPerDay(), before.reviewsPerDay());
    assert.equal(undone.lastUndoable()?.rid, base[2]?.rid);
    const undoFirst = undo(last, day(9, 10));
    assert.deepStrictEqual(view(replay([undoFirst, last])), view(replay([last, undoFirst])));
  });

  it('suspends and unsuspends by the latest record in time', () => {
    const entries = [review('q', 3, day(2)), mark('suspend', 'q', day(3)), mark('unsuspend', 'q', day(4)), mark('suspend', 'q', day(5))];
    const state = replay(entries);
    assert.equal(state.status('q', day(20)), 'suspended');
    assert.equal(state.dueCount(day(20), ['q']), 0);
    assert.deepStrictEqual(view(replay([entries[0], entries[3], entries[2], entries[1]] as LogEntry[])), view(state));
    applyOne(state, mark('unsuspend', 'q', day(6)));
    assert.equal(state.status('q', day(20)), 'due');
    assert.equal(state.dueCount(day(20), ['q', 'new-one']), 1);
  });

  it('resets single questions, topics and everything without losing history', () => {
    const entries = [review('t/a', 3, day(2)), review('t/b', 3, day(2)), review('u/c', 3, day(2)), reset(['t/a', 't/b'], day(3))];
    const state = replay(entries);
    assert.equal(state.status('t/a', day(3)), 'new');
    assert.equal(state.progress('t/b', day(3)).reviews, 0);
    assert.equal(state.status('u/c', day(3)), 'due');
    assert.equal(state.lastUndoable()?.q, 'u/c', 'reviews wiped by a reset are not undone');
    assert.equal(state.reviewsPerDay().get('2026-03-02'), 3, 'the heatmap keeps reset reviews');

    applyOne(state, reset('all', day(4)));
    assert.equal(state.status('u/c', day(4)), 'new');
    assert.equal(state.lastUndoable(), undefined);
    applyOne(state, review('u/c', 3, day(5)));
    assert.equal(state.progress('u/c', day(5)).reviews, 1);
    assert.equal(state.newToday(day(5)), 1, 'relearning after a reset counts as new');
    const late = review('t/a', 4, day(3, 12));
    applyOne(state, late);
    assert.equal(state.status('t/a', day(6)), 'new', 'a review older than the reset of all is wiped by it');
  });

  it('counts due questions, new and reviewed today, reviews per day and the streak', () => {
    const state = replay([
      review('a', 3, day(1)), review('a', 3, day(1, 10)), review('b', 3, day(3)),
      review('b', 3, day(4)), review('c', 4, day(4, 10)), review('c', 3, day(4, 11)),
    ]);
    assert.equal(state.reviewsToday(day(4, 20)), 3);
    assert.equal(state.newToday(day(4, 20)), 1);
    assert.deepEqual([...state.reviewsPerDay()].sort(), [['2026-03-01', 2], ['2026-03-03', 1], ['2026-03-04', 3]]);
    assert.equal(state.streak(day(4, 20)), 2, 'today and yesterday');
    assert.equal(state.streak(day(5, 20)), 2, 'still alive the day after');
    assert.equal(state.streak(day(6, 20)), 0);
    assert.equal(state.dueCount(day(4, 20), ['a', 'b', 'c', 'x']), 1);
    assert.deepEqual(state.statusCounts(day(4, 20), ['a', 'b', 'c', 'x']), { new: 1, learning: 0, review: 2, due: 1, mastered: 0, suspended: 0 });
  });

  it('reaches the same state whatever order entries are applied in', () => {
    const next = seededRandom(42);
    const ids = ['t/a', 't/b', 't/c', 'u/d'];
    for (let trial = 0; trial < 20; trial++) {
      const entries: LogEntry[] = [];
      for (let i = 0; i < 120; i++) {
        const at = new Date(day(1).getTime() + i * 7 * HOUR);
        const q = ids[Math.floor(next() * ids.length)] as string;
        const roll = next();
        if (roll < 0.05) entries.push(reset('all', at));
        else if (roll < 0.1) entries.push(reset([q, 't/a'], at));
        else if (roll < 0.15) entries.push(mark(next() < 0.5 ? 'suspend' : 'unsuspend', q, at));
        else if (roll < 0.22 && entries.length > 0) entries.push(undo(entries[Math.floor(next() * entries.length)] as LogEntry, at));
        else entries.push(review(q, (1 + Math.floor(next() * 4)) as Grade, at, `h${i % 3}`));
      }
      const expected = replay(entries);
      const incremental = new PracticeState(scheduler);
      for (const entry of shuffled(entries, next)) applyOne(incremental, entry);
      assert.deepStrictEqual(view(incremental), view(expected), `trial ${trial}`);
    }
  });
});
