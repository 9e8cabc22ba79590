import type { Grade } from './grade';
import { REVIEW_LOG_SCHEMA, type ReviewEntry } from './logEntries';
import type { CardState, Scheduler } from './scheduler';

/** Replay position of an event: time in epoch ms, then rid as the tie-breaker. */
export interface EventKey {
  readonly t: number;
  readonly rid: string;
}

export interface ReviewEvent extends EventKey {
  readonly kind: 'review';
  readonly g: Grade;
  readonly h: string;
}

export interface MarkEvent extends EventKey {
  readonly kind: 'reset' | 'suspend' | 'unsuspend';
}

export type QuestionEvent = ReviewEvent | MarkEvent;

/** One question's own events and what they fold to. Resets of "all" are kept by PracticeState. */
export interface QuestionRecord {
  /** In replay order; undone reviews are removed. */
  readonly events: QuestionEvent[];
  card: CardState | undefined;
  lastGrade: Grade | undefined;
  hash: string | undefined;
  suspended: boolean;
}

export function newRecord(): QuestionRecord {
  return { events: [], card: undefined, lastGrade: undefined, hash: undefined, suspended: false };
}

export function compareKeys(a: EventKey, b: EventKey): number {
  return a.t - b.t || (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : 0);
}

/**
 * Where `key` belongs in `list` (sorted by key), or -1 when an item with that key is there already:
 * a line read twice has the same (t, rid), so the search that places an event also finds its copy.
 */
export function insertionIndex(list: readonly EventKey[], key: EventKey): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeys(list[middle] as EventKey, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low < list.length && compareKeys(list[low] as EventKey, key) === 0 ? -1 : low;
}

/** Folds one event that comes after everything already folded into the record. */
export function applyEvent(record: QuestionRecord, event: QuestionEvent, scheduler: Scheduler): void {
  switch (event.kind) {
    case 'review':
      record.card = scheduler.nextAt(record.card, event.g, event.t);
      record.lastGrade = event.g;
      record.hash = event.h;
      break;
    case 'reset':
      record.card = undefined;
      record.lastGrade = undefined;
      record.hash = undefined;
      break;
    case 'suspend':
    case 'unsuspend':
      record.suspended = event.kind === 'suspend';
      break;
  }
}

/** The record's events merged with the global resets, in replay order. */
export function* mergedEvents(record: QuestionRecord, globalResets: readonly EventKey[]): Generator<QuestionEvent> {
  let next = 0;
  for (const event of record.events) {
    for (; next < globalResets.length && compareKeys(globalResets[next] as EventKey, event) < 0; next++) {
      yield { ...(globalResets[next] as EventKey), kind: 'reset' };
    }
    yield event;
  }
  for (; next < globalResets.length; next++) yield { ...(globalResets[next] as EventKey), kind: 'reset' };
}

/** Recomputes the folded state from the record's events alone. */
export function refold(record: QuestionRecord, globalResets: readonly EventKey[], scheduler: Scheduler): void {
  Object.assign(record, { ...newRecord(), events: record.events });
  for (const event of mergedEvents(record, globalResets)) applyEvent(record, event, scheduler);
}

/**
 * Calls `visit` for each review with whether it was the question's first since new or a reset.
 * A plain merge, not mergedEvents: it runs for every question when a snapshot loads.
 */
export function forEachReview(
  record: QuestionRecord,
  globalResets: readonly EventKey[],
  visit: (t: number, first: boolean) => void,
): void {
  let first = true;
  let next = 0;
  for (const event of record.events) {
    for (; next < globalResets.length && compareKeys(globalResets[next] as EventKey, event) < 0; next++) first = true;
    if (event.kind === 'reset') first = true;
    if (event.kind !== 'review') continue;
    visit(event.t, first);
    first = false;
  }
}

/** Index of the event with this rid, searching from the end (where an undone review usually is). */
export function lastIndexOfRid(events: readonly QuestionEvent[], rid: string): number {
  for (let i = events.length - 1; i >= 0; i--) if ((events[i] as QuestionEvent).rid === rid) return i;
  return -1;
}

/** The latest review that still shapes a card: not undone and not followed by a reset of its question or of all. */
export function lastUndoableReview(questions: ReadonlyMap<string, QuestionRecord>, globalResets: readonly EventKey[]): ReviewEntry | undefined {
  const lastGlobalReset = globalResets.at(-1);
  let best: { event: ReviewEvent; questionId: string } | undefined;
  for (const [questionId, record] of questions) {
    const event = lastReviewOrReset(record.events);
    if (event?.kind !== 'review' || (lastGlobalReset && compareKeys(event, lastGlobalReset) < 0)) continue;
    if (!best || compareKeys(event, best.event) > 0) best = { event, questionId };
  }
  if (!best) return undefined;
  const { event, questionId } = best;
  return { v: REVIEW_LOG_SCHEMA, rid: event.rid, q: questionId, h: event.h, g: event.g, t: new Date(event.t).toISOString() };
}

/** The last event that changes the card (a review or a reset), skipping suspend marks. */
function lastReviewOrReset(events: readonly QuestionEvent[]): QuestionEvent | undefined {
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index] as QuestionEvent;
    if (event.kind === 'review' || event.kind === 'reset') return event;
  }
  return undefined;
}

export function latestKey(a: EventKey | undefined, b: EventKey | undefined): EventKey | undefined {
  if (!a || !b) return a ?? b;
  return compareKeys(a, b) >= 0 ? a : b;
}
