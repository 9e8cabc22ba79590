import * as vscode from 'vscode';
import { QuestionBankService } from './bank/questionBankService';
import { registerCommands } from './commands/registerCommands';
import { disposeLog } from './log';
import { NotesService } from './notes/notesService';
import { QuestionPanel } from './panel/questionPanel';
import { PracticeService } from './practice/practiceService';
import { QuestionTreeProvider } from './tree/questionTreeProvider';

/** What activate() returns: used by the integration tests, not a public API. */
export interface InterviewCoachApi {
  readonly treeProvider: QuestionTreeProvider;
  readonly bankService: QuestionBankService;
  readonly panel: QuestionPanel;
  readonly practice: PracticeService;
  readonly notes: NotesService;
}

let notesForDeactivate: NotesService | undefined;

export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const bankService = new QuestionBankService(vscode.Uri.joinPath(context.extensionUri, 'data'));
  const practice = new PracticeService(context.globalStorageUri);
  const notes = new NotesService(context);
  notesForDeactivate = notes;
  const panel = new QuestionPanel(
    vscode.Uri.joinPath(context.extensionUri, 'media'),
    {
      rate: async (question, grade) => practice.describe(await practice.rate(question, grade)),
      find: async (id) => {
        const bank = await bankService.bank();
        const question = bank.question(id);
        return question && { question, topic: bank.topic(question.topicId) };
      },
    },
    context.globalState,
    notes,
  );
  const treeProvider = new QuestionTreeProvider(bankService);
  const treeView = vscode.window.createTreeView('interviewCoach.questions', { treeDataProvider: treeProvider, showCollapseAll: true });

  context.subscriptions.push(bankService, treeProvider, treeView, panel, notes, ...registerCommands({ bankService, panel, notes }), { dispose: disposeLog });
  return { treeProvider, bankService, panel, practice, notes };
}

/** Writes notes still waiting for their debounce before the host goes away (reload, close). */
export async function deactivate(): Promise<void> {
  await notesForDeactivate?.flush();
  notesForDeactivate = undefined;
}
