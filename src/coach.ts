import * as vscode from 'vscode';
import { QuestionBankService } from './bank/questionBankService';
import { InterviewController } from './interview/interviewController';
import { InterviewStore } from './interview/interviewStore';
import { commandHandlers, type CommandHandler } from './commands/commandHandlers';
import { LazyExercises } from './exercise/lazyExercises';
import { disposeLog, log, reportError } from './log';
import { renderMarkdown } from './core/render/renderMarkdown';
import { NotesService } from './notes/notesService';
import { isPanelState } from './panel/protocol';
import { QuestionPanel } from './panel/questionPanel';
import { PracticeService } from './practice/practiceService';
import { loadStats } from './stats/loadStats';
import { StatsPanel } from './stats/statsPanel';
import { DueStatusBar } from './status/dueStatusBar';
import { PanelPreferences } from './study/panelPreferences';
import { StudyController } from './study/studyController';
import { QuestionTreeProvider } from './tree/questionTreeProvider';
import type { CoachNode } from './tree/treeNodes';

/** What activate() returns: used by the integration tests and the benchmark, not a public API. */
export interface InterviewCoachApi {
  readonly treeProvider: QuestionTreeProvider;
  readonly bankService: QuestionBankService;
  readonly panel: QuestionPanel;
  readonly study: StudyController;
  readonly practice: PracticeService;
  readonly notes: NotesService;
  readonly stats: StatsPanel;
  readonly interview: InterviewController;
  readonly exercises: LazyExercises;
  /** The handler of each command, by full id (src/commands/commandHandlers.ts). */
  readonly commands: ReadonlyMap<string, CommandHandler>;
}

export interface Coach extends InterviewCoachApi {
  /** Writes notes still waiting for their debounce (reload, close). */
  flush(): Promise<void>;
  /** Takes over the question panel VS Code restored after a reload: a mock interview's, or the study flow's. */
  revivePanel(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
}

/**
 * Everything the extension does, created the first time something needs it (a tree render, a
 * command, a restored panel), so activation itself only registers entry points. Bundled on its own
 * (dist/coach.js); its disposables go to the extension context.
 */
export function createCoach(context: vscode.ExtensionContext, treeView: vscode.TreeView<CoachNode>): Coach {
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');
  const bankService = new QuestionBankService(vscode.Uri.joinPath(context.extensionUri, 'dist', 'packs.json'));
  const practice = new PracticeService(context.globalStorageUri, context.globalState);
  const notes = new NotesService(context);
  const panel = new QuestionPanel(media, vscode.Uri.joinPath(context.globalStorageUri, 'examples'));
  const preferences = new PanelPreferences(context.globalState);
  const study = new StudyController(bankService, practice, panel, notes, preferences);
  const interviews = new InterviewStore(context.globalStorageUri, () => practice.now());
  const interview = new InterviewController(bankService, practice, panel, interviews, study);
  const treeProvider = new QuestionTreeProvider(bankService, practice, notes);
  const statusBar = new DueStatusBar(bankService, practice, preferences);
  // SQL exercises: their adapters (dist/exercise.js) and engine (dist/pglite/) load on first need.
  const exercises = new LazyExercises({ context, bankService, panel, render: renderMarkdown, log, reportError });
  const stats = new StatsPanel(media, () => loadStats(bankService, practice, interviews), practice.onDidChange);
  const commands = commandHandlers({ bankService, notes, practice, study, interview, tree: treeProvider, exercises, showStats: () => stats.show() });

  context.subscriptions.push(
    bankService,
    practice,
    notes,
    treeProvider,
    treeProvider.onDidChangeFilter((description) => (treeView.description = description)),
    panel,
    study,
    interview,
    statusBar,
    stats,
    exercises,
    { dispose: disposeLog },
  );
  // The status bar needs the packs and the log: read them after whatever asked for the coach.
  setTimeout(() => void statusBar.update(), 0);
  const revivePanel = (webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> =>
    isPanelState(state) && state.interviewId ? interview.revive(webviewPanel, state.interviewId) : study.revive(webviewPanel, state);
  return { treeProvider, bankService, panel, study, interview, practice, notes, stats, exercises, commands, flush: () => notes.flush(), revivePanel };
}
