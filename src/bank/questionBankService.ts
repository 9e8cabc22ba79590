import * as vscode from 'vscode';
import { type BuiltInPackFile, parseBuiltInPacks, selectBuiltInPacks } from '../core/pack/builtInPacks';
import { QuestionBank } from '../core/pack/questionBank';
import type { ParsedPack } from '../core/pack/types';
import { log } from '../log';
import { PackDiagnostics } from './packDiagnostics';
import { readPackFile } from './packFile';
import { findUserPacks, QUESTION_PACKS_SETTING, UserPackWatcher } from './userPacks';

/** The setting (under `interviewCoach.`) naming the built-in packs to study. */
export const BUILT_IN_PACKS_SETTING = 'builtInPacks';

/**
 * Owns the loaded question bank: the built-in packs chosen in `interviewCoach.builtInPacks`
 * (compiled at build time into dist/packs.json) plus the workspace's own packs. Packs are read on first use (the first tree render), never at
 * activation; edits to pack files reload the bank, and onDidChange fires once the new bank is ready.
 */
export class QuestionBankService implements vscode.Disposable {
  private loading: Promise<QuestionBank> | undefined;
  /** The last bank whose load completed; the tree shows it while a reload runs. */
  private latest: QuestionBank | undefined;
  private builtIn: Promise<BuiltInPackFile[]> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = new PackDiagnostics();
  private readonly watcher = new UserPackWatcher(() => this.reload());
  /** Counts loads, so a slow load that a reload overtook does not publish stale problems. */
  private generation = 0;
  private readonly configListener: vscode.Disposable;
  /** The workspace pack files of the last completed load, by the label their questions carry. */
  private workspacePacks = new Map<string, vscode.Uri>();

  constructor(private readonly builtInPacksFile: vscode.Uri) {
    this.configListener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`interviewCoach.${QUESTION_PACKS_SETTING}`) && this.loading) {
        this.watcher.watch();
        this.reload();
      } else if (event.affectsConfiguration(`interviewCoach.${BUILT_IN_PACKS_SETTING}`)) {
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

  /**
   * For a first paint that should not wait for the workspace search: the complete bank once one has
   * loaded, until then the built-in topics as soon as they are read (onDidChange follows with the
   * workspace's packs).
   */
  bankSoFar(): Promise<QuestionBank> {
    const complete = this.bank();
    if (this.latest) return Promise.resolve(this.latest);
    return Promise.race([complete, this.builtInPacks().then((packs) => new QuestionBank(packs))]);
  }

  /** The file of a workspace pack by its label (a question's `location.file`); undefined for a built-in pack. */
  workspacePackUri(label: string): vscode.Uri | undefined {
    return this.workspacePacks.get(label);
  }

  /** Reads the workspace's packs again (only if they were read before); onDidChange fires when done. */
  reload(): void {
    if (!this.loading) return;
    this.loading = this.load();
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
    const builtIn = await this.builtInPacks();
    const user = await this.readUserPacks(uriByLabel);
    const bank = new QuestionBank([...builtIn, ...user]);
    // A file deleted or edited during this load triggered a newer one: its problems are the current ones.
    if (generation !== this.generation) return bank;
    const first = this.latest === undefined;
    this.latest = bank;
    this.workspacePacks = uriByLabel;
    this.diagnostics.publish(bank.problems, (label) => uriByLabel.get(label));
    for (const problem of bank.problems) {
      log().warn(`${problem.location.file}:${problem.location.line}: ${problem.message}`);
    }
    // A first paint may have shown the built-in topics only; without workspace packs it was complete.
    if (!first || user.length > 0) this.changed.fire();
    return bank;
  }

  /** The chosen ones of the built-in packs, which are read once: they do not change while the extension runs. */
  private async builtInPacks(): Promise<ParsedPack[]> {
    this.builtIn ??= Promise.resolve(vscode.workspace.fs.readFile(this.builtInPacksFile)).then((bytes) =>
      parseBuiltInPacks(this.builtInPacksFile.fsPath, new TextDecoder().decode(bytes)),
    );
    const setting = vscode.workspace.getConfiguration('interviewCoach').get<unknown>(BUILT_IN_PACKS_SETTING);
    return selectBuiltInPacks(await this.builtIn, setting);
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
