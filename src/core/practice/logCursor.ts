import type { LogEntry } from './logEntries';
import { parseLogBytes } from './logParser';
import type { LogCoverage } from './snapshot';

const NEWLINE = 0x0a;

/**
 * How far one window has read the append-only log and what it found there, so each read only
 * parses the lines added since. An unfinished last line is parsed but read again next time, in
 * case it was caught mid-write.
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

  constructor(covered?: LogCoverage) {
    if (!covered) return;
    this.bytes = covered.bytes;
    this.lines = covered.lines;
    this.skipped = [...covered.skippedLines];
  }

  /** 1-based numbers of the corrupt lines read so far, including an unfinished last one. */
  get skippedLines(): number[] {
    return [...this.skipped, ...this.pendingSkipped];
  }

  /** Corrupt lines before `bytes` only: what a snapshot taken now covers. */
  get settledSkippedLines(): readonly number[] {
    return this.skipped;
  }

  /** False when the file no longer starts with what was read: it was replaced, not appended to. */
  continues(log: Uint8Array): boolean {
    return log.length >= this.bytes && (this.bytes === 0 || log[this.bytes - 1] === NEWLINE);
  }

  /** Parses what `log` holds past the cursor, moves past its complete lines and returns its entries. */
  advance(log: Uint8Array): LogEntry[] {
    const parsed = parseLogBytes(log, this.bytes, this.lines + 1);
    const lastComplete = this.lines + parsed.completeLines;
    this.pendingSkipped = [];
    // A loop, not push(...lines): a log of garbage can have more lines than a call takes arguments.
    for (const line of parsed.skippedLines) (line <= lastComplete ? this.skipped : this.pendingSkipped).push(line);
    if (parsed.newerSchema !== undefined) this.newerSchema = Math.max(this.newerSchema ?? 0, parsed.newerSchema);
    this.bytes = parsed.endOffset;
    this.lines = lastComplete;
    this.size = log.length;
    this.endsWithNewline = parsed.endsWithNewline;
    return parsed.entries;
  }
}
