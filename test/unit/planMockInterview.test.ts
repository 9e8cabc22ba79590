import * as assert from 'node:assert/strict';
import { interviewWeight, planMockInterview, type MockInterviewInputs } from '../../src/core/interview/planMockInterview';
import type { Question } from '../../src/core/pack/types';
import { createScheduler, type QuestionProgress } from '../../src/core/practice';
import type { LogEntry } from '../../src/core/practice/logEntries';
import { replay } from '../support/practiceView';
import { seededRandom } from '../support/seededRandom';

const NOW = new Date('2026-12-08T12:00:00Z');
const DAY = 86_400_000;

function question(id: string, topicId = 't1', tags: string[] = []): Question {
  return { id, topicId, title: id, difficulty: undefined, tags, prompt: '', answer: 'a', sections: ['Answer'], hash: 'h', location: { file: 'p.md', line: 1 } };
}

const review = (q: string, g: 1 | 2 | 3 | 4, daysAgo: number, n: number): LogEntry => ({ v: 1, rid: `${q}-${n}`, q, h: 'h', g, t: new Date(NOW.getTime() - daysAgo * DAY).toISOString() });

describe('planMockInterview', () => {
  const bank = [question('a', 't1', ['http']), question('b', 't1', ['sql']), question('c', 't2', ['http']), question('d', 't2', ['queues']), question('s', 't1', ['sql'])];
  const state = replay([review('a', 3, 40, 1), review('b', 1, 2, 1), review('c', 4, 1, 1), { v: 1, rid: 's-1', k: 'suspend', q: 's', t: NOW.toISOString() }], createScheduler({ desiredRetention: 0.9 }));
  const inputs = (options: Partial<MockInterviewInputs> = {}): MockInterviewInputs => ({
    questions: bank,
    progress: (id) => state.progress(id, NOW),
    topicIds: [],
    count: 5,
    random: seededRandom(1),
    ...options,
  });

  it('never asks a suspended question, never repeats one, and asks fewer when fewer are left', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const ids = planMockInterview(inputs({ random: seededRandom(seed) })).map((q) => q.id);
      assert.equal(ids.length, 4);
      assert.equal(new Set(ids).size, 4);
      assert.ok(!ids.includes('s'));
    }
    assert.equal(planMockInterview(inputs({ count: 2 })).length, 2);
  });

  it('never asks a SQL exercise (it is solved in an editor, not answered aloud)', () => {
    const exercise = { ...question('x', 't1', ['sql']), exercise: {} } as Question;
    for (let seed = 1; seed <= 20; seed++) assert.ok(!planMockInterview(inputs({ questions: [...bank, exercise], random: seededRandom(seed) })).some((q) => q.id === 'x'));
  });

  it('draws only from the chosen topics', () => {
    const ids = planMockInterview(inputs({ topicIds: ['t2'] })).map((q) => q.id);
    assert.deepEqual(ids.sort(), ['c', 'd']);
    assert.deepEqual(planMockInterview(inputs({ topicIds: ['nope'] })), []);
  });

  it('leans to due and weak questions over new and well-known ones', () => {
    const kinds: Record<string, Partial<QuestionProgress>> = {
      due: { status: 'due', retrievability: 0.7 },
      weak: { status: 'review', retrievability: 0.9, lapses: 2, lastGrade: 2 },
      fresh: { status: 'new', retrievability: 1 },
      known: { status: 'mastered', retrievability: 0.98, lastGrade: 4 },
    };
    const progress = (id: string) => ({ questionId: id, card: undefined, due: undefined, lastReview: undefined, reviews: 3, lapses: 0, lastGrade: 3, hash: 'h', suspended: false, ...kinds[id] }) as QuestionProgress;
    const firsts = new Map<string, number>();
    const random = seededRandom(99);
    for (let i = 0; i < 2000; i++) {
      const [first] = planMockInterview({ questions: Object.keys(kinds).map((id) => question(id)), progress, topicIds: [], count: 1, random });
      if (first) firsts.set(first.id, (firsts.get(first.id) ?? 0) + 1);
    }
    const share = (id: string) => (firsts.get(id) ?? 0) / 2000;
    assert.ok(share('due') > share('weak') && share('weak') > share('fresh') && share('fresh') > share('known'), JSON.stringify([...firsts]));
    assert.equal(interviewWeight(progress('known')) > 0, true, 'a well-known question keeps a small chance');
  });

  it('puts no two questions sharing a tag next to each other when an order allows it', () => {
    const tagged = [question('h1', 't', ['http']), question('h2', 't', ['http', 'rest']), question('q1', 't', ['sql']), question('q2', 't', ['sql']), question('r1', 't', ['rest'])];
    const neighbours = (ids: Question[]) => ids.slice(1).filter((q, i) => q.tags.some((tag) => ids[i]!.tags.includes(tag))).length;
    for (let seed = 1; seed <= 30; seed++) {
      const plan = planMockInterview({ questions: tagged, progress: (id) => state.progress(id, NOW), topicIds: [], count: 5, random: seededRandom(seed) });
      assert.equal(neighbours(plan), 0, plan.map((q) => q.id).join(' '));
    }
    const crowded = [question('a1', 't', ['x']), question('a2', 't', ['x']), question('a3', 't', ['x']), question('b1', 't', ['y'])];
    const plan = planMockInterview({ questions: crowded, progress: (id) => state.progress(id, NOW), topicIds: [], count: 4, random: seededRandom(3) });
    assert.equal(neighbours(plan), 1, 'three of one tag in four questions: one pair of neighbours at least');
  });
});
