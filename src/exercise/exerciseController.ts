import * as vscode from 'vscode';
import type { Exercise } from '../core/exercise/exercise';
import type { QuestionBankService } from '../bank/questionBankService';
import type { Question } from '../core/pack/types';
import type { QuestionPanel } from '../panel/questionPanel';
import type { SqlEngine } from '../sql/sqlEngine';
import { SqlTimeoutError } from '../sql/sqlEngine';
import type { RunOutcome } from '../sql/sqlMessages';
import type { ExerciseFiles } from './exerciseFiles';
import type { ExerciseServices } from './exerciseServices';
import type { ExerciseView, FromExerciseMessage, RunView } from './exerciseProtocol';
import { runView } from './runView';

interface Attempt {
  readonly question: Question & { readonly exercise: Exercise };
  readonly openedAt: number;
  runs: number;
  hintsShown: number;
  solutionShown: boolean;
  lastRun?: RunView;
}

const EDITOR_CONTEXT_KEY = 'interviewCoach.exerciseEditor';
export const RUN_KEY = 'Ctrl+Enter';

/**
 * SQL exercises in the question panel: the page asks for the exercise part of the question it
 * shows; this opens the exercise's `.sql` editor beside the panel, runs the user's SQL and the
 * reference in the SQL engine and sends the verdict. Grading goes through the panel's usual grade
 * buttons and the StudyController, so the log and the scheduler treat an exercise like any question.
 */
