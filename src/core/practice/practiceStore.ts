import type { FileAccess } from '../storage/fileAccess';
import type { Grade } from './grade';
import { backUpFile } from './logBackup';
import { LogCursor } from './logCursor';
import { findDamage, moveDamagedLines, type DamageRepair, type DamagedLine } from './logDamage';
import { REVIEW_LOG_SCHEMA, newRid, timed, type LogEntry, type ReviewEntry, type ReviewSource } from './logEntries';
import { formatExport, parseImport } from './logExport';
import { NewerSchemaError, chunkEntries, emptyParse, formatEntries, parseLines } from './logFile';
import { PracticeState } from './practiceState';
import { DEFAULT_DESIRED_RETENTION, createScheduler, type GradePreview, type Scheduler, type SchedulerOptions } from './scheduler';

export interface LoadResult {
  readonly state: PracticeState;
  /** 1-based numbers of log lines that could not be read, for a one-time report. */
  readonly skippedLines: readonly number[];
  /** Set when the log holds lines of a newer schema: they are left out and every write is refused. */
  readonly newerSchema: number | undefined;
}

export interface ImportResult {
  readonly added: number;
  /** Entries already in the log (or repeated in the import): importing twice adds nothing. */
  readonly duplicates: number;
  readonly invalid: number;
}

export interface PracticeStoreOptions {
  readonly scheduler?: SchedulerOptions;
  /** Makes the rid of each record written (random UUIDs by default). */
  readonly newId?: () => string;
}

/** A long log is decoded in slices of this many bytes, and parsed this many lines at a time. */
const LOAD_SLICE_BYTES = 256 * 1024;
const PARSE_STEP = 500;
/** While a load works, the host's event loop gets a turn once this many milliseconds have passed. */
const TURN_EVERY_MS = 8;

/**
 * Lets the host's event loop run (Node's next turn; a timer where there is no setImmediate) when
 * TURN_EVERY_MS have passed since the last turn it gave. By the clock rather than by a count, so
 * a busy machine, where the same work takes longer, still gets its turns as often.
 */
function pacer(): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < TURN_EVERY_MS) return;
    await new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
    last = Date.now();
  };
}

/**
 * The practice state over an append-only review log. Every operation first reads what other
 * windows appended, so windows converge; the operations of one store run one at a time. After
 * `load`, only the bytes past the cursor are read (plus a few before it, to notice a replaced
 * file), so a grade costs the same on a log of ten lines and of a hundred thousand.
 */
