import * as assert from 'node:assert/strict';
import { seededRandom } from '../../src/core/picking/pickQuestion';
import type { Grade } from '../../src/core/practice/grade';
import type { EntryStream } from '../../src/core/practice/entryStream';
import type { LogEntry } from '../../src/core/practice/logEntries';
import { PracticeState } from '../../src/core/practice/practiceState';
import { createScheduler } from '../../src/core/practice/scheduler';

// A full replay folds in bulk (bulkFold.ts): it must reach exactly the state of the incremental
// path, field by field and in toData(), whatever the log holds.

const scheduler = createScheduler({ desiredRetention: 0.9 });
const START = Date.UTC(2026, 0, 5, 7);
const MINUTE = 60_000;

/** A random log in file order: mostly in time order, with copies, late lines and every kind of record. */
function randomLog(seed: number, size: number): LogEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const questions = Array.from({ length: 3 + Math.floor(random() * 40) }, (_, i) => `t${i % 4}/q${i}`);
  const entries: LogEntry[] = [];
  const reviews: LogEntry[] = [];
  let now = START;
  let n = 0;
  /** The rid of a review written after the undo that reverts it (a clock set back in another window). */
  let future: string | undefined;
  const rid = () => `r${seed}-${String(++n).padStart(5, '0')}-${Math.floor(random() * 10)}`;
  for (let i = 0; i < size; i++) {
    const gap = random();
    // Equal times (then the rid orders), minutes, hours and days apart, so day counts cross days.
    now += gap < 0.15 ? 0 : gap < 0.6 ? Math.floor(random() * 30 * MINUTE) : gap < 0.9 ? Math.floor(random() * 20 * 60 * MINUTE) : Math.floor(random() * 9 * 1440 * MINUTE);
    const t = new Date(now).toISOString();
    const roll = random();
    let entry: LogEntry;
    if (roll < 0.7 || reviews.length === 0) {
      const q = pick(questions);
      entry = { v: 1, rid: future ?? rid(), q, h: random() < 0.9 ? `h-${q}` : `h2-${q}`, g: (1 + Math.floor(random() * 4)) as Grade, t };
      future = undefined;
      reviews.push(entry);
    } else if (roll < 0.76) {
      // Usually the latest review; sometimes an older one, one undone already or one never written.
      const r = random() < 0.7 ? (reviews.at(-1) as LogEntry).rid : random() < 0.7 ? pick(reviews).rid : random() < 0.5 ? (future ??= rid()) : `missing-${i}`;
      entry = { v: 1, rid: rid(), k: 'undo', r, t };
    } else if (roll < 0.84) {
      entry = { v: 1, rid: rid(), k: random() < 0.5 ? 'suspend' : 'unsuspend', q: pick(questions), t };
    } else if (roll < 0.89) {
      const topic = `t${Math.floor(random() * 4)}/`;
      const q = random() < 0.1 ? [] : questions.filter((id) => id.startsWith(topic) && random() < 0.8);
      entry = { v: 1, rid: rid(), k: 'reset', q: random() < 0.2 ? [...q, ...q.slice(0, 2)] : q, t };
    } else if (roll < 0.91) {
      entry = { v: 1, rid: rid(), k: 'reset', q: 'all', t };
    } else if (roll < 0.96) {
      entry = pick(entries.slice(-3).concat(entries));
      if (entry === undefined) continue;
    } else {
      // Written late: a line from up to a few days before.
      const back = new Date(now - Math.floor(random() * 4 * 1440 * MINUTE)).toISOString();
      const q = pick(questions);
      entry = random() < 0.8 ? { v: 1, rid: rid(), q, h: `h-${q}`, g: (1 + Math.floor(random() * 4)) as Grade, t: back } : { v: 1, rid: rid(), k: 'reset', q: 'all', t: back };
    }
    entries.push(entry);
    // Now and then a copy straight after (a line read twice).
    if (random() < 0.03) entries.push(entry);
  }
  return entries;
}

/** A new state fed every entry through the stream `open` gives it. */
function fed(entries: readonly LogEntry[], open: (state: PracticeState) => EntryStream): PracticeState {
  const state = new PracticeState(scheduler);
  const stream = open(state);
  for (const entry of entries) stream.push(entry);
  stream.end();
  return state;
}

const bulk = (entries: readonly LogEntry[]): PracticeState => fed(entries, (state) => state.replayStream());
const streamed = (entries: readonly LogEntry[]): PracticeState => fed(entries, (state) => state.applyStream());

/**
 * toData() with its lists sorted: the order of questions, undone and rids is the order they were
 * first met, which for lines out of order differs between applyAll (sorted first) and a stream.
 */
function sortedData(state: PracticeState): unknown {
  const data = state.toData();
  return { ...data, questions: [...data.questions].sort((a, b) => (a.id < b.id ? -1 : 1)), undone: [...data.undone].sort(), rids: [...data.rids].sort() };
}

describe('bulk replay', () => {
  it('reaches the state of the incremental path on random logs', function () {
    for (let seed = 1; seed <= 300; seed++) {
      const entries = randomLog(seed, 10 + (seed % 7) * 40);
      const expected = PracticeState.replay(entries, scheduler);
      const actual = bulk(entries);
      assert.deepStrictEqual(actual, expected, `seed ${seed}`);
      assert.deepStrictEqual(sortedData(actual), sortedData(expected), `seed ${seed}`);
      // The same order too as the incremental stream it replaces.
      const incremental = streamed(entries);
      assert.deepStrictEqual(actual, incremental, `seed ${seed}`);
      assert.deepStrictEqual(actual.toData(), incremental.toData(), `seed ${seed}`);
      const now = new Date(START + 40 * 1440 * MINUTE);
      assert.deepStrictEqual(actual.lastUndoable(), expected.lastUndoable(), `seed ${seed}`);
      assert.deepStrictEqual(actual.reviewsPerDay(), expected.reviewsPerDay(), `seed ${seed}`);
      assert.equal(actual.newToday(now), expected.newToday(now), `seed ${seed}`);
    }
  });

  it('keeps working incrementally after a bulk replay: undo, grades, a reset of all', function () {
    for (let seed = 1; seed <= 60; seed++) {
      const entries = randomLog(seed, 200);
      const more = randomLog(seed + 1000, 40);
      const actual = bulk(entries);
      const expected = PracticeState.replay(entries, scheduler);
      const last = actual.lastUndoable();
      const extra: LogEntry[] = last ? [{ v: 1, rid: `u${seed}`, k: 'undo', r: last.rid, t: last.t }] : [];
      for (const entry of [...extra, ...more]) assert.equal(actual.apply(entry), expected.apply(entry), `seed ${seed}`);
      assert.deepStrictEqual(actual, expected, `seed ${seed}`);
      assert.deepStrictEqual(sortedData(actual), sortedData(expected), `seed ${seed}`);
      for (const entry of entries) assert.equal(actual.has(entry.rid), true);
    }
  });

  it('folds incrementally when the state is not empty', function () {
    const entries = randomLog(7, 200);
    const state = PracticeState.replay(entries.slice(0, 50), scheduler);
    const stream = state.replayStream();
    for (const entry of entries.slice(50)) stream.push(entry);
    stream.end();
    assert.deepStrictEqual(sortedData(state), sortedData(PracticeState.replay(entries, scheduler)));
  });
});
