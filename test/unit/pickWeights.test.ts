import * as assert from 'node:assert/strict';
import { pickWeight, seededRandom } from '../../src/core/picking/pickQuestion';
import type { Grade } from '../../src/core/practice/grade';
import type { LogEntry } from '../../src/core/practice/logEntries';
import { PracticeState } from '../../src/core/practice/practiceState';
import { createScheduler } from '../../src/core/practice/scheduler';

const scheduler = createScheduler({ desiredRetention: 0.9 });
const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 1, 9);
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const question = (id: string) => ({ id, topicId: 't', tags: [] });
/** One list object for the whole test, as a bank hands the same list to every pick. */
const LIST = IDS.map(question);

/** The weight computed from scratch, without any cache: what pickWeight must always equal. */
const uncached = (state: PracticeState, id: string, now: Date): number => pickWeight(state.candidate(question(id), now));

describe('PracticeState.pickWeight (kept until it can change)', () => {
  it('equals the weight computed from scratch at every moment, through grades, undos, suspends and resets', () => {
    const random = seededRandom(7);
    const state = new PracticeState(scheduler);
    let rid = 0;
    let t = START;
    const applied: LogEntry[] = [];
    const add = (entry: Readonly<Record<string, unknown>>): void => {
      const full = { v: 1, rid: `r${String(++rid).padStart(5, '0')}`, t: new Date(t).toISOString(), ...entry } as LogEntry;
      state.apply(full);
      applied.push(full);
    };
    let checks = 0;
    for (let step = 0; step < 3000; step++) {
      // Moves on by minutes to days, and sometimes asks about an earlier moment.
      t += Math.floor(random() * random() * 6 * 24 * HOUR);
      const asked = random() < 0.1 ? t - Math.floor(random() * 3 * 24 * HOUR) : t;
      const now = new Date(asked);
      const expected = IDS.map((id) => uncached(state, id, now));
      // Asked both ways, in a varying order, so each path finds what the other kept.
      if (step % 2 === 0) assert.deepEqual([...state.pickWeights(LIST, now)], expected, `list at step ${step}`);
      for (const id of IDS) {
        assert.equal(state.pickWeight(id, now), expected[IDS.indexOf(id)], `${id} at step ${step}`);
        checks++;
      }
      const seenOnly = IDS.map((id, i) => (state.status(id, now) === 'new' ? 0 : (expected[i] as number)));
      assert.deepEqual([...state.pickWeights(LIST, now, { newQuestions: false })], seenOnly, `list without new questions at step ${step}`);
      const id = IDS[Math.floor(random() * IDS.length)] as string;
      const roll = random();
      if (roll < 0.75) add({ q: id, h: 'h', g: (1 + Math.floor(random() * 4)) as Grade });
      else if (roll < 0.83) add({ k: random() < 0.5 ? 'suspend' : 'unsuspend', q: id });
      else if (roll < 0.9) {
        const target = applied.filter((entry) => entry.k === undefined).at(-1);
        if (target) add({ k: 'undo', r: target.rid });
      } else if (roll < 0.96) add({ k: 'reset', q: [id] });
      else add({ k: 'reset', q: 'all' });
    }
    assert.equal(checks, 3000 * IDS.length);
  });

  it('follows a review that arrives late (another window), which refolds the question', () => {
    const state = new PracticeState(scheduler);
    const at = (hours: number) => new Date(START + hours * HOUR).toISOString();
    state.apply({ v: 1, rid: 'b', q: 'a', h: 'h', g: 3, t: at(48) });
    const now = new Date(START + 72 * HOUR);
    const before = state.pickWeight('a', now);
    state.apply({ v: 1, rid: 'a', q: 'a', h: 'h', g: 1, t: at(0) });
    assert.equal(state.pickWeight('a', now), uncached(state, 'a', now));
    assert.notEqual(state.pickWeight('a', now), before, 'the earlier Again changes the card');
  });
});
