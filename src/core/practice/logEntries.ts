import { isGrade, type Grade } from './grade';

export const REVIEW_LOG_SCHEMA = 1;

/**
 * Fields every log line has. Short keys keep a long history small. Nothing is ever deleted:
 * undo and reset are records of their own, appended like grades.
 */
interface EntryBase {
  /** Schema version. */
  readonly v: number;
  /** Unique id of this record, so merges, imports and two windows never count it twice. */
  readonly rid: string;
  /** ISO time of the action; replay orders by (t, rid). */
  readonly t: string;
}

/** A grade. Lines without `k` are reviews (the only kind the first logs had); they are written without it. */
export interface ReviewEntry extends EntryBase {
  readonly k?: 'review';
  /** Question id. */
  readonly q: string;
  /** Content hash of the question when it was graded. */
  readonly h: string;
  readonly g: Grade;
}

/** Reverts the review whose rid is `r`, wherever it sits in the history. */
export interface UndoEntry extends EntryBase {
  readonly k: 'undo';
  readonly r: string;
}

export interface SuspendEntry extends EntryBase {
  readonly k: 'suspend' | 'unsuspend';
  readonly q: string;
}

/** Forgets the progress of the listed questions (a topic is sent as its question ids) or of all of them. */
export interface ResetEntry extends EntryBase {
  readonly k: 'reset';
  readonly q: readonly string[] | 'all';
}

export type LogEntry = ReviewEntry | UndoEntry | SuspendEntry | ResetEntry;

export function isReview(entry: LogEntry): entry is ReviewEntry {
  return entry.k === undefined || entry.k === 'review';
}

/** A random id; falls back to time + Math.random where Web Crypto is missing (older hosts). */
export function newRid(): string {
  const webCrypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (webCrypto?.randomUUID) return webCrypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** An entry, `{ newer: v }` for a record of a newer schema, or undefined when it is not a valid record. */
export function validateEntry(value: unknown): LogEntry | { readonly newer: number } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const { v, rid, t, k, q } = record;
  if (typeof v === 'number' && v > REVIEW_LOG_SCHEMA) return { newer: v };
  if (v !== REVIEW_LOG_SCHEMA || !isNonEmptyString(rid) || typeof t !== 'string' || Number.isNaN(Date.parse(t))) return undefined;
  switch (k) {
    case undefined:
    case 'review': {
      const { h, g } = record;
      if (!isNonEmptyString(q) || typeof h !== 'string' || !isGrade(g)) return undefined;
      // Normalised without `k`: with or without it, it is the same record.
      return { v: REVIEW_LOG_SCHEMA, rid, q, h, g, t };
    }
    case 'undo':
      return isNonEmptyString(record.r) ? { v: REVIEW_LOG_SCHEMA, rid, k, r: record.r, t } : undefined;
    case 'suspend':
    case 'unsuspend':
      return isNonEmptyString(q) ? { v: REVIEW_LOG_SCHEMA, rid, k, q, t } : undefined;
    case 'reset':
      if (q === 'all') return { v: REVIEW_LOG_SCHEMA, rid, k, q, t };
      return Array.isArray(q) && q.every(isNonEmptyString) ? { v: REVIEW_LOG_SCHEMA, rid, k, q: [...q], t } : undefined;
    default:
      return undefined;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * The entries in replay order, a sorted copy: time, then rid, so interleaved appends from two
 * windows replay the same everywhere.
 */
export function sortForReplay(entries: readonly LogEntry[]): LogEntry[] {
  return entries
    .map((entry): Timed => [Date.parse(entry.t), entry])
    .sort(compareTimed)
    .map(([, entry]) => entry);
}

type Timed = readonly [number, LogEntry];

function compareTimed([ta, a]: Timed, [tb, b]: Timed): number {
  return ta - tb || (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : 0);
}
