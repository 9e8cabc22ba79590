import type { FileAccess } from '../storage/fileAccess';
import type { Grade } from './grade';
import { backUpFile } from './logBackup';
import { LogCursor } from './logCursor';
import { REVIEW_LOG_SCHEMA, newRid, sortForReplay, type LogEntry, type ReviewEntry } from './logEntries';
import { formatExport, parseImport } from './logExport';
import { NEWLINE, parseLogBytes } from './logParser';
import { PracticeState } from './practiceState';
import { NewerSchemaError, chunkEntries, formatEntries } from './logFormat';
import { DEFAULT_DESIRED_RETENTION, createScheduler, type GradePreview, type Scheduler, type SchedulerOptions } from './scheduler';
import { formatSnapshot, parseSnapshot } from './snapshot';
import type { EntryStream } from './entryStream';

export interface LoadResult {
  readonly state: PracticeState;
  /** 1-based numbers of log lines that could not be read, for a one-time report. */
  readonly skippedLines: readonly number[];
  /** Set when the log holds lines of a newer schema: they are left out and every write is refused. */
  readonly newerSchema: number | undefined;
  /** Whether this state started from the snapshot rather than a full replay. */
  readonly fromSnapshot: boolean;
}

export interface ImportResult {
  readonly added: number;
  /** Entries already in the log (or repeated in the import): importing twice adds nothing. */
  readonly duplicates: number;
  readonly invalid: number;
}

export interface PracticeStoreOptions {
  readonly scheduler?: SchedulerOptions;
  readonly snapshotAfterLines?: number;
  /** Bytes of log a load reads between two turns of the event loop (LOAD_SLICE_BYTES). */
  readonly loadSliceBytes?: number;
  /** How a load lets the host run between slices (by default, the next turn of Node's event loop). */
  readonly yieldToHost?: () => Promise<void>;
}

/**
 * A full replay of a long log takes about half a second (100,000 reviews, 13 MB); read in slices
 * of this size, it leaves the extension host's event loop free between them.
 */
export const LOAD_SLICE_BYTES = 1024 * 1024;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Snapshot policy: load, reload and every write first read the log's new lines; once the lines
 * not covered by the snapshot reach this many, the snapshot is rewritten (atomically) to cover
 * them all. Start-up then replays at most about this many lines. A snapshot made with other
 * scheduler settings is ignored and replaced.
 */
export const SNAPSHOT_AFTER_LINES = 1000;

/**
 * The practice state over an append-only review log. Every operation first reads what other
 * windows appended, so windows converge; the operations of one store run one at a time. After
 * `load`, only the bytes past the cursor are read (plus a few before it, to notice a replaced
 * file), so an operation costs the same on a log of ten lines and of a hundred thousand.
 */
