import type { FileAccess } from '../storage/fileAccess';
import type { Grade } from './grade';
import { REVIEW_LOG_SCHEMA, newRid, type LogEntry, type ReviewEntry } from './logEntries';
import { parseLogBytes, parseLogText } from './logParser';

export { GRADES, GRADE_NAMES, isGrade, type Grade } from './grade';
export {
  REVIEW_LOG_SCHEMA,
  isReview,
  type LogEntry,
  type ResetEntry,
  type ReviewEntry,
  type SuspendEntry,
  type UndoEntry,
} from './logEntries';

export interface ReplayResult {
  readonly entries: readonly LogEntry[];
  /** 1-based line numbers that could not be read (a crash mid-write or a hand edit). */
  readonly skippedLines: readonly number[];
  /** Set when the log was written by a newer version of the extension. */
  readonly newerSchema: number | undefined;
}

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

/** The bare append-only file. PracticeStore builds the practice state on top of it. */
export class ReviewLog {
  constructor(
    private readonly files: FileAccess,
    readonly path: string,
    private readonly newId: () => string = newRid,
  ) {}

  async append(questionId: string, hash: string, grade: Grade, at: Date): Promise<ReviewEntry> {
    const bytes = await this.files.read(this.path);
    const current = parseLogBytes(bytes ?? new Uint8Array());
    if (current.newerSchema !== undefined) throw new NewerSchemaError(this.path, current.newerSchema);
    const entry: ReviewEntry = { v: REVIEW_LOG_SCHEMA, rid: this.newId(), q: questionId, h: hash, g: grade, t: at.toISOString() };
    // After a crash mid-write the file can end inside a line; start a fresh one so this entry survives.
    await this.files.append(this.path, `${current.endsWithNewline ? '' : '\n'}${formatEntries([entry])}`);
    return entry;
  }

  async read(): Promise<ReplayResult> {
    const bytes = await this.files.read(this.path);
    return parseReviewLog(bytes ? new TextDecoder().decode(bytes) : '');
  }
}

export function parseReviewLog(text: string): ReplayResult {
  const { entries, skippedLines, newerSchema } = parseLogText(text);
  return { entries, skippedLines, newerSchema };
}
