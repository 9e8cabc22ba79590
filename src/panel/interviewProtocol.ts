/**
 * The mock interview's part of the panel protocol: what the interview layout shows and what the
 * user does there. Shared by both sides; every message received is validated before use.
 */
import type { InterviewMode } from '../core/interview/interviewRecord';
import { isGrade, type Grade } from '../core/practice/grade';
import { isRecord, isString, isStrings, type Fields } from './messageChecks';

/** The countdown as the extension keeps it; the page counts down locally from `remainingMs`. */
export interface InterviewClock {
  readonly limitMs: number;
  readonly remainingMs: number;
  readonly running: boolean;
}

export interface KeyPointView {
  /** The key point as the pack writes it, rendered by the safe renderer. */
  readonly html: string;
  readonly covered: boolean;
  /** The key point's words the answer matched (after stemming), to show why it counts. */
  readonly matched: readonly string[];
}

/** What the interviewer says about one answer, shown beside the model answer. */
export interface InterviewFeedback {
  /** What the user wrote, as typed (shown as text, never as HTML). */
  readonly answerText: string;
  /** [start, end) character ranges of `answerText` that matched a key point. */
  readonly highlights: readonly (readonly [number, number])[];
  readonly modelHtml: string;
  readonly keyPoints: readonly KeyPointView[];
  /** "3 of 5 key points covered", or why there is no count. */
  readonly coverage: string;
  /** "1:42 used" and, for a typed spoken answer, "· 128 words per minute". */
  readonly timing: string;
  /** The grade the coverage suggests, when the question has key points; the user confirms or changes it. */
  readonly suggested: Grade | undefined;
  readonly intervals: Readonly<Record<Grade, string>>;
  /** A follow-up answer is not graded on its own: the page offers Continue instead of the grades. */
  readonly gradable: boolean;
}

export interface InterviewView {
  readonly interviewId: string;
  /** Names this step uniquely (question index, follow-up or not), so late messages for another step are dropped. */
  readonly stepKey: string;
  /** "Question 2 of 5", "Follow-up on question 2". */
  readonly position: string;
  readonly title: string;
  readonly promptHtml: string;
  readonly mode: InterviewMode;
  readonly clock: InterviewClock;
  /** The answer typed so far (restored after a close or a reload). */
  readonly draft: string;
  /** Set once the answer is in: the page shows the comparison instead of the answer box. */
  readonly feedback: InterviewFeedback | undefined;
  readonly notice: string;
}

export interface SummaryRow {
  readonly title: string;
  readonly grade: string;
  readonly time: string;
  readonly covered: string;
}

export interface InterviewSummaryView {
  readonly interviewId: string;
  /** "Score 72 of 100 · 5 questions · 11:20". */
  readonly headline: string;
  readonly rows: readonly SummaryRow[];
  /** "Databases: 2 of 3 key points", per topic. */
  readonly topics: readonly string[];
  readonly missing: readonly { readonly question: string; readonly points: readonly string[] }[];
  /** Shown instead of `missing` when it is empty: every key point covered, or nothing answered. */
  readonly missingNone: string;
  readonly followUps: readonly { readonly question: string; readonly followUp: string }[];
  readonly canReviewMisses: boolean;
}

export type InterviewAction = 'pause' | 'resume' | 'skip' | 'end' | 'continue';
export type SummaryAction = 'reviewMisses' | 'close';

export type InterviewToWebview =
  | { readonly type: 'interview'; readonly view: InterviewView }
  | { readonly type: 'interviewSummary'; readonly view: InterviewSummaryView }
  | { readonly type: 'interviewClock'; readonly stepKey: string; readonly clock: InterviewClock };

export type InterviewFromWebview =
  /** The answer is in: submitted by the user, or the time ran out (`timeUp`). */
  | { readonly type: 'interviewSubmit'; readonly stepKey: string; readonly text: string; readonly timeUp: boolean }
  | { readonly type: 'interviewDraft'; readonly stepKey: string; readonly text: string }
  | { readonly type: 'interviewGrade'; readonly stepKey: string; readonly grade: Grade }
  | { readonly type: 'interviewAction'; readonly stepKey: string; readonly action: InterviewAction }
  | { readonly type: 'summaryAction'; readonly action: SummaryAction };

/** Typed answers longer than this are not sent across (a spoken minute is about 150 words). */
export const MAX_ANSWER_CHARS = 100_000;