export class PracticeStore {
  readonly scheduler: Scheduler;
  private current: PracticeState;
  private cursor = new LogCursor();
  private fromSnapshot = false;
  /** Log lines the snapshot on disk covers, as far as this window knows. */
  private snapshotLines = 0;
  /** Set when a newer version wrote the snapshot file: it is then left alone. */
  private newerSnapshot = false;
  private loaded = false;
  private readonly snapshotAfterLines: number;
  private readonly loadSliceBytes: number;
  private readonly yieldToHost: () => Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly files: FileAccess,
    readonly logPath: string,
    readonly snapshotPath: string,
    private readonly clock: () => Date,
    private readonly newId: () => string = newRid,
    options: PracticeStoreOptions = {},
  ) {
    this.scheduler = createScheduler(options.scheduler ?? { desiredRetention: DEFAULT_DESIRED_RETENTION });
    this.snapshotAfterLines = options.snapshotAfterLines ?? SNAPSHOT_AFTER_LINES;
    this.loadSliceBytes = Math.max(1, options.loadSliceBytes ?? LOAD_SLICE_BYTES);
    this.yieldToHost = options.yieldToHost ?? nextTurn;
    this.current = new PracticeState(this.scheduler);
  }

  /** The state as of the last operation (empty before load). */
  get state(): PracticeState {
    return this.current;
  }

  /** Reads the snapshot (when it can be trusted) and replays the log after it. */
  load(): Promise<LoadResult> {
    return this.exclusive(async () => this.loadFrom(await this.readLog()));
  }

  /** Picks up lines appended since the last read, e.g. by another window. */
  reload(): Promise<LoadResult> {
    return this.synced(async () => this.result());
  }

  grade(questionId: string, hash: string, grade: Grade): Promise<ReviewEntry> {
    return this.synced(async () => {
      const entry: ReviewEntry = { v: REVIEW_LOG_SCHEMA, rid: this.newId(), q: questionId, h: hash, g: grade, t: this.now() };
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

  /** What each grade would schedule for the question now, for labels such as "Good: 3 d". */
  preview(questionId: string): Readonly<Record<Grade, GradePreview>> {
    return this.scheduler.preview(this.current.card(questionId), this.clock());
  }

  /** Every entry of the log, once each, in replay order, as JSON (see logExport.ts). */
  exportEntries(): Promise<string> {
    return this.synced(async () => {
      this.assertWritable();
      const bytes = await this.readLog();
      const unique = new Map(parseLogBytes(bytes).entries.map((entry) => [entry.rid, entry] as const));
      return formatExport(sortForReplay([...unique.values()]), this.clock());
    });
  }

  /** Merges an export, a JSON array of entries or a raw log into this log: the union by rid. */
  importEntries(text: string): Promise<ImportResult> {
    const parsed = parseImport(text);
    if (parsed.newerSchema !== undefined) return Promise.reject(new NewerSchemaError('the imported file', parsed.newerSchema));
    return this.synced(async () => {
      const fresh = new Map<string, LogEntry>();
      for (const entry of parsed.entries) if (!this.current.has(entry.rid) && !fresh.has(entry.rid)) fresh.set(entry.rid, entry);
      await this.write(sortForReplay([...fresh.values()]));
      return { added: fresh.size, duplicates: parsed.entries.length - fresh.size, invalid: parsed.invalid };
    });
  }

  private async loadFrom(bytes: Uint8Array): Promise<LoadResult> {
    const snapshot = parseSnapshot((await this.readSnapshot()) ?? '', bytes, this.scheduler);
    const usable = snapshot === 'newer' ? undefined : snapshot;
    this.newerSnapshot = snapshot === 'newer';
    const state = usable?.state ?? new PracticeState(this.scheduler);
    this.fromSnapshot = usable !== undefined;
    this.cursor = new LogCursor(usable?.log, usable?.hash);
    this.snapshotLines = usable?.log.lines ?? 0;
    // Until the replay is complete, a failure part-way makes the next operation load again.
    this.loaded = false;
    await this.advanceInSlices(bytes, usable ? state.applyStream() : state.replayStream());
    // Shown only once complete: while the event loop turns between slices, readers keep the previous state.
    this.current = state;
    this.loaded = true;
    await this.writeSnapshotIfDue();
    return this.result();
  }

  /**
   * Feeds the log's bytes past the cursor to `stream` a slice at a time, then ends it in steps,
   * yielding to the host between them.
   */
  private async advanceInSlices(bytes: Uint8Array, stream: EntryStream): Promise<void> {
    const cursor = this.cursor;
    for (let end = this.sliceEnd(bytes, cursor.bytes); end < bytes.length; end = this.sliceEnd(bytes, cursor.bytes)) {
      cursor.advance(bytes.subarray(0, end), 0, stream.push);
      await this.yieldToHost();
    }
    cursor.advance(bytes, 0, stream.push);
    const steps = stream.endInSteps();
    while (!steps.next().done) await this.yieldToHost();
  }

  /** Where the slice starting at `from` ends: just past the first newline a slice's length on, or the end. */
  private sliceEnd(bytes: Uint8Array, from: number): number {
    if (bytes.length - from <= this.loadSliceBytes) return bytes.length;
    const newline = bytes.indexOf(NEWLINE, from + this.loadSliceBytes - 1);
    return newline === -1 ? bytes.length : newline + 1;
  }

  /**
   * Runs `task` exclusively after applying the log's unread lines. Reads only from the cursor on;
   * starts over with the whole file when it was replaced or shrank.
   */
  private synced<T>(task: () => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      const offset = this.cursor.readOffset;
      const tail = this.loaded ? ((await this.files.readFrom(this.logPath, offset)) ?? new Uint8Array()) : undefined;
      if (tail && this.cursor.continues(tail, offset)) await this.consume(tail, offset);
      else await this.loadFrom(await this.readLog());
      return task();
    });
  }

  /** Applies what `chunk`, the log's bytes from `offset` on, holds past the cursor. */
  private async consume(chunk: Uint8Array, offset: number): Promise<void> {
    const stream = this.current.applyStream();
    this.cursor.advance(chunk, offset, stream.push);
    stream.end();
    await this.writeSnapshotIfDue();
  }

  /** Rewrites the snapshot once the lines it does not cover reach `snapshotAfterLines`. */
  private async writeSnapshotIfDue(): Promise<void> {
    const cursor = this.cursor;
    if (cursor.newerSchema !== undefined || this.newerSnapshot || cursor.lines - this.snapshotLines < this.snapshotAfterLines) return;
    try {
      await this.files.replaceAtomically(this.snapshotPath, formatSnapshot(this.current, cursor.coverage()));
      this.snapshotLines = cursor.lines;
    } catch {
      // The snapshot is only a cache; the log stays the source of truth.
    }
  }

  /** Appends entries, then applies them. Nothing is ever rewritten. */
  private async write(entries: readonly LogEntry[]): Promise<void> {
    this.assertWritable();
    for (const chunk of chunkEntries(entries)) {
      // After a crash mid-write the file can end inside a line; start a fresh one so ours survive.
      await this.files.append(this.logPath, `${this.cursor.endsWithNewline ? '' : '\n'}${formatEntries(chunk)}`);
      this.cursor.endsWithNewline = true;
      this.current.applyAll(chunk);
    }
  }

  private assertWritable(): void {
    const newer = this.cursor.newerSchema;
    if (newer !== undefined) throw new NewerSchemaError(this.logPath, newer);
  }

  private async readLog(): Promise<Uint8Array> {
    return (await this.files.read(this.logPath)) ?? new Uint8Array();
  }

  private async readSnapshot(): Promise<string | undefined> {
    try {
      const bytes = await this.files.read(this.snapshotPath);
      return bytes && new TextDecoder().decode(bytes);
    } catch {
      return undefined;
    }
  }

  private result(): LoadResult {
    const { skippedLines, newerSchema } = this.cursor;
    return { state: this.current, skippedLines, newerSchema, fromSnapshot: this.fromSnapshot };
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
