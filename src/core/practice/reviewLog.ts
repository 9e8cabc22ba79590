import type { FileAccess } from '../storage/fileAccess';

export const REVIEW_LOG_SCHEMA = 1;

export type Grade = 1 | 2 | 3 | 4;
export const GRADE_NAMES: Readonly<Record<Grade, string>> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export function isGrade(value: unknown): value is Grade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** One line of the review log (JSON Lines). Short keys keep a long history small. */
export interface ReviewEntry {
  /** Schema version. */
  readonly v: number;
  /** Unique id of this review, so merges and two windows never count it twice. */
  readonly rid: string;
  /** Question id. */
  readonly q: string;
  /** Content hash of the question when it was graded. */
  readonly h: string;
  readonly g: Grade;
  /** ISO time of the grade. */
  readonly t: string;
}

export interface ReplayResult {
  readonly entries: readonly ReviewEntry[];
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

export class ReviewLog {
  constructor(
    private readonly files: FileAccess,
    readonly path: string,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async append(questionId: string, hash: string, grade: Grade, at: Date): Promise<ReviewEntry> {
    const current = await this.read();
    if (current.newerSchema !== undefined) throw new NewerSchemaError(this.path, current.newerSchema);
    const entry: ReviewEntry = { v: REVIEW_LOG_SCHEMA, rid: this.newId(), q: questionId, h: hash, g: grade, t: at.toISOString() };
    await this.files.append(this.path, `${JSON.stringify(entry)}\n`);
    return entry;
  }

  async read(): Promise<ReplayResult> {
    const bytes = await this.files.read(this.path);
    return parseReviewLog(bytes ? new TextDecoder().decode(bytes) : '');
  }
}

export function parseReviewLog(text: string): ReplayResult {
  const entries: ReviewEntry[] = [];
  const skippedLines: number[] = [];
  let newerSchema: number | undefined;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const entry = parseEntry(line);
    if (entry === 'newer') {
      newerSchema = Math.max(newerSchema ?? 0, schemaOf(line));
    } else if (entry) {
      entries.push(entry);
    } else {
      skippedLines.push(index + 1);
    }
  }
  return { entries, skippedLines, newerSchema };
}

function parseEntry(line: string): ReviewEntry | 'newer' | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.v === 'number' && record.v > REVIEW_LOG_SCHEMA) return 'newer';
  if (record.v !== REVIEW_LOG_SCHEMA) return undefined;
  const { rid, q, h, g, t } = record;
  if (typeof rid !== 'string' || typeof q !== 'string' || typeof h !== 'string' || !isGrade(g) || typeof t !== 'string') return undefined;
  if (Number.isNaN(Date.parse(t))) return undefined;
  return { v: REVIEW_LOG_SCHEMA, rid, q, h, g, t };
}

function schemaOf(line: string): number {
  return Number((JSON.parse(line) as { v: number }).v);
}

