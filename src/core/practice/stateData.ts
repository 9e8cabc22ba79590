import { isGrade, type Grade } from './grade';
import { newRecord, type EventKey, type QuestionEvent, type QuestionRecord } from './questionHistory';
import type { CardPhase, CardState } from './scheduler';

/** ['r', rid, t, grade, hash] for a review; [kind code, rid, t] for reset / suspend / unsuspend. */
export type EventTuple = readonly ['r', string, number, Grade, string] | readonly ['x' | 's' | 'u', string, number];

export interface QuestionData {
  readonly id: string;
  readonly events: readonly EventTuple[];
  readonly card: CardState | null;
  readonly lastGrade: Grade | null;
  readonly hash: string | null;
  readonly suspended: boolean;
}

/** Everything PracticeState holds except what is recomputed on load (day counts, indexes). */
export interface PracticeStateData {
  readonly questions: readonly QuestionData[];
  /** Resets of all questions, as [rid, t]. */
  readonly resets: readonly (readonly [string, number])[];
  /** Rids of reviews reverted by an undo. */
  readonly undone: readonly string[];
  /** Rids already applied that no event keeps (undo records, undone reviews, empty resets). */
  readonly rids: readonly string[];
}

const CODES = { reset: 'x', suspend: 's', unsuspend: 'u' } as const;
const KINDS = { x: 'reset', s: 'suspend', u: 'unsuspend' } as const;
const PHASES: readonly CardPhase[] = ['learning', 'review', 'relearning'];
const CARD_NUMBERS = ['due', 'stability', 'difficulty', 'reps', 'lapses', 'learningSteps', 'scheduledDays', 'elapsedDays', 'lastReview'] as const;

export function encodeQuestion(id: string, record: QuestionRecord): QuestionData {
  const events = record.events.map((event): EventTuple =>
    event.kind === 'review' ? ['r', event.rid, event.t, event.g, event.h] : [CODES[event.kind], event.rid, event.t],
  );
  return { id, events, card: record.card ?? null, lastGrade: record.lastGrade ?? null, hash: record.hash ?? null, suspended: record.suspended };
}

export class InvalidStateDataError extends Error {}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new InvalidStateDataError(`invalid snapshot: ${what}`);
}

export function decodeQuestion(value: unknown): [string, QuestionRecord] {
  check(typeof value === 'object' && value !== null, 'question');
  const { id, events, card, lastGrade, hash, suspended } = value as Record<string, unknown>;
  check(typeof id === 'string' && Array.isArray(events), 'question id or events');
  check((lastGrade === null || isGrade(lastGrade)) && (hash === null || typeof hash === 'string'), 'question grade or hash');
  check(typeof suspended === 'boolean', 'question suspended');
  const record = newRecord();
  for (const event of events) record.events.push(decodeEvent(event));
  record.card = decodeCard(card);
  record.lastGrade = lastGrade ?? undefined;
  record.hash = hash ?? undefined;
  record.suspended = suspended;
  return [id, record];
}

function decodeEvent(value: unknown): QuestionEvent {
  check(Array.isArray(value), 'event');
  const [code, rid, t, g, h] = value as unknown[];
  check(typeof rid === 'string' && typeof t === 'number' && Number.isFinite(t), 'event key');
  if (code === 'r') {
    check(isGrade(g) && typeof h === 'string', 'review event');
    return { kind: 'review', rid, t, g, h };
  }
  check(code === 'x' || code === 's' || code === 'u', 'event kind');
  return { kind: KINDS[code], rid, t };
}

export function decodeKey(value: unknown): EventKey {
  check(Array.isArray(value), 'reset');
  const [rid, t] = value as unknown[];
  check(typeof rid === 'string' && typeof t === 'number' && Number.isFinite(t), 'reset key');
  return { t, rid };
}

function decodeCard(value: unknown): CardState | undefined {
  if (value === null) return undefined;
  check(typeof value === 'object', 'card');
  const card = value as Record<string, unknown>;
  check(PHASES.includes(card.phase as CardPhase), 'card phase');
  for (const key of CARD_NUMBERS) check(typeof card[key] === 'number' && Number.isFinite(card[key]), `card ${key}`);
  const numbers = Object.fromEntries(CARD_NUMBERS.map((key) => [key, card[key] as number]));
  return { phase: card.phase as CardPhase, ...numbers } as CardState;
}

export function decodeStrings(value: unknown, what: string): string[] {
  check(Array.isArray(value) && value.every((item) => typeof item === 'string'), what);
  return value as string[];
}
