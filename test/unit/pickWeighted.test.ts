import * as assert from 'node:assert/strict';
import { pickQuestion, pickWeight, pickWeighted, seededRandom, type PickCandidate } from '../../src/core/picking/pickQuestion';
import { PracticeState } from '../../src/core/practice/practiceState';
import { createScheduler } from '../../src/core/practice/scheduler';
import type { LogEntry } from '../../src/core/practice/logEntries';

describe('pickWeighted', () => {
  const statuses: PickCandidate['status'][] = ['new', 'learning', 'review', 'due', 'mastered', 'suspended'];

  it('makes the same choices as pickQuestion over the same candidates, filters and last question', () => {
    const make = seededRandom(5);
    for (let trial = 0; trial < 200; trial++) {
      const size = 1 + Math.floor(make() * 30);
      const candidates: PickCandidate[] = Array.from({ length: size }, (_, i) => ({
        id: `q${i}`,
        topicId: make() < 0.5 ? 'a' : 'b',
        tags: make() < 0.3 ? ['x'] : [],
        status: statuses[Math.floor(make() * statuses.length)] as PickCandidate['status'],
        retrievability: make(),
        lapses: Math.floor(make() * 4),
      }));
      const options = { lastId: make() < 0.5 ? `q${Math.floor(make() * size)}` : undefined, topicId: make() < 0.3 ? 'a' : undefined, tag: make() < 0.2 ? 'x' : undefined };
      const seed = Math.floor(make() * 1e9);
      const expected = pickQuestion(candidates, { ...options, random: seededRandom(seed) });
      const actual = pickWeighted(candidates, pickWeight, { ...options, random: seededRandom(seed) });
      assert.equal(actual?.id, expected?.id, `trial ${trial}`);
    }
  });

  it('weighs a question from the practice state as its candidate would be weighed', () => {
    const scheduler = createScheduler({ desiredRetention: 0.9 });
    const t = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();
    const entries: LogEntry[] = [
      { v: 1, rid: 'a', q: 'due', h: 'h', g: 3, t: t(1) },
      { v: 1, rid: 'b', q: 'lapsed', h: 'h', g: 1, t: t(1) },
      { v: 1, rid: 'c', q: 'paused', h: 'h', g: 4, t: t(1) },
      { v: 1, rid: 'd', k: 'suspend', q: 'paused', t: t(2) },
      { v: 1, rid: 'e', q: 'reset', h: 'h', g: 4, t: t(1) },
      { v: 1, rid: 'f', k: 'reset', q: ['reset'], t: t(2) },
    ];
    const state = PracticeState.replay(entries, scheduler);
    const now = new Date(Date.UTC(2026, 2, 20));
    for (const id of ['due', 'lapsed', 'paused', 'reset', 'never-seen']) {
      assert.equal(state.pickWeight(id, now), pickWeight(state.candidate({ id, topicId: 't', tags: [] }, now)), id);
    }
  });
});
