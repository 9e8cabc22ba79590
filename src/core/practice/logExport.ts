import { REVIEW_LOG_SCHEMA, untimed, validateEntry, type LogEntry } from './logEntries';
import { parseLines } from './logFile';

const EXPORT_FORMAT = 'interview-coach-review-log';

/** JSON with one entry per line, so an export diffs and merges well in a text tool. */
export function formatExport(entries: readonly LogEntry[], exportedAt: Date): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, v: REVIEW_LOG_SCHEMA, exportedAt: exportedAt.toISOString() }).slice(0, -1);
  return `${head},"entries":[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`;
}

export interface ParsedImport {
  readonly entries: LogEntry[];
  /** Records that are not valid log entries. */
  readonly invalid: number;
  readonly newerSchema: number | undefined;
}

/** Reads an export, a bare JSON array of entries, or a raw JSON Lines review log. */
export function parseImport(text: string): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { entries, skippedLines, newerSchema } = parseLines(text.split('\n'));
    return { entries: entries.map(untimed), invalid: skippedLines.length, newerSchema };
  }
  const record = value as Record<string, unknown> | null;
  if (record?.format === EXPORT_FORMAT && typeof record.v === 'number' && record.v > REVIEW_LOG_SCHEMA) {
    return { entries: [], invalid: 0, newerSchema: record.v };
  }
  const items = Array.isArray(value) ? value : record?.format === EXPORT_FORMAT && Array.isArray(record.entries) ? record.entries : [value];
  const entries: LogEntry[] = [];
  let invalid = 0;
  let newerSchema: number | undefined;
  for (const item of items) {
    const parsed = validateEntry(item);
    if (parsed === undefined) invalid++;
    else if ('newer' in parsed) newerSchema = Math.max(newerSchema ?? 0, parsed.newer);
    else entries.push(untimed(parsed));
  }
  return { entries, invalid, newerSchema };
}