const INTERVIEW_ACTIONS: readonly InterviewAction[] = ['pause', 'resume', 'skip', 'end', 'continue'];
const SUMMARY_ACTIONS: readonly SummaryAction[] = ['reviewMisses', 'close'];

const isKey = (value: unknown): value is string => isString(value) && value.length < 200;
const isAnswer = (value: unknown): value is string => isString(value) && value.length <= MAX_ANSWER_CHARS;

export function parseInterviewFromWebview(value: Fields): InterviewFromWebview | undefined {
  const { stepKey, text } = value;
  switch (value.type) {
    case 'interviewSubmit':
      return isKey(stepKey) && isAnswer(text) && typeof value.timeUp === 'boolean' ? { type: 'interviewSubmit', stepKey, text, timeUp: value.timeUp } : undefined;
    case 'interviewDraft':
      return isKey(stepKey) && isAnswer(text) ? { type: 'interviewDraft', stepKey, text } : undefined;
    case 'interviewGrade':
      return isKey(stepKey) && isGrade(value.grade) ? { type: 'interviewGrade', stepKey, grade: value.grade } : undefined;
    case 'interviewAction':
      return isKey(stepKey) && INTERVIEW_ACTIONS.includes(value.action as InterviewAction) ? { type: 'interviewAction', stepKey, action: value.action as InterviewAction } : undefined;
    case 'summaryAction':
      return SUMMARY_ACTIONS.includes(value.action as SummaryAction) ? { type: 'summaryAction', action: value.action as SummaryAction } : undefined;
    default:
      return undefined;
  }
}

export function parseInterviewToWebview(value: Fields): InterviewToWebview | undefined {
  switch (value.type) {
    case 'interview':
      return isInterviewView(value.view) ? { type: 'interview', view: value.view } : undefined;
    case 'interviewSummary':
      return isSummaryView(value.view) ? { type: 'interviewSummary', view: value.view } : undefined;
    case 'interviewClock':
      return isKey(value.stepKey) && isClock(value.clock) ? { type: 'interviewClock', stepKey: value.stepKey, clock: value.clock } : undefined;
    default:
      return undefined;
  }
}

function isClock(value: unknown): value is InterviewClock {
  return isRecord(value) && typeof value.limitMs === 'number' && typeof value.remainingMs === 'number' && typeof value.running === 'boolean';
}

function isInterviewView(value: unknown): value is InterviewView {
  if (!isRecord(value)) return false;
  return (
    [value.interviewId, value.stepKey, value.position, value.title, value.promptHtml, value.draft, value.notice].every(isString) &&
    (value.mode === 'typed' || value.mode === 'spoken') &&
    isClock(value.clock) &&
    (value.feedback === undefined || isFeedback(value.feedback))
  );
}

function isFeedback(value: unknown): value is InterviewFeedback {
  if (!isRecord(value)) return false;
  const { highlights, keyPoints, intervals } = value;
  return (
    [value.answerText, value.modelHtml, value.coverage, value.timing].every(isString) &&
    (value.suggested === undefined || isGrade(value.suggested)) &&
    typeof value.gradable === 'boolean' &&
    Array.isArray(highlights) &&
    highlights.every((range) => Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n))) &&
    Array.isArray(keyPoints) &&
    keyPoints.every((point) => isRecord(point) && isString(point.html) && typeof point.covered === 'boolean' && isStrings(point.matched)) &&
    isRecord(intervals) &&
    [1, 2, 3, 4].every((grade) => isString(intervals[grade]))
  );
}

function isSummaryView(value: unknown): value is InterviewSummaryView {
  if (!isRecord(value)) return false;
  const { rows, missing, followUps } = value;
  return (
    isString(value.interviewId) &&
    isString(value.headline) &&
    isString(value.missingNone) &&
    typeof value.canReviewMisses === 'boolean' &&
    isStrings(value.topics) &&
    Array.isArray(rows) &&
    rows.every((row) => isRecord(row) && [row.title, row.grade, row.time, row.covered].every(isString)) &&
    Array.isArray(missing) &&
    missing.every((entry) => isRecord(entry) && isString(entry.question) && isStrings(entry.points)) &&
    Array.isArray(followUps) &&
    followUps.every((entry) => isRecord(entry) && isString(entry.question) && isString(entry.followUp))
  );
}
