import type { LogEntry } from './logEntries';

/** Thrown by every write to a log (or import of a file) written by a newer schema. */
export class NewerSchemaError extends Error {
  constructor(readonly file: string, readonly schema: number) {
    super(`${file} was written by a newer Interview Coach (log schema ${schema}); update the extension to use it.`);
  }
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
