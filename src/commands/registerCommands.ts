import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import { isGrade } from '../core/practice/reviewLog';
import { reportError } from '../log';
import type { QuestionPanel } from '../panel/questionPanel';
import type { NotesService } from '../notes/notesService';
import { questionIdFrom } from './commandArgs';
import { newQuestionPack } from './newQuestionPack';
import { exportNotes, openNotes } from './notesCommands';
import { pickQuestion } from './questionPicker';

export interface CommandDependencies {
  readonly bankService: QuestionBankService;
  readonly panel: QuestionPanel;
  readonly notes: NotesService;
}

/** Accepts a grade as a number, a numeric string or `{ grade }`, so keybindings and tests can pass it. */
function gradeFrom(arg: unknown): number | undefined {
  if (typeof arg === 'number') return arg;
  if (typeof arg === 'string') return Number(arg);
  if (typeof arg === 'object' && arg !== null && 'grade' in arg) return Number((arg as { grade: unknown }).grade);
  return undefined;
}

export function registerCommands({ bankService, panel, notes }: CommandDependencies): vscode.Disposable[] {
  const guarded = (action: string, run: (...args: unknown[]) => Promise<void>) => async (...args: unknown[]) => {
    try {
      await run(...args);
    } catch (error) {
      reportError(action, error);
    }
  };

  return [
    vscode.commands.registerCommand(
      'interviewCoach.openQuestion',
      guarded('Could not open the question', async (arg) => {
        const bank = await bankService.bank();
        const id = questionIdFrom(arg);
        const question = id !== undefined ? bank.question(id) : await pickQuestion(bank, 'Choose a question to practise');
        if (id !== undefined && !question) {
          void vscode.window.showWarningMessage(`Interview Coach: no question with id "${id}".`);
          return;
        }
        if (question) await panel.show(question, bank.topic(question.topicId));
      }),
    ),
    vscode.commands.registerCommand(
      'interviewCoach.revealAnswer',
      guarded('Could not reveal the answer', async () => {
        if (!panel.current) {
          void vscode.window.showInformationMessage('Interview Coach: open a question first.');
          return;
        }
        panel.reveal();
      }),
    ),
    vscode.commands.registerCommand(
      'interviewCoach.rate',
      guarded('Could not save the grade', async (arg) => {
        const grade = gradeFrom(arg);
        if (!panel.current) {
          void vscode.window.showInformationMessage('Interview Coach: open a question before grading it.');
          return;
        }
        if (!isGrade(grade)) {
          void vscode.window.showWarningMessage('Interview Coach: a grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).');
          return;
        }
        await panel.rate(grade);
      }),
    ),
    vscode.commands.registerCommand(
      'interviewCoach.refresh',
      guarded('Could not refresh the questions', async () => bankService.reload()),
    ),
    vscode.commands.registerCommand('interviewCoach.newQuestionPack', guarded('Could not create the question pack', newQuestionPack)),
    vscode.commands.registerCommand(
      'interviewCoach.openNotes',
      guarded('Could not open the notes', (arg) => openNotes(arg, bankService, notes, panel)),
    ),
    vscode.commands.registerCommand('interviewCoach.exportNotes', async (target?: unknown) => {
      try {
        return await exportNotes(target, bankService, notes);
      } catch (error) {
        reportError('Could not export the notes', error);
        return undefined;
      }
    }),
  ];
}
