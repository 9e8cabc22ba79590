import type { Grade } from './grade';
import { REVIEW_LOG_SCHEMA, type ReviewEntry } from './logEntries';
import type { CardState, Scheduler } from './scheduler';

/**
 * Events in replay order (time in epoch ms, then rid as the tie-breaker), in parallel columns
 * rather than an object per event: replay keeps 100,000 of them, and every object it keeps is
 * copied by the garbage collector, where JSON.parse's short-lived objects are not.
 */
export interface EventKeys {
  readonly times: number[];
  readonly rids: string[];
}

/** `codes` values: 1 to 4 are a review and its grade. */
export const RESET = 5;
export const SUSPEND = 6;
export const UNSUSPEND = 7;
export type EventCode = Grade | typeof RESET | typeof SUSPEND | typeof UNSUSPEND;

/** One question's own events and what they fold to. Resets of "all" are kept by PracticeState. */
export interface QuestionRecord extends EventKeys {
  /** Undone reviews are removed. */
  readonly codes: EventCode[];
  /** Each review's content hash, '' for other events; a review repeating the one before shares its string. */
  readonly hashes: string[];
  card: CardState | undefined;
  lastGrade: Grade | undefined;
  hash: string | undefined;
  suspended: boolean;
}

export function newRecord(): QuestionRecord {
  return { times: [], rids: [], codes: [], hashes: [], card: undefined, lastGrade: undefined, hash: undefined, suspended: false };
}

export function newEventKeys(): EventKeys {
  return { times: [], rids: [] };
}

/** Orders event `index` of `keys` against (t, rid): negative before it, 0 the same key, positive after. */
export function compareAt(keys: EventKeys, index: number, t: number, rid: string): number {
  const other = keys.rids[index] as string;
  return (keys.times[index] as number) - t || (other < rid ? -1 : other > rid ? 1 : 0);
}

/** Whether (t, rid) comes after every event of `keys`: the usual case, since a log is appended in time order. */
export function isAfterAll(keys: EventKeys, t: number, rid: string): boolean {
  return keys.times.length === 0 || compareAt(keys, keys.times.length - 1, t, rid) < 0;
}

/**
 * Where (t, rid) belongs in `keys`, or -1 when an event with that key is there already: a line read
 * twice has the same (t, rid), so the search that places an event also finds its copy.
 */
export function insertionIndex(keys: EventKeys, t: number, rid: string): number {
  let low = 0;
  let high = keys.times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareAt(keys, middle, t, rid) < 0) low = middle + 1;
    else high = middle;
  }
  return low < keys.times.length && compareAt(keys, low, t, rid) === 0 ? -1 : low;
}

/** Inserts an event at `index` (the end to append). */
export function insertEvent(record: QuestionRecord, index: number, t: number, rid: string, code: EventCode, h: string): void {
  const { times, rids, codes, hashes } = record;
  // Most reviews of a question are of the same text: the old string is kept, the line's copy dies young.
  const hash = index > 0 && hashes[index - 1] === h ? (hashes[index - 1] as string) : h;
  if (index === times.length) {
    times.push(t);
    rids.push(rid);
    codes.push(code);
    hashes.push(hash);
  } else {
    times.splice(index, 0, t);
    rids.splice(index, 0, rid);
    codes.splice(index, 0, code);
    hashes.splice(index, 0, hash);
  }
}

export function removeEvent(record: QuestionRecord, index: number): void {
  for (const column of [record.times, record.rids, record.codes, record.hashes]) column.splice(index, 1);
}

/** Folds one event that comes after everything already folded into the record. */
export function applyEvent(record: QuestionRecord, code: EventCode, t: number, h: string, scheduler: Scheduler): void {
  if (code <= 4) {
    record.card = scheduler.nextAt(record.card, code as Grade, t);
    record.lastGrade = code as Grade;
    record.hash = h;
  } else if (code === RESET) {
    record.card = undefined;
    record.lastGrade = undefined;
    record.hash = undefined;
  } else {
    record.suspended = code === SUSPEND;
  }
}

/** Recomputes the folded state from the record's events, merged with the resets of all questions. */
export function refold(record: QuestionRecord, globalResets: EventKeys, scheduler: Scheduler): void {
  record.card = undefined;
  record.lastGrade = undefined;
  record.hash = undefined;
  record.suspended = false;
  let next = 0;
  for (let i = 0; i < record.times.length; i++) {
    const t = record.times[i] as number;
    const rid = record.rids[i] as string;
    for (; next < globalResets.times.length && compareAt(globalResets, next, t, rid) < 0; next++) {
      applyEvent(record, RESET, globalResets.times[next] as number, '', scheduler);
    }
    applyEvent(record, record.codes[i] as EventCode, t, record.hashes[i] as string, scheduler);
  }
  if (next < globalResets.times.length) applyEvent(record, RESET, 0, '', scheduler);
}

/** Calls `visit` for each review with whether it was the question's first since new or a reset. */
export function forEachReview(
  record: QuestionRecord,
  globalResets: EventKeys,
  visit: (t: number, first: boolean) => void,
): void {
  let first = true;
  let next = 0;
  for (let i = 0; i < record.times.length; i++) {
    const t = record.times[i] as number;
    for (; next < globalResets.times.length && compareAt(globalResets, next, t, record.rids[i] as string) < 0; next++) first = true;
    const code = record.codes[i] as EventCode;
    if (code === RESET) first = true;
    if (code > 4) continue;
    visit(t, first);
    first = false;
  }
}

/** Index of the event with this rid, searching from the end (where an undone review usually is). */
export function lastIndexOfRid(record: QuestionRecord, rid: string): number {
  return record.rids.lastIndexOf(rid);
}

/** The latest review that still shapes a card: not undone and not followed by a reset of its question or of all. */
export function lastUndoableReview(questions: ReadonlyMap<string, QuestionRecord>, globalResets: EventKeys): ReviewEntry | undefined {
  const lastReset = globalResets.times.length - 1;
  let best: { record: QuestionRecord; index: number; questionId: string } | undefined;
  for (const [questionId, record] of questions) {
    const index = lastReviewOrReset(record);
    if (index < 0 || record.codes[index] === RESET) continue;
    const t = record.times[index] as number;
    const rid = record.rids[index] as string;
    if (lastReset >= 0 && compareAt(globalResets, lastReset, t, rid) > 0) continue;
    if (!best || compareAt(best.record, best.index, t, rid) < 0) best = { record, index, questionId };
  }
  if (!best) return undefined;
  const { record, index, questionId } = best;
  const t = new Date(record.times[index] as number).toISOString();
  return { v: REVIEW_LOG_SCHEMA, rid: record.rids[index] as string, q: questionId, h: record.hashes[index] as string, g: record.codes[index] as Grade, t };
}

/** Index of the last event that changes the card (a review or a reset), skipping suspend marks; -1 if none. */
function lastReviewOrReset(record: QuestionRecord): number {
  for (let index = record.codes.length - 1; index >= 0; index--) if ((record.codes[index] as EventCode) <= RESET) return index;
  return -1;
}
