import * as vscode from 'vscode';
import { loadPack } from '../core/pack/loadPack';
import { QuestionBank } from '../core/pack/questionBank';
import type { ParsedPack } from '../core/pack/types';
import { log } from '../log';

/**
 * Owns the loaded question bank. Packs are read on first use (the first tree render), never at
 * activation; `reload` drops the cache and tells listeners.
 */
export class QuestionBankService implements vscode.Disposable {
  private loading: Promise<QuestionBank> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly builtInFolder: vscode.Uri) {}

  bank(): Promise<QuestionBank> {
    this.loading ??= this.load();
    return this.loading;
  }

  reload(): void {
    this.loading = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async load(): Promise<QuestionBank> {
    const packs = await this.readBuiltInPacks();
    const bank = new QuestionBank(packs);
    for (const problem of bank.problems) {
      log().warn(`${problem.location.file}:${problem.location.line}: ${problem.message}`);
    }
    return bank;
  }

  private async readBuiltInPacks(): Promise<ParsedPack[]> {
    const entries = await vscode.workspace.fs.readDirectory(this.builtInFolder);
    const files = entries
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md'))
      .map(([name]) => name)
      .sort();
    return Promise.all(
      files.map(async (name) => {
        const uri = vscode.Uri.joinPath(this.builtInFolder, name);
        return loadPack(`data/${name}`, await vscode.workspace.fs.readFile(uri));
      }),
    );
  }
}
