import * as assert from 'node:assert/strict';
import type { Grade } from '../../src/core/practice/grade';
import { timed, type LogEntry } from '../../src/core/practice/logEntries';
import { PracticeState } from '../../src/core/practice/practiceState';
import { createScheduler } from '../../src/core/practice/scheduler';
import { applyOne, replay, viewOf } from '../support/practiceView';
import { seededRandom } from '../support/seededRandom';

// Lines read twice (an import over an overlapping log, a sync tool's merge) must count once,
// wherever the copy lands: right after the original, much later, or before it.

const scheduler = createScheduler({ desiredRetention: 0.9 });
const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 2, 8);
const NOW = new Date(START + 5000 * MINUTE);
const at = (minutes: number) => new Date(START + minutes * MINUTE).toISOString();

let counter = 0;
const nextRid = () => `d${String(++counter).padStart(5, '0')}`;
const review = (q: string, g: Grade, minutes: number): LogEntry => ({ v: 1, rid: nextRid(), q, h: `h-${q}`, g, t: at(minutes) });
const undo = (target: LogEntry, minutes: number): LogEntry => ({ v: 1, rid: nextRid(), k: 'undo', r: target.rid, t: at(minutes) });
const mark = (k: 'suspend' | 'unsuspend', q: string, minutes: number): LogEntry => ({ v: 1, rid: nextRid(), k, q, t: at(minutes) });
const reset = (q: readonly string[] | 'all', minutes: number): LogEntry => ({ v: 1, rid: nextRid(), k: 'reset', q, t: at(minutes) });

/** A history with every kind of record: reviews of two topics, marks, resets of a topic, of all and of nothing, undos. */
function history(): LogEntry[] {
  const entries: LogEntry[] = [];
  for (let i = 0; i < 40; i++) entries.push(review(i % 3 === 0 ? 't/a' : i % 3 === 1 ? 't/b' : 'u/c', ((i % 4) + 1) as Grade, i * 90));
  const undoneLater = entries[30] as LogEntry;
  entries.push(
    mark('suspend', 'u/c', 100),
    mark('unsuspend', 'u/c', 1000),
    reset(['t/a', 't/b'], 1500),
    reset([], 1600),
    reset('all', 2500),
    undo(undoneLater, 3000),
    undo(entries[5] as LogEntry, 400),
  );
  return entries;
}

describe('PracticeState: a record read twice counts once', () => {
  it('whatever the order and wherever the copies land', () => {
    const entries = history();
    const expected = replay(entries, scheduler);
    const next = seededRandom(11);
    for (let trial = 0; trial < 30; trial++) {
      // Every record twice or three times, in a random order: copies land before and after the original.
      const lines = [...entries, ...entries, ...entries.filter(() => next() < 0.3)];
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [lines[i], lines[j]] = [lines[j] as LogEntry, lines[i] as LogEntry];
      }
      const state = new PracticeState(scheduler);
      const added = lines.filter((entry) => applyOne(state, entry)).length;
      assert.equal(added, entries.length, `trial ${trial}: each rid is new once`);
      assert.deepStrictEqual(viewOf(state, NOW), viewOf(expected, NOW), `trial ${trial}`);
    }
  });

  it('in one batch, and in batches that overlap', () => {
    const entries = history();
    const expected = viewOf(replay(entries, scheduler), NOW);
    assert.deepStrictEqual(viewOf(replay([...entries, ...entries], scheduler), NOW), expected);
    const batched = new PracticeState(scheduler);
    for (const batch of [entries.slice(0, 20), entries.slice(10, 30), entries]) batched.add(batch.map(timed));
    assert.deepStrictEqual(viewOf(batched, NOW), expected);
  });

  it('a reset of a topic is one record in several questions: its late copy changes none of them', () => {
    const first = review('t/a', 3, 0);
    const topicReset = reset(['t/a', 't/b'], 10);
    const after = [review('t/a', 4, 20), review('t/b', 2, 30)];
    const state = replay([first, topicReset, ...after], scheduler);
    const before = { a: state.progress('t/a', new Date(START + 40 * MINUTE)), b: state.progress('t/b', new Date(START + 40 * MINUTE)) };
    assert.equal(applyOne(state, topicReset), false);
    assert.equal(before.a.reviews, 1);
    assert.deepStrictEqual(state.progress('t/a', new Date(START + 40 * MINUTE)), before.a);
    assert.deepStrictEqual(state.progress('t/b', new Date(START + 40 * MINUTE)), before.b);
  });

  it('an undone review read again, before or after its undo, stays undone', () => {
    const kept = review('q', 3, 0);
    const undone = review('q', 1, 60);
    const revert = undo(undone, 61);
    const expected = replay([kept], scheduler);
    for (const order of [
      [kept, undone, revert, undone],
      [kept, revert, undone, undone],
      [undone, revert, kept, undone, revert],
    ]) {
      const state = new PracticeState(scheduler);
      assert.equal(order.filter((entry) => applyOne(state, entry)).length, 3);
      const now = new Date(START + 120 * MINUTE);
      assert.deepStrictEqual(state.progress('q', now), expected.progress('q', now));
      assert.deepStrictEqual(state.reviewsPerDay(), expected.reviewsPerDay());
      assert.equal(state.lastUndoable()?.rid, kept.rid);
    }
  });

  it('has() knows every applied rid, as more are applied', () => {
    const entries = history();
    const [early, late] = [entries.slice(0, 30), entries.slice(30)];
    const state = replay(early, scheduler);
    for (const entry of early) assert.equal(state.has(entry.rid), true, entry.rid);
    for (const entry of late) assert.equal(state.has(entry.rid), false, entry.rid);
    state.add(late.map(timed));
    for (const entry of entries) assert.equal(state.has(entry.rid), true, entry.rid);
    assert.equal(state.has('never-written'), false);
  });
});
