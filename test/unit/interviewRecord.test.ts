import * as assert from 'node:assert/strict';
import { foldInterviews, pendingQuestions } from '../../src/core/interview/foldInterviews';
import { DEFAULT_INTERVIEW_SETTINGS, encodeInterviewEvent, type NewInterviewEvent } from '../../src/core/interview/interviewRecord';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 9, minute)).toISOString();
const lines = (...events: NewInterviewEvent[]) => events.map(encodeInterviewEvent).join('').split('\n');

const start = (iid: string, minute: number, questions = ['q1', 'q2', 'q3']): NewInterviewEvent => ({ iid, t: at(minute), k: 'start', settings: DEFAULT_INTERVIEW_SETTINGS, questions });
const answer = (iid: string, minute: number, q: string, extra: Partial<Extract<NewInterviewEvent, { k: 'answer' }>> = {}): NewInterviewEvent => ({
  iid,
  t: at(minute),
  k: 'answer',
  q,
  text: `my answer to ${q}`,
  usedMs: 90_000,
  covered: [0, 2],
  points: 4,
  suggested: 3,
  grade: 3,
  ...extra,
});

describe('interview record', () => {
  it('folds a finished interview: answers, follow-ups, skips and the end, with every typed text kept', () => {
    const folded = foldInterviews(
      lines(
        start('a', 0),
        answer('a', 3, 'q1'),
        answer('a', 4, 'q1', { f: 1, text: 'follow-up answer', covered: [0], points: 1, suggested: undefined, grade: undefined }),
        { iid: 'a', t: at(5), k: 'skip', q: 'q2' },
        answer('a', 8, 'q3', { text: 'ünïcode & "quotes"\nand a newline', grade: 2 }),
        { iid: 'a', t: at(9), k: 'end', early: false },
      ),
    );
    assert.equal(folded.damaged, 0);
    assert.equal(folded.inProgress, undefined);
    const [interview] = folded.interviews;
    assert.equal(interview?.endedAt, Date.parse(at(9)));
    assert.deepEqual(
      interview?.questions.map((q) => [q.questionId, q.answer?.grade, q.skipped, q.followUps.map((f) => [f.f, f.text])]),
      [
        ['q1', 3, false, [[1, 'follow-up answer']]],
        ['q2', undefined, true, []],
        ['q3', 2, false, []],
      ],
    );
    assert.equal(interview?.questions[2]?.answer?.text, 'ünïcode & "quotes"\nand a newline');
    assert.deepEqual(pendingQuestions(interview!), []);
  });

  it('the latest open interview is the one in progress, with the questions still to ask', () => {
    const folded = foldInterviews(lines(start('old', 0), { iid: 'old', t: at(1), k: 'end', early: true }, start('new', 10), answer('new', 12, 'q1')));
    assert.equal(folded.interviews.length, 2);
    assert.equal(folded.interviews[0]?.endedEarly, true);
    assert.equal(folded.inProgress?.iid, 'new');
    assert.deepEqual(pendingQuestions(folded.inProgress!), ['q2', 'q3']);
  });

  it('keeps what was typed before a skip in the skip line, and the skipped question is not pending', () => {
    const text = lines(start('a', 0), { iid: 'a', t: at(3), k: 'skip', q: 'q2', text: 'no idea, something about' });
    assert.match(text.join('\n'), /no idea, something about/);
    const folded = foldInterviews(text);
    assert.deepEqual(pendingQuestions(folded.inProgress!), ['q1', 'q3']);
    assert.equal(folded.damaged, 0);
  });

  it('skips and counts damaged lines, never throws, and leaves newer-schema lines alone', () => {
    const good = lines(start('a', 0), answer('a', 2, 'q1'));
    const folded = foldInterviews([
      good[0]!,
      '{"v":1,"iid":"a","t":"2026-12-08T09:01:00.000Z","k":"answ',
      'not json at all',
      'null',
      JSON.stringify({ v: 1, iid: 'a', t: at(1), k: 'answer', q: 'q1', text: 'x', usedMs: 1, covered: [7], points: 4 }),
      JSON.stringify({ v: 1, iid: 'ghost', t: at(1), k: 'skip', q: 'q1' }),
      JSON.stringify({ v: 1, iid: 'a', t: at(1), k: 'skip', q: 'not-in-this-interview' }),
      JSON.stringify({ v: 2, iid: 'a', t: at(1), k: 'hologram' }),
      good[1]!,
      '',
    ]);
    assert.equal(folded.damaged, 6);
    assert.equal(folded.newer, 1);
    assert.equal(folded.interviews[0]?.questions[0]?.answer?.text, 'my answer to q1');
  });

  it('applies events in time order, so lines appended out of order fold the same', () => {
    const events = lines(start('a', 0), answer('a', 2, 'q1', { grade: 1 }), answer('a', 3, 'q1', { grade: 4 }), { iid: 'a', t: at(4), k: 'end', early: true });
    assert.deepEqual(foldInterviews([...events].reverse()), foldInterviews(events));
    assert.equal(foldInterviews(events).interviews[0]?.questions[0]?.answer?.grade, 4, 'a later answer replaces an earlier one');
  });
});
