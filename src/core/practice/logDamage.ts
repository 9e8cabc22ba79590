import { contentHash } from '../pack/ids';
import type { FileAccess } from '../storage/fileAccess';
import { NewerSchemaError, parseLines } from './logFile';

const NEWLINE = 0x0a;
/** How many times a replace is tried again while other windows keep appending. */
const MAX_ATTEMPTS = 5;
const MAX_BACKUP_NAMES = 10;

/** A log line that could not be read, as the log holds it. */
export interface DamagedLine {
  /** 1-based line number. */
  readonly line: number;
  /**
   * The line number and a hash of its text: the same damage keeps it, a new damaged line (or a
   * line damaged again at the same place) gets another, so a report can be made once per damage.
   */
  readonly fingerprint: string;
  /** Byte range of the line in the file, without its newline. */
  readonly start: number;
  readonly end: number;
}

export interface LogDamage {
  readonly damaged: readonly DamagedLine[];
  /** Set when the log holds lines of a newer schema: then it must not be rewritten. */
  readonly newerSchema: number | undefined;
}

/** What moving the damaged lines did. */
export interface DamageRepair {
  /** Old numbers of the lines moved out of the log (empty: there was nothing to do). */
  readonly movedLines: readonly number[];
  /** The file that now holds them, exactly as they were; undefined when nothing was moved. */
  readonly backupPath: string | undefined;
}

/** The log changed under a repair in a way it cannot take into account; the log was left as it is. */
export class LogChangedError extends Error {
  constructor(readonly file: string, readonly backupPath: string) {
    super(
      `${file} was rewritten (or a line was still being written) while its damaged lines were being moved, so it was left as it is; a copy of those lines is in ${backupPath}. Try again.`,
    );
  }
}

/** The damaged lines of a log's bytes, found by the same rules a load uses (blank lines are fine). */
export function findDamage(bytes: Uint8Array): LogDamage {
  const decoder = new TextDecoder();
  const ranges: { start: number; end: number }[] = [];
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    ranges.push({ start, end });
    start = end + 1;
  }
  const texts = ranges.map(({ start, end }) => decoder.decode(bytes.subarray(start, end)));
  const parsed = parseLines(texts);
  const damaged = parsed.skippedLines.map((line) => {
    const { start, end } = ranges[line - 1] as { start: number; end: number };
    return { line, fingerprint: `${line}:${contentHash(texts[line - 1] as string)}`, start, end };
  });
  return { damaged, newerSchema: parsed.newerSchema };
}

/**
 * Moves the damaged lines of the log at `logPath` into `<name>.damaged-<time>.txt` beside it and
 * takes them out of the log; every other byte of the log stays as it was. The backup is written
 * (and on disk) first. The log is then replaced atomically, and only while it still holds what was
 * read: lines another window appends meanwhile are kept after the good ones, and the replace is
 * tried again. A log with lines of a newer schema is never rewritten (NewerSchemaError).
 */
export async function moveDamagedLines(files: FileAccess, logPath: string, at: Date): Promise<DamageRepair> {
  const original = await files.read(logPath);
  if (original === undefined) return { movedLines: [], backupPath: undefined };
  const { damaged, newerSchema } = findDamage(original);
  if (newerSchema !== undefined) throw new NewerSchemaError(logPath, newerSchema);
  if (damaged.length === 0) return { movedLines: [], backupPath: undefined };

  const backupPath = await writeBackup(files, logPath, original, damaged, at);
  const kept = withoutLines(original, damaged);
  let current: Uint8Array = original;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const appended = current.subarray(original.length);
    if (await files.replaceAtomically(logPath, concat(kept, appended), { current })) {
      return { movedLines: damaged.map(({ line }) => line), backupPath };
    }
    const now = await files.read(logPath);
    // Only appends can be carried over; and a last line without its newline may have been half written.
    const onlyAppended = now !== undefined && startsWith(now, original);
    const lastLineClosed = original.length === 0 || original[original.length - 1] === NEWLINE || now?.[original.length] === NEWLINE;
    if (!onlyAppended || !lastLineClosed) throw new LogChangedError(logPath, backupPath);
    current = now;
  }
  throw new LogChangedError(logPath, backupPath);
}

/**
 * Writes the damaged lines, each after its old line number and a tab, byte for byte (a crash can
 * leave bytes that are not UTF-8), under a name not taken yet.
 */
async function writeBackup(files: FileAccess, logPath: string, log: Uint8Array, damaged: readonly DamagedLine[], at: Date): Promise<string> {
  const encoder = new TextEncoder();
  const name = logPath.replace(/\\/g, '/').split('/').at(-1) ?? logPath;
  const parts: Uint8Array[] = [
    encoder.encode(
      `# Damaged lines moved out of ${name} on ${at.toISOString()} by Interview Coach.\n` +
        '# Each line below is the old line number, a tab, then the line exactly as it was.\n',
    ),
  ];
  for (const { line, start, end } of damaged) parts.push(encoder.encode(`${line}\t`), log.subarray(start, end), Uint8Array.of(NEWLINE));
  const content = concat(...parts);
  const stem = logPath.replace(/\.jsonl$/, '');
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; attempt < MAX_BACKUP_NAMES; attempt++) {
    const target = `${stem}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}.txt`;
    if (await files.replaceAtomically(target, content, { current: undefined })) return target;
  }
  throw new Error(`Could not find a free name for the backup of the damaged lines of ${logPath}.`);
}

/** `bytes` without the given lines and their newlines. */
function withoutLines(bytes: Uint8Array, lines: readonly DamagedLine[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const { start, end } of lines) {
    parts.push(bytes.subarray(from, start));
    from = Math.min(bytes.length, end + 1);
  }
  parts.push(bytes.subarray(from));
  return concat(...parts);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
