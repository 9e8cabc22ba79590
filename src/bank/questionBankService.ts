import * as vscode from 'vscode';
import { QuestionBank } from '../core/pack/questionBank';
import type { ParsedPack } from '../core/pack/types';
import { log } from '../log';
import { PackDiagnostics } from './packDiagnostics';
import { readPackFile } from './packFile';
import { findUserPacks, QUESTION_PACKS_SETTING, UserPackWatcher } from './userPacks';

/**
 * Owns the loaded question bank: the built-in packs plus the workspace's own packs. Packs are read
 * on first use (the first tree render), never at activation; edits to pack files reload the bank.
 */
export class QuestionBankService implements vscode.Disposable {
  private loading: Promise<QuestionBank> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = new PackDiagnostics();
  private readonly watcher = new UserPackWatcher(() => this.reload());
  /** Counts loads, so a slow load that a reload overtook does not publish stale problems. */
  private generation = 0;
  private readonly configListener: vscode.Disposable;

  constructor(private readonly builtInFolder: vscode.Uri) {
    this.configListener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`interviewCoach.${QUESTION_PACKS_SETTING}`) && this.loading) {
        this.watcher.watch();
        this.reload();
      }
    });
  }

  bank(): Promise<QuestionBank> {
    if (!this.loading) {
      this.loading = this.load();
      this.watcher.watch();
    }
    return this.loading;
  }

  /** Reads the packs again (only if they were read before) so the tree and Problems panel update. */
  reload(): void {
    if (!this.loading) return;
    this.loading = this.load();
    this.changed.fire();
  }

  dispose(): void {
    this.configListener.dispose();
    this.watcher.dispose();
    this.diagnostics.dispose();
    this.changed.dispose();
  }

  private async load(): Promise<QuestionBank> {
    const generation = ++this.generation;
    const uriByLabel = new Map<string, vscode.Uri>();
    const builtIn = await this.readBuiltInPacks(uriByLabel);
    const user = await this.readUserPacks(uriByLabel);
    const bank = new QuestionBank([...builtIn, ...user]);
    // A file deleted or edited during this load triggered a newer one: its problems are the current ones.
    if (generation !== this.generation) return bank;
    this.diagnostics.publish(bank.problems, (label) => uriByLabel.get(label));
    for (const problem of bank.problems) {
      log().warn(`${problem.location.file}:${problem.location.line}: ${problem.message}`);
    }
    return bank;
  }

  private async readBuiltInPacks(uriByLabel: Map<string, vscode.Uri>): Promise<ParsedPack[]> {
    const entries = await vscode.workspace.fs.readDirectory(this.builtInFolder);
    const names = entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name).sort();
    return Promise.all(names.map((name) => this.readPack(vscode.Uri.joinPath(this.builtInFolder, name), `data/${name}`, uriByLabel)));
  }

  /** The workspace's packs; when the workspace search itself fails, none (the built-in topics still load). */
  private async readUserPacks(uriByLabel: Map<string, vscode.Uri>): Promise<ParsedPack[]> {
    let uris: vscode.Uri[];
    try {
      uris = await findUserPacks();
    } catch (error) {
      log().error(`Could not search the workspace for question packs: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const packs: ParsedPack[] = [];
    for (const uri of uris) {
      packs.push(await this.readPack(uri, vscode.workspace.asRelativePath(uri, true), uriByLabel));
    }
    return packs;
  }

  /** Reads one pack; a file that is too big, unreadable or a folder becomes a problem, not an exception. */
  private readPack(uri: vscode.Uri, label: string, uriByLabel: Map<string, vscode.Uri>): Promise<ParsedPack> {
    uriByLabel.set(label, uri);
    return readPackFile(uri, label);
  }
}
