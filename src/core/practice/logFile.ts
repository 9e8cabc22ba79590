import { validateEntry, type LogEntry, type TimedEntry } from './logEntries';

/** Thrown by every write to a log (or import of a file) written by a newer schema. */
export class NewerSchemaError extends Error {
  constructor(readonly file: string, readonly schema: number) {
    super(`${file} was written by a newer Interview Coach (log schema ${schema}); update the extension to use it.`);
  }
}

/** What a read of log lines found. */
export interface ParsedLines {
  readonly entries: TimedEntry[];
  /** 1-based line numbers that could not be read (a crash mid-write or a hand edit). */
  readonly skippedLines: number[];
  readonly newerSchema: number | undefined;
  /**
   * One copy of each question id and content hash read: a long log repeats them on most lines,
   * and the state keeps every entry.
   */
  readonly strings: Map<string, string>;
}

export function emptyParse(): ParsedLines {
  return { entries: [], skippedLines: [], newerSchema: undefined, strings: new Map() };
}

/** Parses JSON Lines, each line once; `firstLine` numbers the first one. Blank lines are fine. */
export function parseLines(lines: readonly string[], firstLine = 1, into: ParsedLines = emptyParse()): ParsedLines {
  let newerSchema = into.newerSchema;
  const { strings } = into;
  const shared = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.length === 0 || (line.charCodeAt(0) !== 123 /* { */ && !line.trim())) continue;
    let parsed: ReturnType<typeof validateEntry>;
    try {
      parsed = validateEntry(JSON.parse(line), shared);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) into.skippedLines.push(firstLine + i);
    else if ('newer' in parsed) newerSchema = Math.max(newerSchema ?? 0, parsed.newer);
    else into.entries.push(parsed);
  }
  return { ...into, newerSchema };
}

/** Serialises entries as JSON Lines, one object per line. */
export function formatEntries(entries: readonly LogEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

/**
 * Entries split into runs of at most `maxChars` characters of JSON Lines, so that each run can be
 * appended in one write: Node splits larger writes, and another process could land in between.
 */
export function chunkEntries(entries: readonly LogEntry[], maxChars = 64 * 1024): LogEntry[][] {
  const chunks: LogEntry[][] = [];
  let size = 0;
  for (const entry of entries) {
    const length = JSON.stringify(entry).length + 1;
    const last = chunks.at(-1);
    if (last && size + length <= maxChars) {
      last.push(entry);
      size += length;
    } else {
      chunks.push([entry]);
      size = length;
    }
  }
  return chunks;
}
