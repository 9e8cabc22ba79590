import type { Grade } from '../practice/grade';
import { wordCount } from './answerText';
import type { Interview, QuestionOutcome } from './foldInterviews';
import type { FollowUp, InterviewMaterial } from './interviewMaterial';

/** What the summary needs to know of a question; undefined when it left the bank since. */
export interface SummaryQuestion {
  readonly title: string;
  readonly topicId: string;
  readonly material: InterviewMaterial;
}

export interface QuestionSummary {
  readonly questionId: string;
  readonly title: string | undefined;
  readonly topicId: string | undefined;
  readonly status: 'answered' | 'skipped' | 'not reached';
  readonly grade: Grade | undefined;
  readonly usedMs: number;
  readonly covered: number;
  /** Key points of the question (0 when it has none). */
  readonly keyPoints: number;
  /** Words of the typed answer per minute of time used; undefined when nothing was typed. */
  readonly wordsPerMinute: number | undefined;
  /** The follow-up asked, with the grade its answer got. */
  readonly followUp?: { readonly question: string; readonly grade: Grade | undefined };
}

export interface TopicResult {
  readonly topicId: string;
  readonly questions: number;
  /** 0-100, as the overall score, over this topic's questions. */
  readonly score: number;
}

export interface InterviewSummary {
  readonly iid: string;
  readonly startedAt: number;
  readonly endedAt: number | undefined;
  readonly questions: readonly QuestionSummary[];
  readonly topics: readonly TopicResult[];
  /** Key points the answers missed (all of a skipped question's), in interview order: what to learn. */
  readonly toLearn: readonly { readonly questionId: string; readonly keyPoint: string }[];
  /** The follow-ups of the weakest questions (graded Again or Hard, or skipped), weakest first, at most three questions. */
  readonly followUpsToStudy: readonly { readonly questionId: string; readonly followUp: FollowUp }[];
  /** 0-100; see `questionScore`. Undefined when no question was answered or skipped. */
  readonly score: number | undefined;
}

/**
 * A question's points: the confirmed grade, Again 0, Hard 1/3, Good 2/3, Easy 1 (0 when skipped).
 * The score of an interview (or a topic) is the mean over its questions answered or skipped, times
 * 100, rounded; questions not reached after ending early do not count.
 */
export function questionScore(outcome: QuestionOutcome): number | undefined {
  if (outcome.answer?.grade !== undefined) return (outcome.answer.grade - 1) / 3;
  return outcome.skipped ? 0 : undefined;
}

const WEAKEST_SHOWN = 3;

export function summarizeInterview(interview: Interview, lookup: (questionId: string) => SummaryQuestion | undefined): InterviewSummary {
  const questions = interview.questions.map((outcome) => summarizeQuestion(outcome, lookup(outcome.questionId)));
  const toLearn = interview.questions.flatMap((outcome) => {
    const keyPoints = lookup(outcome.questionId)?.material.keyPoints ?? [];
    if (!outcome.answer && !outcome.skipped) return [];
    const covered = new Set(outcome.answer?.covered);
    return keyPoints.filter((_, index) => !covered.has(index)).map((point) => ({ questionId: outcome.questionId, keyPoint: point.text }));
  });
  const weakest = interview.questions
    .map((outcome) => ({ outcome, points: questionScore(outcome) }))
    .filter((item): item is { outcome: QuestionOutcome; points: number } => item.points !== undefined && item.points < 0.5)
    .sort((a, b) => a.points - b.points)
    .slice(0, WEAKEST_SHOWN);
  const followUpsToStudy = weakest.flatMap(({ outcome }) => (lookup(outcome.questionId)?.material.followUps ?? []).map((followUp) => ({ questionId: outcome.questionId, followUp })));
  const byTopic = new Map<string, QuestionOutcome[]>();
  interview.questions.forEach((outcome, index) => {
    const topicId = questions[index]?.topicId;
    if (topicId === undefined || questionScore(outcome) === undefined) return;
    byTopic.set(topicId, [...(byTopic.get(topicId) ?? []), outcome]);
  });
  const topics = [...byTopic].map(([topicId, outcomes]) => ({ topicId, questions: outcomes.length, score: scoreOf(outcomes) ?? 0 }));
  return { iid: interview.iid, startedAt: interview.startedAt, endedAt: interview.endedAt, questions, topics, toLearn, followUpsToStudy, score: scoreOf(interview.questions) };
}

/** The score of every finished interview with a score, oldest first, and the change since the one before: the statistics' trend. */
export function scoreTrend(interviews: readonly Interview[]): { readonly points: readonly { readonly iid: string; readonly at: number; readonly score: number }[]; readonly change: number | undefined } {
  const points = interviews
    .filter((interview) => interview.endedAt !== undefined)
    .map((interview) => ({ iid: interview.iid, at: interview.endedAt as number, score: scoreOf(interview.questions) }))
    .filter((point): point is { iid: string; at: number; score: number } => point.score !== undefined)
    .sort((a, b) => a.at - b.at);
  const [previous, last] = points.slice(-2);
  return { points, change: last && previous ? last.score - previous.score : undefined };
}

function scoreOf(outcomes: readonly QuestionOutcome[]): number | undefined {
  const scores = outcomes.map(questionScore).filter((score): score is number => score !== undefined);
  return scores.length === 0 ? undefined : Math.round((100 * scores.reduce((sum, score) => sum + score, 0)) / scores.length);
}

function summarizeQuestion(outcome: QuestionOutcome, question: SummaryQuestion | undefined): QuestionSummary {
  const answer = outcome.answer;
  const words = answer ? wordCount(answer.text) : 0;
  const followUpAnswer = outcome.followUps[0];
  const followUp = followUpAnswer?.f === undefined ? undefined : question?.material.followUps[followUpAnswer.f];
  return {
    questionId: outcome.questionId,
    title: question?.title,
    topicId: question?.topicId,
    status: answer ? 'answered' : outcome.skipped ? 'skipped' : 'not reached',
    grade: answer?.grade,
    usedMs: answer?.usedMs ?? 0,
    covered: answer?.covered.length ?? 0,
    keyPoints: answer?.points ?? question?.material.keyPoints.length ?? 0,
    wordsPerMinute: answer && words > 0 && answer.usedMs > 0 ? Math.round(words / (answer.usedMs / 60_000)) : undefined,
    ...(followUp && followUpAnswer ? { followUp: { question: followUp.question, grade: followUpAnswer.grade } } : {}),
  };
}
