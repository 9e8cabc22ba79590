import * as vscode from 'vscode';
import { questionCount } from '../tree/treeNodes';
import type { QuestionBank } from '../core/pack/questionBank';
import { parseImport } from '../core/practice';
import type { PracticeService } from '../practice/practiceService';
import { questionIdFrom, topicIdFrom } from './commandArgs';

type ResetScope = { readonly label: string; readonly ids: readonly string[] | 'all' };

async function chooseResetScope(arg: unknown, bank: QuestionBank, currentId: string | undefined): Promise<ResetScope | undefined> {
  const topicId = topicIdFrom(arg);
  const topic = topicId ? bank.topic(topicId) : undefined;
  if (topic) return { label: `all ${questionCount(topic.questions.length)} of "${topic.title}"`, ids: topic.questions.map((q) => q.id) };
  const questionId = questionIdFrom(arg);
  if (questionId) return { label: `"${bank.question(questionId)?.title ?? questionId}"`, ids: [questionId] };
  const current = currentId ? bank.question(currentId) : undefined;
  const options: (vscode.QuickPickItem & { scope?: () => Promise<ResetScope | undefined> })[] = [
    ...(current ? [{ label: 'The current question', description: current.title, scope: async () => ({ label: `"${current.title}"`, ids: [current.id] }) }] : []),
    {
      label: 'One topic...',
      scope: async () => {
        const picked = await vscode.window.showQuickPick(bank.topics.map((t) => ({ label: t.title, topic: t })), { placeHolder: 'Reset which topic?' });
        return picked && { label: `all ${questionCount(picked.topic.questions.length)} of "${picked.topic.title}"`, ids: picked.topic.questions.map((q) => q.id) };
      },
    },
    { label: 'Everything', description: 'all practice history', scope: async () => ({ label: 'all your practice history', ids: 'all' as const }) },
  ];
  const picked = await vscode.window.showQuickPick(options, { placeHolder: 'Reset the progress of...' });
  return picked?.scope?.();
}

export async function resetProgress(arg: unknown, bank: QuestionBank, practice: PracticeService, currentId: string | undefined): Promise<void> {
  const scope = await chooseResetScope(arg, bank, currentId);
  if (!scope) return;
  const confirm = await vscode.window.showWarningMessage(
    `Reset the progress of ${scope.label}?`,
    { modal: true, detail: 'The questions become new again. A backup of your practice log is written first, and the history stays in the log.' },
    'Reset',
  );
  if (confirm !== 'Reset') return;
  const backup = await practice.reset(scope.ids);
  void vscode.window.showInformationMessage(`Interview Coach: progress reset.${backup ? ` Backup: ${backup}` : ''}`);
}

export async function exportProgress(target: unknown, practice: PracticeService): Promise<vscode.Uri | undefined> {
  const uri =
    target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({ title: 'Export Interview Coach progress', filters: { JSON: ['json'] }, defaultUri: defaultExportUri() });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await practice.exportEntries()));
  if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(`Interview Coach: progress exported to ${uri.fsPath}.`);
  return uri;
}

/** Merges an export into the log: shows what it will add first; importing twice adds nothing. */
export async function importProgress(source: unknown, practice: PracticeService, confirm = true): Promise<{ added: number } | undefined> {
  const uri = source instanceof vscode.Uri ? source : (await vscode.window.showOpenDialog({ title: 'Import Interview Coach progress', filters: { JSON: ['json', 'jsonl'] }, canSelectMany: false }))?.[0];
  if (!uri) return undefined;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const parsed = parseImport(text);
  if (parsed.newerSchema !== undefined) {
    void vscode.window.showErrorMessage(`Interview Coach: ${uri.fsPath} was written by a newer version (schema ${parsed.newerSchema}); update the extension to import it.`);
    return undefined;
  }
  const interactive = source instanceof vscode.Uri === false;
  if (parsed.entries.length === 0) {
    const what = parsed.invalid > 0 ? `none of its ${parsed.invalid} record(s) is a review, undo, suspend or reset` : 'it holds no records';
    if (interactive) void vscode.window.showErrorMessage(`Interview Coach: ${uri.fsPath} is not an Interview Coach progress file (${what}). Choose a file made by Export Progress.`);
    return { added: 0 };
  }
  const state = await practice.state();
  const fresh = new Set(parsed.entries.filter((entry) => !state.has(entry.rid)).map((entry) => entry.rid)).size;
  if (fresh === 0) {
    if (interactive) void vscode.window.showInformationMessage(`Interview Coach: nothing to import; all ${parsed.entries.length} record(s) in ${uri.fsPath} are already in your practice log.`);
    return { added: 0 };
  }
  if (confirm && interactive) {
    const invalid = parsed.invalid > 0 ? ` ${parsed.invalid} unreadable record(s) will be ignored.` : '';
    const answer = await vscode.window.showInformationMessage(
      `Import progress from ${uri.fsPath}?`,
      { modal: true, detail: `${fresh} new record(s) will be merged into your practice log; ${parsed.entries.length - fresh} are already there.${invalid} Nothing is removed.` },
      'Import',
    );
    if (answer !== 'Import') return undefined;
  }
  const result = await practice.importEntries(text);
  if (interactive) void vscode.window.showInformationMessage(`Interview Coach: imported ${result.added} record(s); ${result.duplicates} were already there.`);
  return { added: result.added };
}

function defaultExportUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, `interview-coach-progress-${new Date().toISOString().slice(0, 10)}.json`);
}
