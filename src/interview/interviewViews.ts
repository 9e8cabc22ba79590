import { answerHighlights, type KeyPointMatch } from '../core/interview/matchKeyPoints';
import { followUpKeyPoints, interviewMaterial, type FollowUp, type KeyPoint } from '../core/interview/interviewMaterial';
import type { Interview } from '../core/interview/foldInterviews';
import type { InterviewMode } from '../core/interview/interviewRecord';
import { stepKey, type InterviewStep } from '../core/interview/interviewSteps';
import { timerView, type TimerState } from '../core/interview/interviewTimer';
import { wordCount } from '../core/interview/answerText';
import type { Question } from '../core/pack/types';
import type { Grade } from '../core/practice/grade';
import { renderMarkdown } from '../core/render/renderMarkdown';
import type { InterviewClock, InterviewFeedback, InterviewView } from '../panel/interviewProtocol';

/** What one step shows: a question, or one of its follow-ups (whose answer is its key point). */
export interface StepContent {
  readonly iid: string;
  readonly stepKey: string;
  readonly position: string;
  readonly question: Question;
  readonly followUp: FollowUp | undefined;
  /** Which of the question's follow-ups `followUp` is (as the interview log records it). */
  readonly followUpIndex: number | undefined;
  readonly mode: InterviewMode;
}

/** What the user's answer earned, once it is in. */
export interface Judged {
  readonly text: string;
  readonly usedMs: number;
  readonly keyPoints: readonly KeyPoint[];
  readonly matches: readonly KeyPointMatch[];
  readonly suggested: Grade | undefined;
}

/** What the step at `step` of `interview` shows (`question` is the step's question, from the bank). */
export function stepContent(interview: Interview, step: Exclude<InterviewStep, { kind: 'summary' }>, question: Question): StepContent {
  const count = interview.questions.length;
  const followUp = step.kind === 'followUp';
  return {
    iid: interview.iid,
    stepKey: stepKey(interview.iid, step),
    position: followUp ? `Follow-up on question ${step.index + 1} of ${count}` : `Question ${step.index + 1} of ${count}`,
    question,
    followUp: followUp ? interviewMaterial(question).followUps[step.followUp] : undefined,
    followUpIndex: followUp ? step.followUp : undefined,
    mode: interview.settings.mode,
  };
}

export function clockOf(timer: TimerState, now: number): InterviewClock {
  const view = timerView(timer, now);
  return { limitMs: timer.limitMs, remainingMs: view.remainingMs, running: !view.paused && !view.stopped && !view.expired };
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Words per minute of a typed spoken answer, when there is enough of both to mean something. */
function wordsPerMinute(text: string, usedMs: number): number | undefined {
  const words = wordCount(text);
  return words >= 10 && usedMs >= 10_000 ? Math.round(words / (usedMs / 60_000)) : undefined;
}

export function stepView(content: StepContent, timer: TimerState, draft: string, now: number, notice: string, feedback?: InterviewFeedback): InterviewView {
  const { question, followUp } = content;
  return {
    interviewId: content.iid,
    stepKey: content.stepKey,
    position: content.position,
    title: followUp ? followUp.question : question.title,
    promptHtml: followUp ? '' : renderMarkdown(question.prompt),
    mode: content.mode,
    clock: clockOf(timer, now),
    draft,
    feedback,
    notice,
  };
}

export function feedbackView(content: StepContent, judged: Judged, intervals: Readonly<Record<Grade, string>>): InterviewFeedback {
  const { matches, keyPoints, text, usedMs } = judged;
  const covered = matches.filter((match) => match.covered).length;
  const wpm = content.mode === 'spoken' ? wordsPerMinute(text, usedMs) : undefined;
  const model = content.followUp ? content.followUp.answer : content.question.answer;
  return {
    answerText: text,
    highlights: answerHighlights(matches),
    modelHtml: renderMarkdown(model || '_No model answer is written for this follow-up._'),
    keyPoints: keyPoints.map((point, index) => ({
      html: renderMarkdown(point.markdown),
      covered: matches[index]?.covered ?? false,
      matched: matches[index]?.matchedTerms ?? [],
    })),
    coverage:
      keyPoints.length === 0
        ? 'This question has no key points to check against: compare with the model answer.'
        : `${covered} of ${keyPoints.length} ${content.followUp ? "points of the model answer" : 'key points'} covered.`,
    timing: `${formatDuration(usedMs)} used${wpm ? ` · ${wpm} words per minute` : ''}`,
    suggested: judged.suggested,
    intervals,
    gradable: content.followUp === undefined,
  };
}

/** The key points a step's answer is checked against: the question's, or the follow-up's model answer as one. */
export function keyPointsOf(content: StepContent): readonly KeyPoint[] {
  if (!content.followUp) return interviewMaterial(content.question).keyPoints;
  return followUpKeyPoints(content.followUp);
}
