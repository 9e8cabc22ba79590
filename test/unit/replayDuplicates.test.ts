import * as assert from 'node:assert/strict';
import type { Grade } from '../../src/core/practice/grade';
import type { LogEntry } from '../../src/core/practice/logEntries';
import { seededRandom } from '../../src/core/picking/pickQuestion';
import { PracticeState } from '../../src/core/practice/practiceState';
import { insertEvent, newRecord, type QuestionRecord } from '../../src/core/practice/questionHistory';
import { ReviewOwners } from '../../src/core/practice/reviewOwners';
import { createScheduler } from '../../src/core/practice/scheduler';

// Lines read twice (an import over an overlapping log, a sync tool's merge) must count once,
// wherever the copy lands: right after the original, much later, or before it.

const scheduler = createScheduler({ desiredRetention: 0.9 });
const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 2, 8);
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
    const expected = PracticeState.replay(entries, scheduler);
    const next = seededRandom(11);
    for (let trial = 0; trial < 30; trial++) {
      // Every record twice or three times, in a random order: copies land before and after the original.
      const lines = [...entries, ...entries, ...entries.filter(() => next() < 0.3)];
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [lines[i], lines[j]] = [lines[j] as LogEntry, lines[i] as LogEntry];
      }
      const state = new PracticeState(scheduler);
      const added = lines.filter((entry) => state.apply(entry)).length;
      assert.equal(added, entries.length, `trial ${trial}: each rid is new once`);
      assert.deepStrictEqual(state, expected, `trial ${trial}`);
    }
  });

  it('in one batch, streamed, and after a snapshot', () => {
    const entries = history();
    const expected = PracticeState.replay(entries, scheduler);
    assert.deepStrictEqual(PracticeState.replay([...entries, ...entries], scheduler), expected);

    const streamed = new PracticeState(scheduler);
    const stream = streamed.applyStream();
    for (const entry of [...entries, ...entries.slice(10, 20), ...entries]) stream.push(entry);
    stream.end();
    assert.deepStrictEqual(streamed, expected);

    const restored = PracticeState.fromData(JSON.parse(JSON.stringify(expected.toData())), scheduler);
    assert.equal(restored.applyAll(entries), 0, 'a snapshot knows every rid it folded in');
    assert.deepStrictEqual(restored, expected);
  });

  it('a reset of a topic is one record in several questions: its late copy changes none of them', () => {
    const first = review('t/a', 3, 0);
    const topicReset = reset(['t/a', 't/b'], 10);
    const after = [review('t/a', 4, 20), review('t/b', 2, 30)];
    const state = PracticeState.replay([first, topicReset, ...after], scheduler);
    const before = { a: state.progress('t/a', new Date(START + 40 * MINUTE)), b: state.progress('t/b', new Date(START + 40 * MINUTE)) };
    assert.equal(state.apply(topicReset), false);
    assert.equal(before.a.reviews, 1);
    assert.deepStrictEqual(state.progress('t/a', new Date(START + 40 * MINUTE)), before.a);
    assert.deepStrictEqual(state.progress('t/b', new Date(START + 40 * MINUTE)), before.b);
  });

  it('an undone review read again, before or after its undo, stays undone', () => {
    const kept = review('q', 3, 0);
    const undone = review('q', 1, 60);
    const revert = undo(undone, 61);
    const expected = PracticeState.replay([kept], scheduler);
    for (const order of [
      [kept, undone, revert, undone],
      [kept, revert, undone, undone],
      [undone, revert, kept, undone, revert],
    ]) {
      const state = new PracticeState(scheduler);
      assert.equal(order.filter((entry) => state.apply(entry)).length, 3);
      const now = new Date(START + 120 * MINUTE);
      assert.deepStrictEqual(state.progress('q', now), expected.progress('q', now));
      assert.deepStrictEqual(state.reviewsPerDay(), expected.reviewsPerDay());
      assert.equal(state.lastUndoable()?.rid, kept.rid);
    }
  });

  it('has() knows every applied rid, before and after a snapshot and as more are applied', () => {
    const entries = history();
    const [early, late] = [entries.slice(0, 30), entries.slice(30)];
    const state = PracticeState.replay(early, scheduler);
    const restored = PracticeState.fromData(JSON.parse(JSON.stringify(state.toData())), scheduler);
    for (const candidate of [state, restored]) {
      for (const entry of early) assert.equal(candidate.has(entry.rid), true, entry.rid);
      for (const entry of late) assert.equal(candidate.has(entry.rid), false, entry.rid);
      candidate.applyAll(late);
      for (const entry of entries) assert.equal(candidate.has(entry.rid), true, entry.rid);
    }
    assert.equal(state.has('never-written'), false);
  });
});

describe('ReviewOwners', () => {
  it('finds the question of a recent review in its ring and of an older one through the full index', () => {
    const questions = new Map<string, QuestionRecord>();
    const owners = new ReviewOwners();
    for (let i = 0; i < 40; i++) {
      const id = `q${i % 5}`;
      const record = questions.get(id) ?? newRecord();
      questions.set(id, record);
      insertEvent(record, record.times.length, i, `r${i}`, 3, 'h');
      owners.remember(`r${i}`, id);
    }
    assert.equal(owners.ownerOf('r39', questions), 'q4');
    assert.equal(owners.ownerOf('r1', questions), 'q1', 'older than the ring: from the index built from the histories');
    owners.forget('r38');
    owners.forget('r1');
    assert.equal(owners.ownerOf('r38', questions), undefined, 'a forgotten rid is neither in the ring nor in the index');
    owners.remember('r40', 'q0');
    assert.equal(owners.ownerOf('r40', questions), 'q0', 'the index, once built, is kept up to date');
    assert.equal(owners.ownerOf('r1', questions), undefined);
    assert.equal(owners.ownerOf('never', questions), undefined);
  });
});
