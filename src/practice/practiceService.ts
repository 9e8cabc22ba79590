import * as vscode from 'vscode';
import type { Question } from '../core/pack/types';
import { formatInterval, PracticeStore, type DamageRepair, type Grade, type GradePreview, type LoadResult, type PracticeState, type QuestionProgress, type ReviewEntry, type ReviewSource, type Scheduler } from '../core/practice';
import { NodeFileAccess } from '../core/storage/nodeFileAccess';
import { log } from '../log';
import { DamageReports, listLines } from './damageReports';

export const REVIEW_LOG_FILE = 'reviews.jsonl';

/**
 * Practice state for the whole user (global storage, so it follows them across workspaces).
 * Loads on first use, re-reads when another window appended (file watcher and window focus), and
 * reports a newer log once and each damaged line once (remembered across sessions, in `memory`),
 * offering to move damaged lines into a backup file.
 */
export class PracticeService implements vscode.Disposable {
  private store: PracticeStore;
  private loading: Promise<LoadResult> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after any change to the practice state (a grade here or in another window). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private newerReported = false;
  private readonly damage: DamageReports;
  /** Set while the log cannot be read: state() then gives an empty state and each use tries again. */
  private loadFailed = false;
  private loadErrorShown = false;
  private watching = false;

  constructor(
    private readonly globalStorage: vscode.Uri,
    memory?: vscode.Memento,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.store = this.createStore();
    this.damage = new DamageReports(() => this.store.damagedLines(), memory);
    this.subscriptions.push(
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.reload();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('interviewCoach.desiredRetention')) {
          this.store = this.createStore();
          this.loading = undefined;
          this.changed.fire();
        }
      }),
    );
  }

  /** The FSRS scheduler the log is folded with (the interview plan simulates reviews with it). */
  get scheduler(): Scheduler {
    return this.store.scheduler;
  }

  get logPath(): string {
    return this.store.logPath;
  }

  now(): Date {
    return this.clock();
  }

  async state(): Promise<PracticeState> {
    await this.ready();
    return this.store.state;
  }

  async progress(questionId: string): Promise<QuestionProgress> {
    return (await this.state()).progress(questionId, this.clock());
  }

  async preview(questionId: string): Promise<Readonly<Record<Grade, GradePreview>>> {
    await this.ready();
    return this.store.preview(questionId);
  }

  /** Appends a review; `source` 'ahead' marks one graded before it was due. */
  async grade(question: Question, grade: Grade, source?: ReviewSource): Promise<ReviewEntry> {
    return this.change(() => this.store.grade(question.id, question.hash, grade, source));
  }

  undoLast(): Promise<ReviewEntry | undefined> {
    return this.change(() => this.store.undoLast());
  }

  suspend(questionId: string, suspended: boolean): Promise<void> {
    return this.change(() => (suspended ? this.store.suspend(questionId) : this.store.unsuspend(questionId)));
  }

  /** Appends a reset after backing up the log; returns the backup path. */
  reset(questionIds: readonly string[] | 'all'): Promise<string | undefined> {
    return this.change(() => this.store.reset(questionIds));
  }

  async exportEntries(): Promise<string> {
    await this.ready();
    return this.store.exportEntries();
  }

  importEntries(text: string): ReturnType<PracticeStore['importEntries']> {
    return this.change(() => this.store.importEntries(text));
  }

  /**
   * Moves the log's damaged lines into a backup file beside it and says where; the damage report
   * then stops. Throws (for the command's error message) when the log cannot be rewritten safely.
   */
  async moveDamagedLines(): Promise<DamageRepair> {
    const repair = await this.change(() => this.store.moveDamagedLines());
    await this.damage.forget();
    if (repair.backupPath === undefined) {
      void vscode.window.showInformationMessage('Interview Coach: your practice log has no damaged lines; nothing was changed.');
    } else {
      log().info(`Moved damaged lines ${repair.movedLines.join(', ')} of ${this.logPath} to ${repair.backupPath}`);
      void vscode.window.showInformationMessage(
        `Interview Coach: moved ${repair.movedLines.length} damaged line(s) (line ${listLines(repair.movedLines)}) out of your practice log into ${repair.backupPath}, exactly as they were. Every review was kept.`,
      );
    }
    return repair;
  }

  /** Re-reads the log (another window may have graded); fires a change when it was loaded before. */
  async reload(): Promise<void> {
    if (this.loadFailed) {
      // The log could not be read before: try again, and redraw once it can.
      await this.ready();
      if (!this.loadFailed) this.changed.fire();
      return;
    }
    if (!this.loading) return;
    try {
      this.report(await this.store.reload());
      this.changed.fire();
    } catch (error) {
      log().error(`Could not re-read the practice log: ${String(error)}`);
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  /**
   * Loads the log once. When it cannot be read (permissions, I/O error, a folder in its place) the
   * error is shown once and the state stays empty, so topics and questions still show; grades then
   * fail with the error (nothing is written to a log that could not be read) and the next use,
   * window focus or change of the file tries again.
   */
  private async ready(): Promise<void> {
    if (!this.loading) {
      const loading = this.store.load();
      this.loading = loading;
      loading.then(
        (result) => {
          this.loadFailed = false;
          this.loadErrorShown = false;
          this.report(result);
        },
        (error: unknown) => this.reportLoadError(error),
      );
      this.watchLog();
    }
    const loading = this.loading;
    try {
      await loading;
      this.loadFailed = false;
    } catch {
      this.loadFailed = true;
      if (this.loading === loading) this.loading = undefined;
    }
  }

  private reportLoadError(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    log().error(`Could not read the practice log ${this.logPath}: ${detail}`);
    if (this.loadErrorShown) return;
    this.loadErrorShown = true;
    void vscode.window.showErrorMessage(
      `Interview Coach: could not read your practice log (${detail}). Questions still show, without your progress; grades are not saved until the file can be read. The file itself is not changed.`,
    );
  }

  private async change<T>(task: () => Promise<T>): Promise<T> {
    await this.ready();
    const result = await task();
    this.changed.fire();
    return result;
  }

  private createStore(): PracticeStore {
    const retention = vscode.workspace.getConfiguration('interviewCoach').get<number>('desiredRetention', 0.9);
    const desiredRetention = Number.isFinite(retention) ? Math.min(0.99, Math.max(0.7, retention)) : 0.9;
    return new PracticeStore(
      new NodeFileAccess(),
      vscode.Uri.joinPath(this.globalStorage, REVIEW_LOG_FILE).fsPath,
      this.clock,
      { scheduler: { desiredRetention } },
    );
  }

  private watchLog(): void {
    if (this.watching) return;
    this.watching = true;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.globalStorage, REVIEW_LOG_FILE));
    watcher.onDidChange(() => void this.reload());
    watcher.onDidCreate(() => void this.reload());
    this.subscriptions.push(watcher);
  }

  private report(result: LoadResult): void {
    if (result.newerSchema !== undefined) {
      // Such a log is never rewritten, so there is nothing to offer for its damaged lines.
      if (this.newerReported) return;
      this.newerReported = true;
      void vscode.window.showErrorMessage(
        `Interview Coach: your practice log (${this.logPath}) was written by a newer version of the extension (schema ${result.newerSchema}). It is left untouched and new grades are not saved until you update Interview Coach.`,
      );
      return;
    }
    this.damage.notice(result.skippedLines, this.logPath);
  }
}

/** "3 d", "10 min"...: when each grade would bring the question back, for the grade buttons. */
export async function gradeIntervals(practice: PracticeService, questionId: string): Promise<Record<Grade, string>> {
  const preview = await practice.preview(questionId);
  const now = practice.now().getTime();
  const label = (grade: Grade): string => formatInterval(preview[grade].due.getTime() - now);
  return { 1: label(1), 2: label(2), 3: label(3), 4: label(4) };
}
