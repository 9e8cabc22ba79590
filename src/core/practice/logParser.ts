import { validateEntry, type LogEntry } from './logEntries';
import { LineReader } from './logLines';

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

/** '\n' as a byte. */
export const NEWLINE = 0x0a;

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

function parseLine(line: string): ReturnType<typeof validateEntry> {
  // Only objects are entries; checking first spares a thrown exception per line of garbage.
  if (line.charCodeAt(0) !== 123 /* { */ && !line.trimStart().startsWith('{')) return undefined;
  try {
    return validateEntry(JSON.parse(line));
  } catch {
    return undefined;
  }
}