export class ExerciseController implements vscode.Disposable {
  private attempt: Attempt | undefined;
  private running = false;
  private readonly references = new Map<string, Promise<RunOutcome>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly bankService: QuestionBankService,
    private readonly panel: QuestionPanel,
    private readonly files: ExerciseFiles,
    private readonly engine: () => SqlEngine,
    private readonly services: ExerciseServices,
    private readonly now: () => number = Date.now,
  ) {
    this.subscriptions = [
      panel.onDidRate(({ questionId }) => {
        if (this.attempt?.question.id === questionId) this.attempt = undefined;
      }),
      panel.onDidClose(() => (this.attempt = undefined)),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.setEditorContext(editor)),
    ];
  }

  /** Run Exercise (the command, its keybinding and the panel's Run button). */
  async run(questionId?: string): Promise<void> {
    const attempt = this.panel.isOpen ? this.attempt : undefined;
    if (!attempt) return void vscode.window.showInformationMessage('Interview Coach: open a SQL exercise first (its topic in the tree, or Random Question).');
    if ((questionId !== undefined && questionId !== attempt.question.id) || this.running) return;
    this.running = true;
    try {
      const uri = this.files.uriFor(attempt.question.id);
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      if (open?.isDirty) await open.save();
      const sql = await this.files.read(uri);
      this.panel.post({ type: 'exerciseRunning', questionId: attempt.question.id });
      attempt.runs += 1;
      const view = await this.judge(attempt, sql);
      attempt.lastRun = view;
      if (this.attempt === attempt) this.panel.post({ type: 'exerciseResult', view });
    } finally {
      this.running = false;
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** A message of the panel's exercise layout. */
  async handle(message: FromExerciseMessage): Promise<void> {
    switch (message.type) {
      case 'exerciseWanted':
        return this.show(message.questionId);
      case 'exerciseRun':
        return this.run(message.questionId);
      case 'exerciseHint':
        if (this.attempt?.question.id === message.questionId) this.attempt.hintsShown = Math.max(this.attempt.hintsShown, message.shown);
        return;
      case 'exerciseSolution':
        if (this.attempt?.question.id === message.questionId) this.attempt.solutionShown = true;
        return;
      case 'exerciseOpenEditor':
        if (this.attempt?.question.id === message.questionId) await this.openEditor(this.attempt.question, { force: true });
        return;
    }
  }

  /** The page shows `questionId`: an exercise gets its layout, its editor and a warm engine. */
  private async show(questionId: string): Promise<void> {
    const question = (await this.bankService.bank()).question(questionId);
    if (!question?.exercise) return;
    const exercise = question.exercise;
    const same = this.attempt?.question.id === question.id && this.attempt.question.hash === question.hash;
    if (!same) this.attempt = { question: { ...question, exercise }, openedAt: this.now(), runs: 0, hintsShown: 0, solutionShown: false };
    const attempt = this.attempt!;
    this.engine().warmUp();
    const view: ExerciseView = {
      questionId,
      hintsHtml: exercise.hints.map((hint) => this.services.render(hint)),
      rules: describeRules(exercise),
      fileName: this.files.uriFor(questionId).path.split('/').pop() ?? '',
      runKey: RUN_KEY,
    };
    this.panel.post({ type: 'exercise', view });
    if (attempt.lastRun) this.panel.post({ type: 'exerciseResult', view: attempt.lastRun });
    await this.openEditor(question, { force: false });
  }

  private async judge(attempt: Attempt, sql: string): Promise<RunView> {
    const { exercise, id } = attempt.question;
    try {
      const reference = exercise.planWords === undefined ? this.reference(exercise) : undefined;
      const [outcome, referenceOutcome] = await Promise.all([this.engine().run(exercise.seed, sql), reference]);
      return runView({
        questionId: id,
        exercise,
        sql,
        outcome,
        reference: referenceOutcome,
        attempt: { runs: attempt.runs, hintsShown: attempt.hintsShown, solutionShown: attempt.solutionShown, elapsedMs: this.now() - attempt.openedAt },
      });
    } catch (error) {
      if (!(error instanceof SqlTimeoutError)) throw error;
      return { questionId: id, status: 'timeout', message: error.message, columns: [], rows: [], moreRows: 0 };
    }
  }

  /** The reference's result on its seed, computed once per (seed, solution). */
  private reference(exercise: Exercise): Promise<RunOutcome> {
    const key = `${exercise.seed}\u0000${exercise.solution}`;
    let result = this.references.get(key);
    if (!result) {
      result = this.engine().run(exercise.seed, exercise.solution);
      result.catch(() => this.references.delete(key));
      this.references.set(key, result);
    }
    return result;
  }

  /** The exercise's editor beside the panel (in the column of an exercise editor already open); other exercises' saved tabs close. */
  private async openEditor(question: Question, { force }: { force: boolean }): Promise<void> {
    const uri = await this.files.ensure(question);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    if (visible && !force) return;
    const other = vscode.window.visibleTextEditors.find((editor) => this.files.isExerciseFile(editor.document.uri));
    await vscode.window.showTextDocument(uri, { viewColumn: visible?.viewColumn ?? other?.viewColumn ?? vscode.ViewColumn.Beside, preview: false, preserveFocus: false });
    const stale = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputText && this.files.isExerciseFile(tab.input.uri) && tab.input.uri.toString() !== uri.toString() && !tab.isDirty);
    if (stale.length > 0) await vscode.window.tabGroups.close(stale, true).then(undefined, (error: unknown) => this.services.log().warn(`Could not close old exercise tabs: ${String(error)}`));
  }

  private async setEditorContext(editor: vscode.TextEditor | undefined): Promise<void> {
    await vscode.commands.executeCommand('setContext', EDITOR_CONTEXT_KEY, editor !== undefined && this.files.isExerciseFile(editor.document.uri));
  }
}

function describeRules(exercise: Exercise): string {
  if (exercise.planWords !== undefined) return `Checked: your last statement must be an EXPLAIN whose plan shows "${exercise.planWords}".`;
  const rows = exercise.rows === 'ordered' ? 'Rows must come in the asked order' : 'Rows in any order (duplicates count)';
  const columns = exercise.columns === 'names' ? 'column names must match' : 'column names are not compared';
  return `Compared with the reference solution's result: ${rows}; ${columns}. Only the last statement's result counts.`;
}
