import type { Interview, QuestionOutcome } from './foldInterviews';
import type { FollowUp } from './interviewMaterial';
import { shouldAskFollowUp } from './suggestGrade';

/** Where an interview stands: a question to answer, a follow-up to answer, or its summary. */
export type InterviewStep =
  | { readonly kind: 'question'; readonly index: number; readonly questionId: string }
  | { readonly kind: 'followUp'; readonly index: number; readonly questionId: string; readonly followUp: number }
  | { readonly kind: 'summary' };

/**
 * Which of a question's follow-ups this interview asks: fixed by the interview and the question, so
 * a resumed interview asks the same one, and different interviews ask different ones.
 */
export function followUpIndex(iid: string, questionId: string, count: number): number {
  let hash = 0;
  for (const char of `${iid}/${questionId}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return count > 0 ? hash % count : 0;
}

/**
 * The step an interview is at, read from what its log holds, so closing the panel or reloading the
 * window resumes exactly there: the first question neither answered nor skipped, unless an earlier
 * good answer still owes its follow-up. `followUpsOf` gives a question's follow-ups (none when it
 * has left its pack).
 */
export function currentStep(interview: Interview, followUpsOf: (questionId: string) => readonly FollowUp[]): InterviewStep {
  if (interview.endedAt !== undefined) return { kind: 'summary' };
  for (const [index, outcome] of interview.questions.entries()) {
    if (!outcome.answer && !outcome.skipped) return { kind: 'question', index, questionId: outcome.questionId };
    const owed = owedFollowUp(interview.iid, outcome, followUpsOf(outcome.questionId));
    if (owed !== undefined) return { kind: 'followUp', index, questionId: outcome.questionId, followUp: owed };
  }
  return { kind: 'summary' };
}

function owedFollowUp(iid: string, outcome: QuestionOutcome, followUps: readonly FollowUp[]): number | undefined {
  const grade = outcome.answer?.grade;
  if (grade === undefined || !shouldAskFollowUp(grade, followUps) || outcome.followUps.length > 0) return undefined;
  return followUpIndex(iid, outcome.questionId, followUps.length);
}

/** A key naming the step, e.g. "3f" for question 3's follow-up, for drafts and late messages. */
export function stepKey(iid: string, step: InterviewStep): string {
  return step.kind === 'summary' ? `${iid}:summary` : `${iid}:${step.index}${step.kind === 'followUp' ? 'f' : ''}`;
}
