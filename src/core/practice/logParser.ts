import { validateEntry, type LogEntry } from './logEntries';

export interface ParsedLog {
  /** The entries read, in file order; empty when they went to an `onEntry` callback instead. */
  readonly entries: LogEntry[];
  /** 1-based line numbers that could not be read (a crash mid-write or a hand edit). */
  readonly skippedLines: number[];
  /** Set when a line was written by a newer version of the extension. */
  readonly newerSchema: number | undefined;
  /** Newline-terminated lines read; an unfinished last line is parsed but not counted. */
  readonly completeLines: number;
}

export interface ParsedLogBytes extends ParsedLog {
  /** Byte offset just past the last newline: where the next incremental read starts. */
  readonly endOffset: number;
  /** True when the bytes are empty or end with a newline, so an append starts on a fresh line. */
  readonly endsWithNewline: boolean;
}

const NEWLINE = 0x0a;

/** Receives each entry as it is read, instead of collecting them (no array of 100,000 entries to keep). */
export type EntrySink = (entry: LogEntry) => void;

/** Parses the log from byte `start`, numbering its first line `firstLine`. */
export function parseLogBytes(bytes: Uint8Array, start = 0, firstLine = 1, onEntry?: EntrySink): ParsedLogBytes {
  const tail = bytes.subarray(start);
  // '\n' is one byte in UTF-8 and never part of a multi-byte sequence, so byte offsets stay exact.
  const lastNewline = tail.lastIndexOf(NEWLINE);
  const parsed = parseLogText(new TextDecoder().decode(tail), firstLine, onEntry);
  return {
    ...parsed,
    endOffset: start + lastNewline + 1,
    endsWithNewline: tail.length === 0 ? start === 0 || bytes[start - 1] === NEWLINE : tail[tail.length - 1] === NEWLINE,
  };
}

export function parseLogText(text: string, firstLine = 1, onEntry?: EntrySink): ParsedLog {
  const entries: LogEntry[] = [];
  const skippedLines: number[] = [];
  let newerSchema: number | undefined;
  const take = (entry: ReturnType<typeof validateEntry>, index: number): void => {
    if (entry === undefined) {
      skippedLines.push(firstLine + index);
    } else if ('newer' in entry) {
      newerSchema = Math.max(newerSchema ?? 0, entry.newer);
    } else if (onEntry) {
      onEntry(entry);
    } else {
      entries.push(entry);
    }
  };
  const lines = new LineReader(text);
  while (!lines.done) {
    const first = lines.index;
    const values = lines.batch();
    if (values) {
      for (let k = 0; k < values.length; k++) take(validateEntry(values[k]), first + k);
      continue;
    }
    const line = lines.next();
    if (line.charCodeAt(0) !== 123 /* { */ && !line.trim()) continue;
    take(parseLine(line), first);
  }
  return { entries, skippedLines, newerSchema, completeLines: lines.index - 1 };
}

/** Lines parsed by one JSON.parse call: one call per line costs more than the parsing itself. */
const BATCH_LINES = 128;

/** The lines of a text, as `split('\n')` gives them, read one at a time or in batches of whole objects. */
class LineReader {
  /** Index of the next line (0-based); after the last one, the number of lines. */
  index = 0;
  done = false;
  private at = 0;
  /** Where the first `}` at or after `at` is (text.length if none): found once, however many lines ask. */
  private brace = -1;

  constructor(private readonly text: string) {}

  next(): string {
    const end = this.lineEnd(this.at);
    const line = this.text.slice(this.at, end);
    this.moveTo(end);
    return line;
  }

  /**
   * The values of the next lines while each starts with `{` and its only `}` ends it, or undefined
   * (nothing read) when fewer than two such lines follow or they are not one object per line. For
   * such lines, `[line1,line2,…]` parses to as many values as lines only when each line is one
   * whole object on its own (a value can only close at a line's end, and each line opens one), so
   * the count check proves the batch equals parsing each line alone.
   */
  batch(): unknown[] | undefined {
    const { text } = this;
    const start = this.at;
    let end = start;
    let count = 0;
    while (count < BATCH_LINES && end < text.length && text.charCodeAt(end) === 123 /* { */) {
      const lineEnd = this.lineEnd(end);
      if (this.braceFrom(end) !== lineEnd - 1) break;
      count++;
      end = lineEnd + 1;
    }
    if (count < 2) return undefined;
    const values = parseBatch(text.slice(start, end - 1), count);
    if (values) {
      this.index += count - 1;
      this.moveTo(end - 1);
    }
    return values;
  }

  private lineEnd(from: number): number {
    const newline = this.text.indexOf('\n', from);
    return newline === -1 ? this.text.length : newline;
  }

  private braceFrom(from: number): number {
    if (this.brace < from) {
      const found = this.text.indexOf('}', from);
      this.brace = found === -1 ? this.text.length : found;
    }
    return this.brace;
  }

  /** Moves past the line ending at `end` (a newline or the end of the text). */
  private moveTo(end: number): void {
    this.index++;
    if (end >= this.text.length) this.done = true;
    this.at = end + 1;
  }
}

/** The values of `count` newline-separated lines, or undefined unless they parse to one value per line. */
function parseBatch(lines: string, count: number): unknown[] | undefined {
  try {
    const values: unknown = JSON.parse(`[${lines.replaceAll('\n', ',')}]`);
    return Array.isArray(values) && values.length === count ? values : undefined;
  } catch {
    return undefined;
  }
}

function parseLine(line: string): ReturnType<typeof validateEntry> {
  // Only objects are entries; checking first spares a thrown exception per line of garbage.
  if (line.charCodeAt(0) !== 123 /* { */ && !line.trimStart().startsWith('{')) return undefined;
  try {
    return validateEntry(JSON.parse(line));
  } catch {
    return undefined;
  }
}
