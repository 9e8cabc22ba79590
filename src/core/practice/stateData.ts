import { isGrade, type Grade } from './grade';
import { insertEvent, newRecord, RESET, SUSPEND, UNSUSPEND, type EventCode, type EventKeys, type QuestionRecord } from './questionHistory';
import type { CardPhase, CardState } from './scheduler';

/**
 * One question's history, in columns rather than an object per event: a snapshot of 100,000
 * reviews then parses as a few thousand arrays and strings instead of 100,000 small arrays, which
 * made loading it cost as much as replaying the log.
 */
export interface QuestionData {
  readonly id: string;
  /** The events' rids, in replay order. */
  readonly rids: readonly string[];
  /** The events' times: the first in epoch ms, each later one as the difference to the one before. */
  readonly times: readonly number[];
  /** One character per event: '1' to '4' a review and its grade, 'x' reset, 's' suspend, 'u' unsuspend. */
  readonly kinds: string;
  /** The reviews' content hashes, run-length encoded: [hash, how many reviews in a row]. */
  readonly hashes: readonly (readonly [string, number])[];
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

const PHASES: readonly CardPhase[] = ['learning', 'review', 'relearning'];
const CARD_NUMBERS = ['due', 'stability', 'difficulty', 'reps', 'lapses', 'learningSteps', 'scheduledDays', 'elapsedDays', 'lastReview'] as const;
/** `kinds` characters by event code (index), and back. */
const KIND_CHARS = ' 1234xsu';
const CODE_OF: Readonly<Record<string, EventCode | undefined>> = { x: RESET, s: SUSPEND, u: UNSUSPEND };

export function encodeQuestion(id: string, record: QuestionRecord): QuestionData {
  const times: number[] = [];
  let kinds = '';
  const hashes: [string, number][] = [];
  let previous = 0;
  for (let i = 0; i < record.times.length; i++) {
    const t = record.times[i] as number;
    times.push(t - previous);
    previous = t;
    const code = record.codes[i] as EventCode;
    kinds += KIND_CHARS.charAt(code);
    if (code > 4) continue;
    const h = record.hashes[i] as string;
    const run = hashes.at(-1);
    if (run && run[0] === h) run[1]++;
    else hashes.push([h, 1]);
  }
  return { id, rids: [...record.rids], times, kinds, hashes, card: record.card ?? null, lastGrade: record.lastGrade ?? null, hash: record.hash ?? null, suspended: record.suspended };
}

export class InvalidStateDataError extends Error {}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new InvalidStateDataError(`invalid snapshot: ${what}`);
}

export function decodeQuestion(value: unknown): [string, QuestionRecord] {
  check(typeof value === 'object' && value !== null, 'question');
  const { id, rids, times, kinds, hashes, card, lastGrade, hash, suspended } = value as Record<string, unknown>;
  check(typeof id === 'string' && Array.isArray(rids) && Array.isArray(times) && typeof kinds === 'string' && Array.isArray(hashes), 'question id or events');
  check(rids.length === times.length && kinds.length === rids.length, 'question event columns');
  check((lastGrade === null || isGrade(lastGrade)) && (hash === null || typeof hash === 'string'), 'question grade or hash');
  check(typeof suspended === 'boolean', 'question suspended');
  const record = newRecord();
  let run = -1;
  let left = 0;
  let runHash = '';
  let t = 0;
  for (let i = 0; i < rids.length; i++) {
    const rid: unknown = rids[i];
    const delta: unknown = times[i];
    check(typeof rid === 'string' && typeof delta === 'number' && Number.isFinite(delta), 'event key');
    t += delta;
    const grade = kinds.charCodeAt(i) - 48;
    if (grade >= 1 && grade <= 4) {
      if (left === 0) {
        const next: unknown = hashes[++run];
        check(Array.isArray(next) && typeof next[0] === 'string' && Number.isSafeInteger(next[1]) && (next[1] as number) > 0, 'review hashes');
        runHash = next[0] as string;
        left = next[1] as number;
      }
      left--;
      insertEvent(record, i, t, rid, grade as Grade, runHash);
    } else {
      const code = CODE_OF[kinds.charAt(i)];
      check(code !== undefined, 'event kind');
      insertEvent(record, i, t, rid, code, '');
    }
  }
  check(left === 0 && run === hashes.length - 1, 'review hashes');
  record.card = decodeCard(card);
  record.lastGrade = lastGrade ?? undefined;
  record.hash = hash ?? undefined;
  record.suspended = suspended;
  return [id, record];
}

/** Resets of all questions as the snapshot stores them: [rid, t] pairs. */
export function encodeResets(resets: EventKeys): (readonly [string, number])[] {
  return resets.rids.map((rid, i) => [rid, resets.times[i] as number] as const);
}

/** Appends the snapshot's resets of all questions to `into`. */
export function decodeResets(resets: readonly unknown[], into: EventKeys): void {
  for (const value of resets) {
    check(Array.isArray(value), 'reset');
    const [rid, t] = value as unknown[];
    check(typeof rid === 'string' && typeof t === 'number' && Number.isFinite(t), 'reset key');
    into.times.push(t);
    into.rids.push(rid);
  }
}

function decodeCard(value: unknown): CardState | undefined {
  if (value === null) return undefined;
  check(typeof value === 'object', 'card');
  const card = value as Record<string, unknown>;
  check(PHASES.includes(card.phase as CardPhase), 'card phase');
  for (const key of CARD_NUMBERS) check(typeof card[key] === 'number' && Number.isFinite(card[key]), `card ${key}`);
  const number = (key: (typeof CARD_NUMBERS)[number]): number => card[key] as number;
  // A literal in CardState's key order: the same shape as the scheduler's cards.
  return {
    phase: card.phase as CardPhase,
    due: number('due'),
    stability: number('stability'),
    difficulty: number('difficulty'),
    reps: number('reps'),
    lapses: number('lapses'),
    learningSteps: number('learningSteps'),
    scheduledDays: number('scheduledDays'),
    elapsedDays: number('elapsedDays'),
    lastReview: number('lastReview'),
  };
}

export function decodeStrings(value: unknown, what: string): string[] {
  check(Array.isArray(value) && value.every((item) => typeof item === 'string'), what);
  return value as string[];
}