export class PracticeStore {
  readonly scheduler: Scheduler;
  private current: PracticeState;
  private cursor = new LogCursor();
  private loaded = false;
  private readonly newId: () => string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly files: FileAccess,
    readonly logPath: string,
    private readonly clock: () => Date,
    options: PracticeStoreOptions = {},
  ) {
    this.scheduler = createScheduler(options.scheduler ?? { desiredRetention: DEFAULT_DESIRED_RETENTION });
    this.newId = options.newId ?? newRid;
    this.current = new PracticeState(this.scheduler);
  }

  /** The state as of the last operation (empty before load). */
  get state(): PracticeState {
    return this.current;
  }

  /** Reads and folds the whole log. */
  load(): Promise<LoadResult> {
    return this.exclusive(async () => this.loadFrom(await this.readLog()));
  }

  /** Picks up lines appended since the last read, e.g. by another window. */
  reload(): Promise<LoadResult> {
    return this.synced(async () => this.result());
  }

  grade(questionId: string, hash: string, grade: Grade, source?: ReviewSource): Promise<ReviewEntry> {
    return this.synced(async () => {
      const entry: ReviewEntry = { v: REVIEW_LOG_SCHEMA, rid: this.newId(), q: questionId, h: hash, g: grade, t: this.now(), ...(source ? { s: source } : {}) };
      await this.write([entry]);
      return entry;
    });
  }

  /** Reverts the latest review not yet undone (and not wiped by a reset); returns it, if any. */
  undoLast(): Promise<ReviewEntry | undefined> {
    return this.synced(async () => {
      const target = this.current.lastUndoable();
      if (target) await this.write([{ v: REVIEW_LOG_SCHEMA, rid: this.newId(), k: 'undo', r: target.rid, t: this.now() }]);
      return target;
    });
  }

  suspend(questionId: string): Promise<void> {
    return this.synced(() => this.write([{ v: REVIEW_LOG_SCHEMA, rid: this.newId(), k: 'suspend', q: questionId, t: this.now() }]));
  }

  unsuspend(questionId: string): Promise<void> {
    return this.synced(() => this.write([{ v: REVIEW_LOG_SCHEMA, rid: this.newId(), k: 'unsuspend', q: questionId, t: this.now() }]));
  }

  /**
   * Forgets the progress of the given questions (a topic: its question ids) or of all. First
   * copies the log to `<log>.backup-<time>` and returns that path (undefined when there was no log).
   */
  reset(questionIds: readonly string[] | 'all'): Promise<string | undefined> {
    return this.synced(async () => {
      if (questionIds !== 'all' && questionIds.length === 0) return undefined;
      this.assertWritable();
      const backup = this.cursor.size > 0 ? await backUpFile(this.files, this.logPath, this.clock()) : undefined;
      const q = questionIds === 'all' ? 'all' : [...new Set(questionIds)];
      await this.write([{ v: REVIEW_LOG_SCHEMA, rid: this.newId(), k: 'reset', q, t: this.now() }]);
      return backup;
    });
  }

  /** The log's damaged lines as it is now, each with a fingerprint, so a report can be made once per damage. */
  damagedLines(): Promise<readonly DamagedLine[]> {
    return this.exclusive(async () => findDamage(await this.readLog()).damaged);
  }

  /**
   * Moves the log's damaged lines into a backup file beside it (see logDamage.ts), then reads the
   * log again. Refused, like every write, when the log holds lines of a newer schema.
   */
  moveDamagedLines(): Promise<DamageRepair> {
    return this.synced(async () => {
      this.assertWritable();
      const repair = await moveDamagedLines(this.files, this.logPath, this.clock());
      if (repair.backupPath !== undefined) await this.loadFrom(await this.readLog());
      return repair;
    });
  }

  /** What each grade would schedule for the question now, for labels such as "Good: 3 d". */
  preview(questionId: string): Readonly<Record<Grade, GradePreview>> {
    return this.scheduler.preview(this.current.card(questionId), this.clock());
  }

  /** Every entry of the log, once each, in replay order, as JSON (see logExport.ts). */
  exportEntries(): Promise<string> {
    return this.synced(async () => {
      this.assertWritable();
      return formatExport(this.current.entries(), this.clock());
    });
  }

  /** Merges an export, a JSON array of entries or a raw log into this log: the union by rid. */
  importEntries(text: string): Promise<ImportResult> {
    const parsed = parseImport(text);
    if (parsed.newerSchema !== undefined) return Promise.reject(new NewerSchemaError('the imported file', parsed.newerSchema));
    return this.synced(async () => {
      const fresh = new Map<string, LogEntry>();
      for (const entry of parsed.entries) if (!this.current.has(entry.rid) && !fresh.has(entry.rid)) fresh.set(entry.rid, entry);
      await this.write([...fresh.values()]);
      return { added: fresh.size, duplicates: parsed.entries.length - fresh.size, invalid: parsed.invalid };
    });
  }

  /** Parses the whole log and folds it, letting the host run between steps; shown only once complete. */
  private async loadFrom(bytes: Uint8Array): Promise<LoadResult> {
    this.loaded = false;
    const cursor = new LogCursor();
    const turn = pacer();
    let parsed = emptyParse();
    for (let end = 0; end < bytes.length; ) {
      // A slice ends just past a newline (or at the end), so no line is split between two.
      const newline = bytes.indexOf(0x0a, end + LOAD_SLICE_BYTES - 1);
      end = newline === -1 ? bytes.length : newline + 1;
      const { lines, firstLine } = cursor.take(bytes.subarray(0, end), 0);
      for (let i = 0; i < lines.length; i += PARSE_STEP) {
        parsed = parseLines(lines.slice(i, i + PARSE_STEP), firstLine + i, parsed);
        await turn();
      }
    }
    cursor.record(parsed);
    const state = new PracticeState(this.scheduler);
    const steps = state.addInSteps(parsed.entries);
    while (!steps.next().done) await turn();
    this.cursor = cursor;
    this.current = state;
    this.loaded = true;
    return this.result();
  }

  /**
   * Runs `task` exclusively after applying the log's unread lines. Reads only from the cursor on;
   * starts over with the whole file when it was replaced or shrank.
   */
  private synced<T>(task: () => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      const offset = this.cursor.readOffset;
      const tail = this.loaded ? ((await this.files.readFrom(this.logPath, offset)) ?? new Uint8Array()) : undefined;
      if (tail && this.cursor.continues(tail, offset)) {
        const { lines, firstLine } = this.cursor.take(tail, offset);
        const parsed = parseLines(lines, firstLine);
        this.cursor.record(parsed);
        this.current.add(parsed.entries);
      } else {
        await this.loadFrom(await this.readLog());
      }
      return task();
    });
  }

  /** Appends entries, then applies them. Nothing is ever rewritten. */
  private async write(entries: readonly LogEntry[]): Promise<void> {
    this.assertWritable();
    for (const chunk of chunkEntries(entries)) {
      // After a crash mid-write the file can end inside a line; start a fresh one so ours survive.
      await this.files.append(this.logPath, `${this.cursor.endsWithNewline ? '' : '\n'}${formatEntries(chunk)}`);
      this.cursor.endsWithNewline = true;
      this.current.add(chunk.map(timed));
    }
  }

  private assertWritable(): void {
    const newer = this.cursor.newerSchema;
    if (newer !== undefined) throw new NewerSchemaError(this.logPath, newer);
  }

  private async readLog(): Promise<Uint8Array> {
    return (await this.files.read(this.logPath)) ?? new Uint8Array();
  }

  private result(): LoadResult {
    const { skippedLines, newerSchema } = this.cursor;
    return { state: this.current, skippedLines, newerSchema };
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
