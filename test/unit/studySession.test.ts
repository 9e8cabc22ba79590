import * as assert from 'node:assert/strict';
import type { Question } from '../../src/core/pack/types';
import type { QuestionProgress } from '../../src/core/practice';
import { describeSummary, summarizeDay } from '../../src/core/session/daySummary';
import { aheadStep, describeCounts, nextDueDate, nextStep, randomStep, sessionCounts, type SessionInputs } from '../../src/core/session/studySession';

const NOW = new Date('2026-12-07T12:00:00Z');
const HOUR = 3_600_000;

function question(id: string): Question {
  return { id, topicId: 't', title: id, difficulty: undefined, tags: [], prompt: '', answer: 'a', sections: ['Answer'], hash: 'h', location: { file: 'p.md', line: 1 } };
}

type Kind = 'new' | 'dueSince2h' | 'dueSince1h' | 'laterIn3h' | 'laterIn9d' | 'suspended';

function progress(id: string, kind: Kind): QuestionProgress {
  const base = { questionId: id, card: undefined, lastReview: undefined, reviews: 1, lapses: 0, lastGrade: 3 as const, hash: 'h', suspended: false };
  switch (kind) {
    case 'new':
      return { ...base, status: 'new', due: undefined, retrievability: 1, reviews: 0, lastGrade: undefined };
    case 'dueSince2h':
      return { ...base, status: 'due', due: new Date(NOW.getTime() - 2 * HOUR), retrievability: 0.8 };
    case 'dueSince1h':
      return { ...base, status: 'due', due: new Date(NOW.getTime() - HOUR), retrievability: 0.85 };
    case 'laterIn3h':
      return { ...base, status: 'learning', due: new Date(NOW.getTime() + 3 * HOUR), retrievability: 0.7 };
    case 'laterIn9d':
      return { ...base, status: 'review', due: new Date(NOW.getTime() + 9 * 24 * HOUR), retrievability: 0.97 };
    case 'suspended':
      return { ...base, status: 'suspended', due: new Date(NOW.getTime() - HOUR), retrievability: 0.5, suspended: true };
  }
}

function inputs(kinds: Record<string, Kind>, options: Partial<SessionInputs> = {}): SessionInputs {
  return {
    questions: Object.keys(kinds).map(question),
    progress: (id) => progress(id, kinds[id] as Kind),
    newToday: 0,
    newLimit: 10,
    ...options,
  };
}

const idOf = (step: ReturnType<typeof nextStep>): string => (step.kind === 'question' ? `${step.reason}:${step.question.id}` : 'done');

describe('study session rules', () => {
  it('serves the most overdue due question first, then new ones in order, then is done', () => {
    const bank = { a: 'new', b: 'dueSince1h', c: 'dueSince2h', d: 'laterIn9d', e: 'new', s: 'suspended' } as const;
    assert.equal(idOf(nextStep(inputs(bank), NOW)), 'due:c');
    assert.equal(idOf(nextStep(inputs(bank, { lastId: 'c' }), NOW)), 'due:b', 'the question just shown waits');
    assert.equal(idOf(nextStep(inputs({ a: 'new', e: 'new', d: 'laterIn9d' }), NOW)), 'new:a');
    assert.equal(idOf(nextStep(inputs({ d: 'laterIn9d', l: 'laterIn3h', s: 'suspended' }), NOW)), 'done', 'nothing due and no new: done, never a question that is not due');
  });

  it('stops introducing new questions at the day limit, and counts what is left', () => {
    const bank = { a: 'new', e: 'new', d: 'laterIn9d' } as const;
    assert.equal(idOf(nextStep(inputs(bank, { newToday: 2, newLimit: 2 }), NOW)), 'done');
    assert.equal(idOf(nextStep(inputs(bank, { newToday: 2, newLimit: 3 }), NOW)), 'new:a');
    assert.equal(idOf(nextStep(inputs(bank, { newToday: 50, newLimit: 0 }), NOW)), 'new:a', '0 means no limit');
    assert.equal(idOf(nextStep(inputs(bank), NOW, { newQuestions: false })), 'done');
    const counts = sessionCounts(inputs({ ...bank, b: 'dueSince1h', s: 'suspended' }, { newToday: 1, newLimit: 2 }), NOW);
    assert.deepEqual(counts, { dueLeft: 1, newToday: 1, newLimit: 2, newLeft: 1, planLeft: undefined });
    assert.equal(describeCounts(counts), '1 due left · new 1/2 today');
    assert.equal(describeCounts({ ...counts, newLimit: 0 }), '1 due left · new 1 today');
  });

  it("with an interview plan: due first, then the plan's questions for today, then new ones; counts say 'plan: N today'", () => {
    const bank = { a: 'new', d: 'laterIn9d', l: 'laterIn3h', b: 'dueSince1h' } as const;
    const planned = new Set(['d', 'a']);
    assert.equal(idOf(nextStep(inputs(bank, { planned }), NOW)), 'due:b');
    assert.equal(idOf(nextStep(inputs({ a: 'new', d: 'laterIn9d', e: 'new' }, { planned }), NOW)), 'plan:a', 'then the plan in bank order, a new one included');
    assert.equal(idOf(nextStep(inputs({ d: 'laterIn9d', l: 'laterIn3h' }, { planned: new Set(['d']) }), NOW, { newQuestions: false })), 'plan:d', 'Next Due serves the plan too');
    const counts = sessionCounts(inputs(bank, { planned: new Set(['d', 'a', 'b']) }), NOW);
    assert.equal(counts.planLeft, 3, 'a due question the plan lists counts in the plan');
    assert.equal(describeCounts(counts), 'plan: 3 today · 1 due left · new 0/10 today');
    assert.equal(sessionCounts(inputs(bank), NOW).planLeft, undefined, 'no plan without a date');
  });

  it('random picks only among what the session serves, and is done when that is empty', () => {
    const random = (): number => 0.5;
    for (let i = 0; i < 20; i++) {
      const step = randomStep(inputs({ b: 'dueSince1h', a: 'new', d: 'laterIn9d', s: 'suspended' }, { newToday: 5, newLimit: 5 }), NOW, Math.random);
      assert.equal(idOf(step), 'due:b');
    }
    assert.equal(idOf(randomStep(inputs({ d: 'laterIn9d', l: 'laterIn3h' }), NOW, random)), 'done');
  });

  it('studying ahead serves the seen question most likely forgotten, never a new or suspended one', () => {
    assert.equal(idOf(aheadStep(inputs({ d: 'laterIn9d', l: 'laterIn3h', a: 'new', s: 'suspended' }))), 'ahead:l');
    assert.equal(idOf(aheadStep(inputs({ a: 'new' }))), 'done');
    assert.deepEqual(nextDueDate(inputs({ d: 'laterIn9d', l: 'laterIn3h', a: 'new' })), new Date(NOW.getTime() + 3 * HOUR));
  });

  it("summarises a day's reviews: count, Again share, time with long pauses capped", () => {
    const t0 = NOW.getTime();
    const summary = summarizeDay([
      { g: 3, t: t0 },
      { g: 1, t: t0 + 60_000 },
      { g: 3, t: t0 + 2 * 60_000 },
      { g: 4, t: t0 + 2 * HOUR }, // after lunch: counts 5 minutes, not two hours
    ]);
    assert.deepEqual(summary, { reviews: 4, again: 1, minutes: 7 });
    assert.equal(describeSummary(summary), '4 reviews · 1 Again (25%) · about 7 min');
    assert.equal(describeSummary(summarizeDay([])), 'No reviews yet today');
  });
});
