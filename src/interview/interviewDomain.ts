import type { Interview } from '../core/interview/foldInterviews';
import { interviewMaterial } from '../core/interview/interviewMaterial';
import { currentStep, type InterviewStep } from '../core/interview/interviewSteps';
import { summarizeInterview, type InterviewSummary, type QuestionSummary } from '../core/interview/interviewSummary';
import { elapsedMs } from '../core/interview/interviewTimer';
import { matchKeyPoints } from '../core/interview/matchKeyPoints';
import { suggestGrade } from '../core/interview/suggestGrade';
import type { QuestionBank } from '../core/pack/questionBank';
import { GRADE_NAMES, type Grade } from '../core/practice/grade';
import type { InterviewSummaryView, SummaryRow } from '../panel/interviewProtocol';
import type { OpenStep } from './interviewStore';
import { formatDuration, keyPointsOf, type Judged, type StepContent } from './interviewViews';

/** The answer in `open` checked against the step's key points, with the grade the coverage suggests. */
export function judge(content: StepContent, open: OpenStep): Judged {
  const keyPoints = keyPointsOf(content);
  const matches = matchKeyPoints(keyPoints, open.draft);
  const covered = matches.filter((match) => match.covered).length;
  const usedMs = elapsedMs(open.timer, open.timer.stoppedAt ?? open.savedAt);
  const suggested = content.followUp ? undefined : suggestGrade(covered, keyPoints.length, usedMs, open.timer.limitMs);
  return { text: open.draft, usedMs, keyPoints, matches, suggested };
}

/** The step `interview` is at, its follow-ups read from the questions as the bank has them now. */
export function stepOf(interview: Interview, bank: QuestionBank): InterviewStep {
  return currentStep(interview, (id) => {
    const question = bank.question(id);
    return question ? interviewMaterial(question).followUps : [];
  });
}

/** The judged answer as the interview record keeps it. */
export function answerRecord(judged: Judged): { text: string; usedMs: number; covered: number[]; points: number; suggested?: Grade } {
  return {
    text: judged.text,
    usedMs: Math.round(judged.usedMs),
    covered: judged.matches.filter((match) => match.covered).map((match) => match.index),
    points: judged.keyPoints.length,
    ...(judged.suggested ? { suggested: judged.suggested } : {}),
  };
}

export function summarize(interview: Interview, bank: QuestionBank): InterviewSummary {
  return summarizeInterview(interview, (id) => {
    const question = bank.question(id);
    return question && { title: question.title, topicId: question.topicId, material: interviewMaterial(question) };
  });
}

/** Questions worth reviewing after the interview: skipped, graded Again or Hard, or missing key points. */
export function missedQuestionIds(summary: InterviewSummary): string[] {
  const missed = new Set(summary.toLearn.map((entry) => entry.questionId));
  for (const question of summary.questions) if (question.status === 'skipped' || (question.grade !== undefined && question.grade <= 2)) missed.add(question.questionId);
  return summary.questions.map((question) => question.questionId).filter((id) => missed.has(id));
}

function row(question: QuestionSummary, spoken: boolean): SummaryRow {
  const grade = question.grade ? GRADE_NAMES[question.grade] : question.status === 'answered' ? 'not graded' : question.status;
  const followUp = question.followUp ? ` · follow-up: ${question.followUp.question}` : '';
  // Speaking pace only: words per minute of a typed answer would measure typing.
  const wpm = spoken && question.wordsPerMinute ? ` · ${question.wordsPerMinute} words per minute` : '';
  return {
    title: `${question.title ?? `${question.questionId} (no longer in its pack)`}${followUp}`,
    grade,
    time: question.status === 'not reached' ? '-' : `${formatDuration(question.usedMs)}${wpm}`,
    covered: question.keyPoints === 0 || question.status === 'not reached' ? '-' : `${question.covered} of ${question.keyPoints}`,
  };
}

export function summaryView(interview: Interview, bank: QuestionBank): InterviewSummaryView {
  const summary = summarize(interview, bank);
  const title = (id: string): string => bank.question(id)?.title ?? id;
  const used = summary.questions.reduce((total, question) => total + question.usedMs, 0);
  const count = summary.questions.length;
  const missing = new Map<string, string[]>();
  for (const { questionId, keyPoint } of summary.toLearn) missing.set(questionId, [...(missing.get(questionId) ?? []), keyPoint]);
  const misses = missedQuestionIds(summary);
  return {
    interviewId: interview.iid,
    headline: [
      summary.score === undefined ? 'No score: no answer was graded' : `Score ${summary.score} of 100`,
      `${count} question${count === 1 ? '' : 's'}`,
      `${formatDuration(used)} answering`,
      ...(interview.endedEarly ? ['ended early'] : []),
    ].join(' · '),
    rows: summary.questions.map((question) => row(question, interview.settings.mode === 'spoken')),
    topics: summary.topics.map((topic) => `${bank.topic(topic.topicId)?.title ?? topic.topicId}: ${topic.score} of 100 (${topic.questions} question${topic.questions === 1 ? '' : 's'})`),
    missing: [...missing].map(([id, points]) => ({ question: title(id), points })),
    missingNone: summary.questions.some((question) => question.status === 'answered') ? 'None: every key point was covered.' : 'Nothing was answered.',
    followUps: summary.followUpsToStudy.map(({ questionId, followUp }) => ({ question: title(questionId), followUp: followUp.question })),
    canReviewMisses: misses.length > 0,
  };
}
