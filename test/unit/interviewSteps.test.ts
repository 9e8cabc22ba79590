import * as assert from 'node:assert/strict';
import { foldInterviews, type Interview } from '../../src/core/interview/foldInterviews';
import type { FollowUp } from '../../src/core/interview/interviewMaterial';
import { DEFAULT_INTERVIEW_SETTINGS, encodeInterviewEvent, type NewInterviewEvent } from '../../src/core/interview/interviewRecord';
import { currentStep, followUpIndex, stepKey } from '../../src/core/interview/interviewSteps';
import type { Grade } from '../../src/core/practice/grade';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 9, minute)).toISOString();
const start: NewInterviewEvent = { iid: 'i1', t: at(0), k: 'start', settings: DEFAULT_INTERVIEW_SETTINGS, questions: ['q1', 'q2'] };
const answer = (minute: number, q: string, grade: Grade | undefined, f?: number): NewInterviewEvent => ({
  iid: 'i1',
  t: at(minute),
  k: 'answer',
  q,
  text: 'an answer',
  usedMs: 60_000,
  covered: [],
  points: 2,
  ...(f === undefined ? {} : { f }),
  ...(grade === undefined ? {} : { grade }),
});
const interviewOf = (...events: NewInterviewEvent[]): Interview => foldInterviews(events.map(encodeInterviewEvent).join('').split('\n')).interviews[0] as Interview;
const twoFollowUps: FollowUp[] = [
  { question: 'Why?', answer: 'Because.' },
  { question: 'How?', answer: 'Carefully.' },
];
const followUps = (id: string): readonly FollowUp[] => (id === 'q1' ? twoFollowUps : []);

describe('interview steps: where an interview stands, read from its log', () => {
  it('starts at the first question, and after a weak answer goes to the next one without a follow-up', () => {
    assert.deepEqual(currentStep(interviewOf(start), followUps), { kind: 'question', index: 0, questionId: 'q1' });
    assert.deepEqual(currentStep(interviewOf(start, answer(1, 'q1', 2)), followUps), { kind: 'question', index: 1, questionId: 'q2' });
  });

  it('owes a follow-up after a Good or Easy answer, the same one on every read, and moves on once it is answered', () => {
    const good = interviewOf(start, answer(1, 'q1', 3));
    const step = currentStep(good, followUps);
    assert.deepEqual(step, { kind: 'followUp', index: 0, questionId: 'q1', followUp: followUpIndex('i1', 'q1', 2) });
    assert.deepEqual(currentStep(interviewOf(start, answer(1, 'q1', 4)), followUps), step);
    const f = step.kind === 'followUp' ? step.followUp : -1;
    assert.deepEqual(currentStep(interviewOf(start, answer(1, 'q1', 3), answer(2, 'q1', undefined, f)), followUps), { kind: 'question', index: 1, questionId: 'q2' });
  });

  it('asks no follow-up of a question without one, skips skipped questions, and ends in the summary', () => {
    const skipped = interviewOf(start, { iid: 'i1', t: at(1), k: 'skip', q: 'q1' });
    assert.deepEqual(currentStep(skipped, followUps), { kind: 'question', index: 1, questionId: 'q2' });
    assert.deepEqual(currentStep(interviewOf(start, answer(1, 'q1', 1), answer(2, 'q2', 4)), followUps), { kind: 'summary' });
    assert.deepEqual(currentStep(interviewOf(start, { iid: 'i1', t: at(1), k: 'end', early: true }), followUps), { kind: 'summary' }, 'ended early');
  });

  it('names each step apart: a question, its follow-up and the summary', () => {
    const keys = [
      stepKey('i1', { kind: 'question', index: 0, questionId: 'q1' }),
      stepKey('i1', { kind: 'followUp', index: 0, questionId: 'q1', followUp: 1 }),
      stepKey('i1', { kind: 'question', index: 1, questionId: 'q2' }),
      stepKey('i1', { kind: 'summary' }),
    ];
    assert.equal(new Set(keys).size, 4);
  });

  it('spreads the follow-up chosen across interviews', () => {
    const chosen = new Set(Array.from({ length: 20 }, (_, i) => followUpIndex(`interview-${i}`, 'q1', 3)));
    assert.ok(chosen.size > 1, [...chosen].join());
    for (const index of chosen) assert.ok(index >= 0 && index < 3);
  });
});
