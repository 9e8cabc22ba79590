import type { ParsedLines } from './logFile';

/** How many bytes before the cursor are kept to recognise the same file on the next read. */
const ANCHOR_BYTES = 64;
const NEWLINE = 0x0a;

/**
 * How far a store has read the append-only log, so each read fetches and parses only the bytes
 * added since (from `readOffset`), and notices a file that was replaced or shrank (`continues`).
 * An unfinished last line is parsed but read again next time, in case it was caught mid-write.
 */
export class LogCursor {
  /** Byte offset just past the last newline read. */
  private bytes = 0;
  private lines = 0;
  /** Size of the file at the last read. */
  size = 0;
  endsWithNewline = true;
  newerSchema: number | undefined;
  private skipped: number[] = [];
  private pendingSkipped: number[] = [];
  /** The last bytes before `bytes` (up to ANCHOR_BYTES), as read. */
  private anchor = new Uint8Array();

  /** Where the next read should start: a few bytes before the cursor, to check they are unchanged. */
  get readOffset(): number {
    return this.bytes - this.anchor.length;
  }

  /** 1-based numbers of the corrupt lines read so far, including an unfinished last one. */
  get skippedLines(): number[] {
    return [...this.skipped, ...this.pendingSkipped];
  }

  /** Whether `chunk`, the file's bytes from offset `start`, still holds the bytes just before the cursor. */
  continues(chunk: Uint8Array, start: number): boolean {
    const from = this.bytes - this.anchor.length - start;
    if (from < 0 || chunk.length < from + this.anchor.length) return false;
    for (let i = 0; i < this.anchor.length; i++) if (chunk[from + i] !== this.anchor[i]) return false;
    return true;
  }

  /**
   * The lines `chunk` (the file's bytes from offset `start`) holds past the cursor, and the number
   * of the first; moves past the complete ones. Parse them, then hand the result to `record`.
   */
  take(chunk: Uint8Array, start: number): { readonly lines: string[]; readonly firstLine: number } {
    const tail = chunk.subarray(this.bytes - start);
    // '\n' is one byte in UTF-8 and never part of a multi-byte sequence, so byte offsets stay exact.
    const end = tail.lastIndexOf(NEWLINE) + 1;
    const lines = new TextDecoder().decode(tail).split('\n');
    if (lines.at(-1) === '') lines.pop();
    const firstLine = this.lines + 1;
    if (tail.length > 0) this.endsWithNewline = tail[tail.length - 1] === NEWLINE;
    const newEnd = this.bytes - start + end;
    // A copy: the anchor must not keep a whole file's buffer alive.
    this.anchor = chunk.slice(Math.max(0, newEnd - ANCHOR_BYTES), newEnd);
    this.bytes += end;
    this.lines += lines.length - (end === tail.length ? 0 : 1);
    this.size = start + chunk.length;
    return { lines, firstLine };
  }

  /** Notes what parsing the lines `take` returned found. */
  record(parsed: ParsedLines): void {
    this.pendingSkipped = [];
    for (const line of parsed.skippedLines) (line <= this.lines ? this.skipped : this.pendingSkipped).push(line);
    if (parsed.newerSchema !== undefined) this.newerSchema = Math.max(this.newerSchema ?? 0, parsed.newerSchema);
  }
}
