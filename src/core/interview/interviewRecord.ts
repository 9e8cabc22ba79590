import { isGrade, type Grade } from '../practice/grade';

/**
 * The persisted form of mock interviews: an append-only JSON Lines file of events (beside the
 * practice log, e.g. `interviews.jsonl`), one line per thing that happened, appended as it happens,
 * so a window reload or a crash loses nothing the user typed. `foldInterviews` turns the lines back
 * into interviews.
 */
export const INTERVIEW_SCHEMA = 1;

export type InterviewMode = 'typed' | 'spoken';

export interface InterviewSettings {
  /** Topic ids to draw from; empty means mixed (every topic). */
  readonly topicIds: readonly string[];
  readonly count: number;
  readonly msPerQuestion: number;
  readonly mode: InterviewMode;
}

export const DEFAULT_INTERVIEW_SETTINGS: InterviewSettings = { topicIds: [], count: 5, msPerQuestion: 3 * 60_000, mode: 'typed' };

interface EventBase {
  readonly v: number;
  /** Interview id: every event of one interview carries it. */
  readonly iid: string;
  /** ISO time of the event. */
  readonly t: string;
}

export interface StartEvent extends EventBase {
  readonly k: 'start';
  readonly settings: InterviewSettings;
  /** Question ids in the order they are asked. */
  readonly questions: readonly string[];
}

/** The answer to a question (or to its follow-up, with `f`, the follow-up's index), as judged and graded. */
export interface AnswerEvent extends EventBase {
  readonly k: 'answer';
  readonly q: string;
  /** Index of the follow-up question this answers; absent for the main question. */
  readonly f?: number;
  /** What the user typed, as typed (may be empty in spoken mode). */
  readonly text: string;
  readonly usedMs: number;
  /** Indices of the key points found covered. */
  readonly covered: readonly number[];
  /** How many key points there were (0: the question has none, so no coverage was shown). */
  readonly points: number;
  /** The grade suggested from coverage, when there were key points. */
  readonly suggested?: Grade;
  /** The grade the user confirmed; absent for a follow-up left ungraded. */
  readonly grade?: Grade;
}

export interface SkipEvent extends EventBase {
  readonly k: 'skip';
  readonly q: string;
  /** What the user had typed before skipping, if anything. */
  readonly text?: string;
}

export interface EndEvent extends EventBase {
  readonly k: 'end';
  /** True when the user ended before every question was answered or skipped. */
  readonly early: boolean;
}

export type InterviewEvent = StartEvent | AnswerEvent | SkipEvent | EndEvent;

/** Distributes Omit over the union, so each kind keeps its own fields. */
export type NewInterviewEvent = InterviewEvent extends infer E ? (E extends InterviewEvent ? Omit<E, 'v'> : never) : never;

/** One JSON Lines line (with its newline) for an event, stamped with the schema version. */
export function encodeInterviewEvent(event: NewInterviewEvent): string {
  return `${JSON.stringify({ v: INTERVIEW_SCHEMA, ...event })}\n`;
}

/** A parsed line as an event, or undefined when it is not one this schema wrote (or a newer schema's). */
export function validateInterviewEvent(value: unknown): InterviewEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  if (e.v !== INTERVIEW_SCHEMA || !isText(e.iid) || typeof e.t !== 'string' || Number.isNaN(Date.parse(e.t))) return undefined;
  switch (e.k) {
    case 'start':
      return isSettings(e.settings) && Array.isArray(e.questions) && e.questions.every(isText) ? (value as StartEvent) : undefined;
    case 'answer':
      return isText(e.q) &&
        (e.f === undefined || isIndex(e.f)) &&
        typeof e.text === 'string' &&
        isIndex(e.usedMs) &&
        isIndex(e.points) &&
        Array.isArray(e.covered) &&
        e.covered.every((i) => isIndex(i) && i < (e.points as number)) &&
        (e.suggested === undefined || isGrade(e.suggested)) &&
        (e.grade === undefined || isGrade(e.grade))
        ? (value as AnswerEvent)
        : undefined;
    case 'skip':
      return isText(e.q) && (e.text === undefined || typeof e.text === 'string') ? (value as SkipEvent) : undefined;
    case 'end':
      return typeof e.early === 'boolean' ? (value as EndEvent) : undefined;
    default:
      return undefined;
  }
}

function isSettings(value: unknown): value is InterviewSettings {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return Array.isArray(s.topicIds) && s.topicIds.every(isText) && isIndex(s.count) && isIndex(s.msPerQuestion) && (s.mode === 'typed' || s.mode === 'spoken');
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
