import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import { isGrade } from '../core/practice';
import { reportError } from '../log';
import type { InterviewController } from '../interview/interviewController';
import type { NotesService } from '../notes/notesService';
import type { PracticeService } from '../practice/practiceService';
import type { StudyController } from '../study/studyController';
import type { LazyExercises } from '../exercise/lazyExercises';
import type { QuestionTreeProvider } from '../tree/questionTreeProvider';
import { questionIdFrom, topicIdFrom } from './commandArgs';
import { newQuestionPack } from './newQuestionPack';
import { exportNotes, openNotes } from './notesCommands';
import { exportProgress, importProgress, resetProgress } from './progressCommands';
import { pickQuestion } from './questionPicker';
import { clearInterviewDate, setInterviewDate } from '../plan/interviewDay';
import { searchCommand } from './searchCommand';
import { chooseFilter, chooseTopicThenRandom } from './studyCommands';

export interface CommandDependencies {
  readonly bankService: QuestionBankService;
  readonly notes: NotesService;
  readonly practice: PracticeService;
  readonly study: StudyController;
  readonly interview: InterviewController;
  readonly tree: QuestionTreeProvider;
  readonly exercises: LazyExercises;
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
function command(id: `interviewCoach.${string}`, failure: string, run: CommandHandler): [string, CommandHandler] {
  return [
    id,
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
    command('interviewCoach.openQuestion', 'Could not open the question', async (arg) => {
      const id = questionIdFrom(arg);
      const question = id !== undefined ? (await bank()).question(id) : await pickQuestion(await bank(), 'Choose a question to practise');
      if (id !== undefined && !question) return void vscode.window.showWarningMessage(`Interview Coach: no question with id "${id}".`);
      if (question) await study.open(question);
    }),
    command('interviewCoach.randomQuestion', 'Could not pick a question', async (arg) => study.openRandom({ topicId: topicIdFrom(arg) })),
    command('interviewCoach.randomQuestionFromTopic', 'Could not pick a question', async (arg) => chooseTopicThenRandom(bankService, study, topicIdFrom(arg))),
    command('interviewCoach.nextDue', 'Could not open the next due question', async () => study.openNextDue()),
    command('interviewCoach.search', 'Could not search the questions', async () => searchCommand(await bank(), study, async (id) => (await notes.load(id)).text)),
    command('interviewCoach.revealAnswer', 'Could not reveal the answer', async () => study.reveal()),
    command('interviewCoach.rate', 'Could not save the grade', async (arg) => {
      const grade = gradeFrom(arg);
      if (!study.current) return info('open a question before grading it.');
      if (!isGrade(grade)) return void vscode.window.showWarningMessage('Interview Coach: a grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).');
      await study.rate(grade);
    }),
    command('interviewCoach.undo', 'Could not undo the last grade', async () => study.undo()),
    command('interviewCoach.suspend', 'Could not suspend the question', async (arg) => {
      const id = questionIdFrom(arg) ?? study.current?.id;
      if (id) await practice.suspend(id, true);
    }),
    command('interviewCoach.unsuspend', 'Could not unsuspend the question', async (arg) => {
      const id = questionIdFrom(arg) ?? study.current?.id;
      if (id) await practice.suspend(id, false);
    }),
    command('interviewCoach.resetProgress', 'Could not reset the progress', async (arg) => resetProgress(arg, await bank(), practice, study.current?.id)),
    command('interviewCoach.exportProgress', 'Could not export the progress', async (target) => exportProgress(target, practice)),
    command('interviewCoach.importProgress', 'Could not import the progress', async (source) => importProgress(source, practice)),
    command('interviewCoach.startMockInterview', 'Could not start the mock interview', async (arg) => deps.interview.start(arg)),
    command('interviewCoach.showStats', 'Could not show the statistics', async () => deps.showStats()),
    command('interviewCoach.filter', 'Could not change the filter', async () => chooseFilter(bankService, tree)),
    command('interviewCoach.clearFilter', 'Could not clear the filter', async () => tree.setFilter({ kind: 'all' })),
    command('interviewCoach.refresh', 'Could not refresh the questions', async () => {
      bankService.reload();
      await practice.reload();
    }),
    command('interviewCoach.setInterviewDate', 'Could not set the interview date', async () => setInterviewDate(practice.now())),
    command('interviewCoach.clearInterviewDate', 'Could not clear the interview date', async () => clearInterviewDate()),
    command('interviewCoach.newQuestionPack', 'Could not create the question pack', newQuestionPack),
    command('interviewCoach.openNotes', 'Could not open the notes', async (arg) => openNotes(arg, bankService, notes, study)),
    command('interviewCoach.exportNotes', 'Could not export the notes', async (target) => exportNotes(target, bankService, notes)),
    command('interviewCoach.runExercise', 'Could not run the exercise', async () => deps.exercises.run()),
    command('interviewCoach.repairPracticeLog', 'Could not move the damaged lines of the practice log', async () => practice.moveDamagedLines()),
  ]);
}
