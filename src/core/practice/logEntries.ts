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
  if (v !== REVIEW_LOG_SCHEMA || !isNonEmptyString(rid) || typeof t !== 'string' || Number.isNaN(rememberTime(t))) return undefined;
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

const DAY_MS = 86_400_000;
const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * The last time parsed and its string. Replay parses each line's time twice in a row: here to
 * validate the entry, then to apply it, given the very same string.
 */
let lastTimeString = '';
let lastTime = Number.NaN;

/**
 * `Date.parse(t)` for the form the log is written in (`toISOString()`: YYYY-MM-DDTHH:mm:ss.sssZ,
 * years 1970-9999) computed from the digits, several times faster; any other string goes to
 * Date.parse.
 */
export function parseTime(t: string): number {
  return t === lastTimeString ? lastTime : rememberTime(t);
}

/** parseTime without the look at the last one (validateEntry's strings are always new). */
function rememberTime(t: string): number {
  lastTime = parseTimeUncached(t);
  lastTimeString = t;
  return lastTime;
}

function parseTimeUncached(t: string): number {
  if (
    t.length !== 24 ||
    t.charCodeAt(4) !== 45 /* - */ ||
    t.charCodeAt(7) !== 45 ||
    t.charCodeAt(10) !== 84 /* T */ ||
    t.charCodeAt(13) !== 58 /* : */ ||
    t.charCodeAt(16) !== 58 ||
    t.charCodeAt(19) !== 46 /* . */ ||
    t.charCodeAt(23) !== 90 /* Z */
  ) {
    return Date.parse(t);
  }
  const century = twoDigits(t, 0);
  const yearOfCentury = twoDigits(t, 2);
  const year = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
  const month = twoDigits(t, 5);
  const day = twoDigits(t, 8);
  const hour = twoDigits(t, 11);
  const minute = twoDigits(t, 14);
  const second = twoDigits(t, 17);
  const centiseconds = twoDigits(t, 20);
  const lastDigit = t.charCodeAt(22) - 48;
  const ms = centiseconds < 0 || (lastDigit | (9 - lastDigit)) < 0 ? -1 : centiseconds * 10 + lastDigit;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  // Anything unusual (24:00, a 31st of April, years before 1970) is left to Date.parse, whatever it makes of it.
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > monthDays || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) {
    return Date.parse(t);
  }
  // Days since 1970-01-01: whole years (with their leap days), then months and days.
  const y = year - 1;
  const leapDays = Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477; // 477 leap days before 1970
  const days = (year - 1970) * 365 + leapDays + (CUMULATIVE_DAYS[month - 1] as number) + (month > 2 && leap ? 1 : 0) + day - 1;
  return days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/**
 * The two-digit number at `t[index]`, or -1 when either character is not a digit (`d | (9 - d)` is
 * negative exactly when d is outside 0-9). Each character is read once: charCodeAt is the costly part.
 */
function twoDigits(t: string, index: number): number {
  const tens = t.charCodeAt(index) - 48;
  const ones = t.charCodeAt(index + 1) - 48;
  return (tens | (9 - tens) | ones | (9 - ones)) < 0 ? -1 : tens * 10 + ones;
}

/**
 * The entries in replay order, a sorted copy: time, then rid, so interleaved appends from two
 * windows replay the same everywhere.
 */
export function sortForReplay(entries: readonly LogEntry[]): LogEntry[] {
  return replayOrder(entries).map((index) => entries[index] as LogEntry);
}

/**
 * Indexes of `entries` in replay order, with each entry's time in `times` (filled in here). A log
 * is appended in time order, so the usual input is already sorted: checked in one pass first.
 */
export function replayOrder(entries: readonly LogEntry[], times: number[] = []): number[] {
  const order: number[] = new Array<number>(entries.length);
  let sorted = true;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as LogEntry;
    const t = parseTime(entry.t);
    times[i] = t;
    order[i] = i;
    if (sorted && i > 0) {
      const previous = entries[i - 1] as LogEntry;
      const before = times[i - 1] as number;
      if (t < before || (t === before && previous.rid > entry.rid)) sorted = false;
    }
  }
  if (sorted) return order;
  return order.sort((a, b) => {
    const ea = entries[a] as LogEntry;
    const eb = entries[b] as LogEntry;
    return (times[a] as number) - (times[b] as number) || (ea.rid < eb.rid ? -1 : ea.rid > eb.rid ? 1 : 0);
  });
}
