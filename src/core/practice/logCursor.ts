import type { LogEntry } from './logEntries';
import { parseLogBytes, type EntrySink } from './logParser';
import { RunningHash } from './runningHash';
import type { LogCoverage } from './snapshot';

/** How many bytes before the cursor are kept to recognise the same file on the next read. */
const ANCHOR_BYTES = 64;

/**
 * How far one window has read the append-only log and what it found there, so each read only
 * fetches and parses the bytes added since (see `readOffset`). An unfinished last line is parsed
 * but read again next time, in case it was caught mid-write.
 */
export class LogCursor {
  /** Byte offset just past the last newline read. */
  bytes = 0;
  lines = 0;
  newerSchema: number | undefined;
  /** Size of the file at the last read. */
  size = 0;
  endsWithNewline = true;
  private skipped: number[] = [];
  private pendingSkipped: number[] = [];
  /** Hash of the bytes before `bytes`, for the snapshot's coverage. */
  private readonly hash: RunningHash;
  /** The last bytes before `bytes` (up to ANCHOR_BYTES), as read. */
  private anchor = new Uint8Array();

  /** Starts after what a snapshot covers; `hash` must be the hash of exactly those bytes. */
  constructor(covered?: LogCoverage, hash?: RunningHash) {
    this.hash = hash ?? new RunningHash();
    if (!covered) return;
    if (this.hash.length !== covered.bytes) throw new RangeError('the hash does not cover the snapshot');
    this.bytes = covered.bytes;
    this.lines = covered.lines;
    this.skipped = [...covered.skippedLines];
  }

  /** Where the next read should start: a few bytes before the cursor, to check they are unchanged. */
  get readOffset(): number {
    return this.bytes - this.anchor.length;
  }

  /** 1-based numbers of the corrupt lines read so far, including an unfinished last one. */
  get skippedLines(): number[] {
    return [...this.skipped, ...this.pendingSkipped];
  }

  /** What a snapshot taken now covers: the complete lines read, their hash and corrupt lines. */
  coverage(): LogCoverage {
    return { bytes: this.bytes, lines: this.lines, hash: this.hash.digest(), skippedLines: [...this.skipped] };
  }

  /**
   * Whether `chunk`, the file's bytes from offset `start`, continues what was read: false when the
   * bytes just before the cursor changed or are gone (the file was replaced or shrank).
   */
  continues(chunk: Uint8Array, start: number): boolean {
    const from = this.bytes - this.anchor.length - start;
    if (from < 0 || chunk.length < from + this.anchor.length) return false;
    for (let i = 0; i < this.anchor.length; i++) if (chunk[from + i] !== this.anchor[i]) return false;
    return true;
  }

  /**
   * Parses what `chunk` (the file's bytes from offset `start`, at most the cursor) holds past the
   * cursor, moves past its complete lines and returns their entries (or hands each to `onEntry`).
   */
  advance(chunk: Uint8Array, start = 0, onEntry?: EntrySink): LogEntry[] {
    const from = this.bytes - start;
    if (from < 0) throw new RangeError('the chunk starts after the cursor');
    const parsed = parseLogBytes(chunk, from, this.lines + 1, onEntry);
    const lastComplete = this.lines + parsed.completeLines;
    this.pendingSkipped = [];
    // A loop, not push(...lines): a log of garbage can have more lines than a call takes arguments.
    for (const line of parsed.skippedLines) (line <= lastComplete ? this.skipped : this.pendingSkipped).push(line);
    if (parsed.newerSchema !== undefined) this.newerSchema = Math.max(this.newerSchema ?? 0, parsed.newerSchema);
    this.hash.update(chunk, from, parsed.endOffset);
    // A copy: the anchor must not keep a whole file's buffer alive.
    this.anchor = chunk.slice(Math.max(0, parsed.endOffset - ANCHOR_BYTES), parsed.endOffset);
    this.bytes = start + parsed.endOffset;
    this.lines = lastComplete;
    this.size = start + chunk.length;
    this.endsWithNewline = parsed.endsWithNewline;
    return parsed.entries;
  }
}
