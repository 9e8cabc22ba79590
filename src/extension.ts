import * as vscode from 'vscode';
import { QuestionBankService } from './bank/questionBankService';
import { registerCommands } from './commands/registerCommands';
import { disposeLog } from './log';
import { NotesService } from './notes/notesService';
import { QuestionPanel } from './panel/questionPanel';
import { PracticeService } from './practice/practiceService';
import { computeStats } from './core/stats/computeStats';
import { StatsPanel } from './stats/statsPanel';
import { DueStatusBar } from './status/dueStatusBar';
import { StudyController } from './study/studyController';
import { QuestionTreeProvider } from './tree/questionTreeProvider';

/** What activate() returns: used by the integration tests, not a public API. */
export interface InterviewCoachApi {
  readonly treeProvider: QuestionTreeProvider;
  readonly bankService: QuestionBankService;
  readonly panel: QuestionPanel;
  readonly practice: PracticeService;
  readonly notes: NotesService;
  readonly stats: StatsPanel;
}

let notesForDeactivate: NotesService | undefined;

export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');
  const bankService = new QuestionBankService(vscode.Uri.joinPath(context.extensionUri, 'data'));
  const practice = new PracticeService(context.globalStorageUri);
  const notes = new NotesService(context);
  notesForDeactivate = notes;
  const study = new StudyController(bankService, practice);
  const panel = new QuestionPanel(media, study, context.globalState, notes);
  study.attach(panel);
  const treeProvider = new QuestionTreeProvider(bankService, practice, notes);
  const treeView = vscode.window.createTreeView('interviewCoach.questions', { treeDataProvider: treeProvider, showCollapseAll: true });
  const statusBar = new DueStatusBar(bankService, practice);
  const stats = new StatsPanel(media, async () => computeStats(await bankService.bank(), await practice.state(), practice.now()), practice.onDidChange);

  context.subscriptions.push(
    bankService,
    practice,
    notes,
    treeProvider,
    treeView,
    treeProvider.onDidChangeFilter((description) => (treeView.description = description)),
    panel,
    statusBar,
    stats,
    ...registerCommands({ bankService, panel, notes, practice, study, tree: treeProvider, showStats: () => stats.show() }),
    { dispose: disposeLog },
  );
  // The status bar needs the packs and the log: read them after activation has returned.
  setTimeout(() => void statusBar.update(), 0);
  return { treeProvider, bankService, panel, practice, notes, stats };
}

/** Writes notes still waiting for their debounce before the host goes away (reload, close). */
export async function deactivate(): Promise<void> {
  await notesForDeactivate?.flush();
  notesForDeactivate = undefined;
}
