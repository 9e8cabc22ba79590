import * as vscode from 'vscode';

export const QUESTION_PACKS_SETTING = 'questionPacks';
export const DEFAULT_PACK_GLOBS = ['**/*.questions.md'];
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const MAX_PACK_FILES = 500;

export function packGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration('interviewCoach').get<unknown>(QUESTION_PACKS_SETTING);
  return Array.isArray(globs) ? globs.filter((glob): glob is string => typeof glob === 'string' && glob.trim().length > 0) : DEFAULT_PACK_GLOBS;
}

/** Workspace files matching the pack globs, in a stable order; nothing when no folder is open. */
export async function findUserPacks(): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const found = new Map<string, vscode.Uri>();
  for (const folder of folders) {
    for (const glob of packGlobs()) {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE, MAX_PACK_FILES);
      for (const uri of uris) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

/**
 * Watches the pack globs in every folder and calls `onChange` once per burst of edits.
 * Created after the first load, so activation never starts a workspace-wide watch.
 */
export class UserPackWatcher implements vscode.Disposable {
  private watchers: vscode.FileSystemWatcher[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: () => void, private readonly debounceMs = 300) {}

  watch(): void {
    this.disposeWatchers();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of packGlobs()) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const schedule = (): void => this.schedule();
        watcher.onDidCreate(schedule);
        watcher.onDidChange(schedule);
        watcher.onDidDelete(schedule);
        this.watchers.push(watcher);
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposeWatchers();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onChange, this.debounceMs);
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }
}
