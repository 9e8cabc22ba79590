import * as vscode from 'vscode';
import { MAX_PACK_BYTES } from '../core/pack/decodePack';
import { loadPack } from '../core/pack/loadPack';
import { QuestionBank } from '../core/pack/questionBank';
import type { ParsedPack } from '../core/pack/types';
import { log } from '../log';
import { PackDiagnostics } from './packDiagnostics';
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
  private readonly uriByLabel = new Map<string, vscode.Uri>();
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
    this.uriByLabel.clear();
    const builtIn = await this.readBuiltInPacks();
    const user = await this.readUserPacks();
    const bank = new QuestionBank([...builtIn, ...user]);
    this.diagnostics.publish(bank.problems, (label) => this.uriByLabel.get(label));
    for (const problem of bank.problems) {
      log().warn(`${problem.location.file}:${problem.location.line}: ${problem.message}`);
    }
    return bank;
  }

  private async readBuiltInPacks(): Promise<ParsedPack[]> {
    const entries = await vscode.workspace.fs.readDirectory(this.builtInFolder);
    const names = entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name).sort();
    return Promise.all(names.map((name) => this.readPack(vscode.Uri.joinPath(this.builtInFolder, name), `data/${name}`)));
  }

  private async readUserPacks(): Promise<ParsedPack[]> {
    const packs: ParsedPack[] = [];
    for (const uri of await findUserPacks()) {
      packs.push(await this.readPack(uri, vscode.workspace.asRelativePath(uri, true)));
    }
    return packs;
  }

  /** Reads one pack; a file that is too big, unreadable or a folder becomes a problem, not an exception. */
  private async readPack(uri: vscode.Uri, label: string): Promise<ParsedPack> {
    this.uriByLabel.set(label, uri);
    const refuse = (message: string, hint: string): ParsedPack => ({ file: label, topics: [], problems: [{ severity: 'error', location: { file: label, line: 1 }, message, hint }] });
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return refuse('This is a folder, not a question pack.', 'Rename it or narrow interviewCoach.questionPacks.');
      if (stat.size > MAX_PACK_BYTES) {
        return refuse(`Pack is too large (${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1024 / 1024} MB).`, 'Split it into several smaller .questions.md files.');
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      // Let other extension-host work run between files.
      await new Promise((resolve) => setImmediate(resolve));
      return loadPack(label, bytes);
    } catch (error) {
      return refuse(`Could not read the pack: ${error instanceof Error ? error.message : String(error)}`, 'Check that the file exists and is readable.');
    }
  }
}
