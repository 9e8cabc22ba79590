import * as assert from 'node:assert/strict';
import { pickWeighted, statusWeight, type PickStatus } from '../../src/core/picking/pickQuestion';
import { seededRandom } from '../support/seededRandom';

interface PickCandidate {
  readonly id: string;
  readonly topicId: string;
  readonly tags: readonly string[];
  readonly status: PickStatus;
  readonly retrievability: number;
  readonly lapses: number;
}

const weightOf = (c: PickCandidate): number => statusWeight(c.status, c.retrievability, c.lapses);
const pickQuestion = (pool: readonly PickCandidate[], options: Parameters<typeof pickWeighted>[2]) => pickWeighted(pool, weightOf, options);

const candidate = (id: string, status: PickCandidate['status'], extra: Partial<PickCandidate> = {}): PickCandidate => ({
  id,
  topicId: extra.topicId ?? 'db',
  tags: extra.tags ?? [],
  status,
  retrievability: extra.retrievability ?? (status === 'new' ? 1 : 0.95),
  lapses: extra.lapses ?? 0,
});

function distribution(pool: PickCandidate[], runs = 5000, lastId?: string): Map<string, number> {
  const random = seededRandom(42);
  const counts = new Map<string, number>();
  for (let i = 0; i < runs; i++) {
    const picked = pickQuestion(pool, { random, lastId });
    if (picked) counts.set(picked.id, (counts.get(picked.id) ?? 0) + 1);
  }
  return counts;
}

describe('pickWeighted with statusWeight', () => {
  const pool = [
    candidate('due', 'due', { retrievability: 0.7 }),
    candidate('new', 'new'),
    candidate('weak', 'review', { lapses: 2, retrievability: 0.85 }),
    candidate('known', 'review', { retrievability: 0.98 }),
    candidate('mastered', 'mastered', { retrievability: 0.99 }),
    candidate('paused', 'suspended'),
  ];

  it('favours due, then new, then weak questions; never suspended ones', () => {
    const counts = distribution(pool);
    const share = (id: string): number => (counts.get(id) ?? 0) / 5000;
    assert.ok(share('due') > 0.7, `due share ${share('due')}`);
    assert.ok(share('new') > share('weak'), 'new before weak');
    assert.ok(share('weak') > share('known'), 'weak before well-known');
    assert.ok(share('known') > 0, 'known questions still come up sometimes');
    assert.equal(counts.get('paused'), undefined);
  });

  it('never repeats the last question, unless it is the only one left', () => {
    assert.equal(distribution(pool, 2000, 'due').get('due'), undefined);
    const single = [candidate('only', 'new')];
    assert.equal(pickQuestion(single, { random: seededRandom(1), lastId: 'only' })?.id, 'only');
  });

  it('respects topic and tag filters', () => {
    const mixed = [candidate('a', 'due', { topicId: 'api', tags: ['http'] }), candidate('b', 'due', { topicId: 'db', tags: ['sql'] })];
    const random = seededRandom(7);
    for (let i = 0; i < 50; i++) {
      assert.equal(pickQuestion(mixed, { random, topicId: 'db' })?.id, 'b');
      assert.equal(pickQuestion(mixed, { random, tag: 'http' })?.id, 'a');
    }
  });

  it('returns undefined for an empty bank or when everything is filtered out', () => {
    assert.equal(pickQuestion([], { random: seededRandom(3) }), undefined);
    assert.equal(pickQuestion([candidate('x', 'suspended')], { random: seededRandom(3) }), undefined);
    assert.equal(pickQuestion(pool, { random: seededRandom(3), tag: 'nothing' }), undefined);
  });
});
