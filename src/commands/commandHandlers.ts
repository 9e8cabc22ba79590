import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import { isGrade } from '../core/practice';
import { reportError } from '../log';
import type { NotesService } from '../notes/notesService';
import type { PracticeService } from '../practice/practiceService';
import type { StudyController } from '../study/studyController';
import type { QuestionTreeProvider } from '../tree/questionTreeProvider';
import { questionIdFrom, topicIdFrom } from './commandArgs';
import { newQuestionPack } from './newQuestionPack';
import { exportNotes, openNotes } from './notesCommands';
import { exportProgress, importProgress, resetProgress } from './progressCommands';
import { pickQuestion } from './questionPicker';
import { searchCommand } from './searchCommand';
import { chooseFilter, chooseTopicThenRandom } from './studyCommands';

export interface CommandDependencies {
  readonly bankService: QuestionBankService;
  readonly notes: NotesService;
  readonly practice: PracticeService;
  readonly study: StudyController;
  readonly tree: QuestionTreeProvider;
  readonly showStats: () => Promise<void>;
}

/** Accepts a grade as a number, a numeric string or `{ grade }`, so keybindings and tests can pass it. */
function gradeFrom(arg: unknown): number | undefined {
  if (typeof arg === 'number') return arg;
  if (typeof arg === 'string') return Number(arg);
  if (typeof arg === 'object' && arg !== null && 'grade' in arg) return Number((arg as { grade: unknown }).grade);
  return undefined;
}

export type CommandHandler = (...args: unknown[]) => Promise<unknown>;

/** A command whose errors are logged once and shown as one clear message; returns its result. */
function command(id: string, failure: string, run: CommandHandler): [string, CommandHandler] {
  return [
    // Both spellings until every entry below is written with its full id.
    id.startsWith('interviewCoach.') ? id : `interviewCoach.${id}`,
    async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (error) {
        reportError(failure, error);
        return undefined;
      }
    },
  ];
}

/**
 * What each command does, by full id. The activation entry (src/extension.ts) registers every
 * command contributed in package.json and calls these once the rest of the extension is loaded.
 */
export function commandHandlers(deps: CommandDependencies): ReadonlyMap<string, CommandHandler> {
  const { bankService, notes, practice, study, tree } = deps;
  const bank = (): ReturnType<QuestionBankService['bank']> => bankService.bank();
  const info = (text: string): void => void vscode.window.showInformationMessage(`Interview Coach: ${text}`);

  return new Map([
    command('openQuestion', 'Could not open the question', async (arg) => {
      const id = questionIdFrom(arg);
      const question = id !== undefined ? (await bank()).question(id) : await pickQuestion(await bank(), 'Choose a question to practise');
      if (id !== undefined && !question) return void vscode.window.showWarningMessage(`Interview Coach: no question with id "${id}".`);
      if (question) await study.open(question);
    }),
    command('randomQuestion', 'Could not pick a question', async (arg) => study.openRandom({ topicId: topicIdFrom(arg) })),
    command('randomQuestionFromTopic', 'Could not pick a question', async (arg) => chooseTopicThenRandom(bankService, study, topicIdFrom(arg))),
    command('nextDue', 'Could not open the next due question', async () => study.openNextDue()),
    command('search', 'Could not search the questions', async () => searchCommand(await bank(), study, async (id) => (await notes.load(id)).text)),
    command('revealAnswer', 'Could not reveal the answer', async () => study.reveal()),
    command('rate', 'Could not save the grade', async (arg) => {
      const grade = gradeFrom(arg);
      if (!study.current) return info('open a question before grading it.');
      if (!isGrade(grade)) return void vscode.window.showWarningMessage('Interview Coach: a grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).');
      await study.rate(grade);
    }),
    command('undo', 'Could not undo the last grade', async () => study.undo()),
    command('suspend', 'Could not suspend the question', async (arg) => {
      const id = questionIdFrom(arg) ?? study.current?.id;
      if (id) await practice.suspend(id, true);
    }),
    command('unsuspend', 'Could not unsuspend the question', async (arg) => {
      const id = questionIdFrom(arg) ?? study.current?.id;
      if (id) await practice.suspend(id, false);
    }),
    command('resetProgress', 'Could not reset the progress', async (arg) => resetProgress(arg, await bank(), practice, study.current?.id)),
    command('exportProgress', 'Could not export the progress', async (target) => exportProgress(target, practice)),
    command('importProgress', 'Could not import the progress', async (source) => importProgress(source, practice)),
    command('showStats', 'Could not show the statistics', async () => deps.showStats()),
    command('filter', 'Could not change the filter', async () => chooseFilter(bankService, tree)),
    command('clearFilter', 'Could not clear the filter', async () => tree.setFilter({ kind: 'all' })),
    command('refresh', 'Could not refresh the questions', async () => {
      bankService.reload();
      await practice.reload();
    }),
    command('newQuestionPack', 'Could not create the question pack', newQuestionPack),
    command('openNotes', 'Could not open the notes', async (arg) => openNotes(arg, bankService, notes, study)),
    command('exportNotes', 'Could not export the notes', async (target) => exportNotes(target, bankService, notes)),
    command('interviewCoach.repairPracticeLog', 'Could not move the damaged lines of the practice log', async () => practice.moveDamagedLines()),
  ]);
}
