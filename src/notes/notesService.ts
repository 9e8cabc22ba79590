import * as vscode from 'vscode';
import { noteFileName } from '../core/notes/notePaths';
import { NotesStore, type LoadedNote, type SaveResult } from '../core/notes/notesStore';
import { NodeFileAccess } from '../core/storage/nodeFileAccess';
import { log } from '../log';
import { notesLocation, type NotesLocation } from '../storage/notesLocation';

const SAVE_DELAY_MS = 400;

interface PendingSave {
  readonly text: string;
  readonly baseVersion: string | undefined;
  readonly onSaved: (result: SaveResult) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Per-workspace notes: debounced saves (≤ 1 s after the last keystroke), flushed on dispose and
 * deactivation; tells listeners when a note file changes outside the panel.
 */
export class NotesService implements vscode.Disposable {
  private readonly pending = new Map<string, PendingSave>();
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with a question id when its note changed on disk (editor tab, another window). */
  readonly onDidChangeNote = this.changed.event;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** A failed save is shown once until a save succeeds again, not on every debounced retry. */
  private saveErrorShown = false;
  private currentStore: NotesStore | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('interviewCoach.notes')) this.resetWatcher();
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.fireFor(document.uri)),
    );
  }

  get location(): NotesLocation {
    return notesLocation(this.context);
  }

  uriFor(questionId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.location.folder, noteFileName(questionId));
  }

  async load(questionId: string): Promise<LoadedNote> {
    this.ensureWatcher();
    return this.store().load(questionId);
  }

  /** Question ids (of those given) that have a non-empty note file. */
  async withNotes(questionIds: readonly string[]): Promise<Set<string>> {
    let names: Set<string>;
    try {
      names = new Set((await vscode.workspace.fs.readDirectory(this.location.folder)).map(([name]) => name));
    } catch {
      return new Set();
    }
    return new Set(questionIds.filter((id) => names.has(noteFileName(id))));
  }

  scheduleSave(questionId: string, text: string, baseVersion: string | undefined, onSaved: (result: SaveResult) => void): void {
    const previous = this.pending.get(questionId);
    if (previous) clearTimeout(previous.timer);
    // Keep the version the typing started from: the disk may not have moved since then.
    const base = previous ? previous.baseVersion : baseVersion;
    const entry: PendingSave = { text, baseVersion: base, onSaved, timer: setTimeout(() => void this.flushOne(questionId), SAVE_DELAY_MS) };
    this.pending.set(questionId, entry);
  }

  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((id) => this.flushOne(id)));
  }

  dispose(): void {
    void this.flush();
    this.watcher?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  private async flushOne(questionId: string): Promise<void> {
    const entry = this.pending.get(questionId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(questionId);
    try {
      const result = await this.store().save(questionId, entry.text, entry.baseVersion);
      if (result.status === 'conflict') {
        log().warn(`Note for ${questionId} changed elsewhere; the other text was kept in ${result.conflictCopy}`);
        void vscode.window.showWarningMessage(
          'Interview Coach: this note was also changed elsewhere. Your text was saved; the other version was kept as a copy.',
          'Open Copy',
        ).then((choice) => choice && vscode.window.showTextDocument(vscode.Uri.file(result.conflictCopy)));
      }
      this.saveErrorShown = false;
      entry.onSaved(result);
    } catch (error) {
      // Keep the text: put it back so the next edit or flush retries, and tell the user once.
      if (!this.pending.has(questionId)) this.pending.set(questionId, { ...entry, timer: setTimeout(() => undefined, 0) });
      log().error(`Could not save the note for ${questionId}: ${String(error)}`);
      if (this.saveErrorShown) return;
      this.saveErrorShown = true;
      void vscode.window.showErrorMessage(`Interview Coach: could not save your note (${error instanceof Error ? error.message : String(error)}). Your text is kept in the panel; it will be saved again on your next edit.`);
    }
  }

  /** One store per folder: it remembers which versions this window wrote (see NotesStore.save). */
  private store(): NotesStore {
    const folder = this.location.folder.fsPath;
    if (this.currentStore?.folder !== folder) this.currentStore = new NotesStore(new NodeFileAccess(), folder);
    return this.currentStore;
  }

  private ensureWatcher(): void {
    if (this.watcher) return;
    const folder = this.location.folder;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.md'));
    this.watcher.onDidChange((uri) => this.fireFor(uri));
    this.watcher.onDidCreate((uri) => this.fireFor(uri));
  }

  private fireFor(uri: vscode.Uri): void {
    if (!uri.path.startsWith(this.location.folder.path)) return;
    const name = uri.path.split('/').pop() ?? '';
    for (const id of this.watched.keys()) if (noteFileName(id) === name) this.changed.fire(id);
  }

  private resetWatcher(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
  }

  /** Ids whose notes are shown somewhere, with how many watchers each. */
  private readonly watched = new Map<string, number>();

  /** Reports outside changes of this question's note (onDidChangeNote) until the result is disposed. */
  watch(questionId: string): vscode.Disposable {
    this.watched.set(questionId, (this.watched.get(questionId) ?? 0) + 1);
    return new vscode.Disposable(() => {
      const count = (this.watched.get(questionId) ?? 1) - 1;
      if (count > 0) this.watched.set(questionId, count);
      else this.watched.delete(questionId);
    });
  }
}
