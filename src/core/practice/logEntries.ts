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
  /**
   * Set when the review was not one the schedule asked for: 'ahead' = graded before it was due,
   * 'plan' = brought forward by the interview plan, 'mock' = graded in a mock interview.
   */
  readonly s?: ReviewSource;
}

export type ReviewSource = 'ahead' | 'plan' | 'mock';
const REVIEW_SOURCES: readonly unknown[] = ['ahead', 'plan', 'mock'] satisfies readonly ReviewSource[];

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

/** An entry with its time parsed (epoch ms) in `at`, as the state keeps it: one object per entry. */
export type TimedEntry = LogEntry & { readonly at: number };

/** Replay order: time, then rid, so interleaved appends from two windows replay the same everywhere. */
export function compareTimed(a: TimedEntry, b: TimedEntry): number {
  return a.at - b.at || (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : 0);
}

export function timed(entry: LogEntry): TimedEntry {
  return { ...entry, at: Date.parse(entry.t) };
}

/** The entry as the log holds it, without `at`. */
export function untimed({ at: _at, ...entry }: TimedEntry): LogEntry {
  return entry;
}

/** A random id; falls back to time + Math.random where Web Crypto is missing (older hosts). */
export function newRid(): string {
  const webCrypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (webCrypto?.randomUUID) return webCrypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** A record of a newer schema: left out, and every write is refused. */
export interface NewerRecord {
  readonly newer: number;
}

/**
 * The entry with its time, a newer record, or undefined when `value` is not a valid record.
 * `shared` may hand back an equal string kept before, for question ids and hashes.
 */
export function validateEntry(value: unknown, shared: (text: string) => string = (text) => text): TimedEntry | NewerRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const { v, rid, t, k, q } = record;
  if (typeof v === 'number' && v > REVIEW_LOG_SCHEMA) return { newer: v };
  if (v !== REVIEW_LOG_SCHEMA || !isNonEmptyString(rid) || typeof t !== 'string') return undefined;
  const at = Date.parse(t);
  if (Number.isNaN(at)) return undefined;
  const base = { v: REVIEW_LOG_SCHEMA, rid, t, at };
  switch (k) {
    case undefined:
    case 'review': {
      const { h, g, s } = record;
      if (!isNonEmptyString(q) || typeof h !== 'string' || !isGrade(g)) return undefined;
      // Normalised without `k`: with or without it, it is the same record. A source this version does not know is left out.
      const review = { v: REVIEW_LOG_SCHEMA, rid, q: shared(q), h: shared(h), g, t, at };
      return REVIEW_SOURCES.includes(s) ? { ...review, s: s as ReviewSource } : review;
    }
    case 'undo':
      return isNonEmptyString(record.r) ? { ...base, k, r: record.r } : undefined;
    case 'suspend':
    case 'unsuspend':
      return isNonEmptyString(q) ? { ...base, k, q: shared(q) } : undefined;
    case 'reset':
      if (q === 'all') return { ...base, k, q };
      return Array.isArray(q) && q.every(isNonEmptyString) ? { ...base, k, q: [...q] } : undefined;
    default:
      return undefined;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
