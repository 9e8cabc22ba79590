import * as assert from 'node:assert/strict';
import { foldInterviews, type Interview } from '../../src/core/interview/foldInterviews';
import { interviewMaterial } from '../../src/core/interview/interviewMaterial';
import { DEFAULT_INTERVIEW_SETTINGS, encodeInterviewEvent, type NewInterviewEvent } from '../../src/core/interview/interviewRecord';
import { scoreTrend, summarizeInterview, type SummaryQuestion } from '../../src/core/interview/interviewSummary';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 9, minute)).toISOString();
const fold = (...events: NewInterviewEvent[]): Interview[] => [...foldInterviews(events.map(encodeInterviewEvent).join('').split('\n')).interviews];

const material = (points: string[], followUps: string[] = []) =>
  interviewMaterial({ answer: ['Model answer.', '', '### Key points', '', ...points.map((p) => `- ${p}`), '', '### Follow-up questions', '', ...followUps.map((f) => `- ${f}`)].join('\n') });

const BANK: Record<string, SummaryQuestion> = {
  cache: { title: 'Caching?', topicId: 'arch', material: material(['Cache-aside.', 'TTL bounds staleness.', 'Stampedes.'], ['**What is a stampede?** Many misses at once.']) },
  index: { title: 'Indexes?', topicId: 'db', material: material(['B-trees are sorted.', 'Indexes cost writes.'], ['**When is a seq scan chosen?** When most rows match.', '**Why CONCURRENTLY?** No write lock.']) },
  acid: { title: 'ACID?', topicId: 'db', material: material(['Atomicity.', 'Durability.']) },
};

const answer = (q: string, minute: number, extra: Partial<Extract<NewInterviewEvent, { k: 'answer' }>>): NewInterviewEvent => ({
  iid: 'i1',
  t: at(minute),
  k: 'answer',
  q,
  text: 'one two three four five six seven eight nine ten',
  usedMs: 30_000,
  covered: [],
  points: BANK[q]!.material.keyPoints.length,
  ...extra,
});

describe('interview summary', () => {
  const [interview] = fold(
    { iid: 'i1', t: at(0), k: 'start', settings: DEFAULT_INTERVIEW_SETTINGS, questions: ['cache', 'index', 'acid', 'gone'] },
    answer('cache', 2, { covered: [0, 1, 2], suggested: 4, grade: 4 }),
    answer('cache', 3, { f: 0, text: 'many misses', covered: [0], points: 1, grade: 3 }),
    answer('index', 6, { covered: [1], suggested: 2, grade: 2, usedMs: 120_000 }),
    { iid: 'i1', t: at(7), k: 'skip', q: 'acid' },
    { iid: 'i1', t: at(8), k: 'end', early: true },
  );

  it('gives each question its grade, time, coverage, words per minute and follow-up', () => {
    const summary = summarizeInterview(interview!, (id) => BANK[id]);
    assert.deepEqual(
      summary.questions.map((q) => [q.questionId, q.status, q.grade, q.usedMs, `${q.covered}/${q.keyPoints}`, q.wordsPerMinute, q.followUp?.question]),
      [
        ['cache', 'answered', 4, 30_000, '3/3', 20, 'What is a stampede?'],
        ['index', 'answered', 2, 120_000, '1/2', 5, undefined],
        ['acid', 'skipped', undefined, 0, '0/2', undefined, undefined],
        ['gone', 'not reached', undefined, 0, '0/0', undefined, undefined],
      ],
    );
  });

  it('scores Easy 100, Hard 33, skipped 0 (not reached does not count), overall and per topic', () => {
    const summary = summarizeInterview(interview!, (id) => BANK[id]);
    assert.equal(summary.score, 44);
    assert.deepEqual(summary.topics, [
      { topicId: 'arch', questions: 1, score: 100 },
      { topicId: 'db', questions: 2, score: 17 },
    ]);
  });

  it('lists the key points missed (all of a skipped question) and the follow-ups of the weakest questions', () => {
    const summary = summarizeInterview(interview!, (id) => BANK[id]);
    assert.deepEqual(summary.toLearn, [
      { questionId: 'index', keyPoint: 'B-trees are sorted.' },
      { questionId: 'acid', keyPoint: 'Atomicity.' },
      { questionId: 'acid', keyPoint: 'Durability.' },
    ]);
    assert.deepEqual(
      summary.followUpsToStudy.map((f) => `${f.questionId}: ${f.followUp.question}`),
      ['index: When is a seq scan chosen?', 'index: Why CONCURRENTLY?'],
    );
  });

  it('trends the scores of finished interviews, oldest first, with the last change', () => {
    const interviews = fold(
      { iid: 'a', t: at(0), k: 'start', settings: DEFAULT_INTERVIEW_SETTINGS, questions: ['cache'] },
      { ...answer('cache', 1, { grade: 2 }), iid: 'a' },
      { iid: 'a', t: at(2), k: 'end', early: false },
      { iid: 'b', t: at(10), k: 'start', settings: DEFAULT_INTERVIEW_SETTINGS, questions: ['cache'] },
      { ...answer('cache', 11, { grade: 4 }), iid: 'b' },
      { iid: 'b', t: at(12), k: 'end', early: false },
      { iid: 'open', t: at(20), k: 'start', settings: DEFAULT_INTERVIEW_SETTINGS, questions: ['cache'] },
    );
    assert.deepEqual(scoreTrend(interviews), {
      points: [
        { iid: 'a', at: Date.parse(at(2)), score: 33 },
        { iid: 'b', at: Date.parse(at(12)), score: 100 },
      ],
      change: 67,
    });
  });
});
