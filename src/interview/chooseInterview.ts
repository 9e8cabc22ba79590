import * as vscode from 'vscode';
import type { QuestionBank } from '../core/pack/questionBank';
import { questionCount } from '../tree/treeNodes';
import { pendingQuestions, type Interview } from '../core/interview/foldInterviews';
import { DEFAULT_INTERVIEW_SETTINGS, type InterviewMode, type InterviewSettings } from '../core/interview/interviewRecord';

const MINUTE = 60_000;
const COUNTS = [1, 2, 3, 5, 8, 10];
const MINUTES = [1, 2, 3, 5, 10];

/** One choice from a list with a preselected default, so Enter alone takes the default. */
async function pickOne<T>(title: string, items: readonly { label: string; description?: string; value: T }[], defaultValue: T): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
  pick.title = title;
  pick.items = items;
  const preselected = pick.items.find((item) => item.value === defaultValue);
  if (preselected) pick.activeItems = [preselected];
  try {
    return await new Promise<T | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.value ?? pick.activeItems[0]?.value));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
  } finally {
    pick.dispose();
  }
}

/** The quick picks of Start Mock Interview: topics (none checked = mixed), questions, time, mode. */
export async function chooseInterview(bank: QuestionBank): Promise<InterviewSettings | undefined> {
  const topics = await vscode.window.showQuickPick(
    bank.topics.flatMap((topic) => {
      const askable = topic.questions.filter((question) => !question.exercise).length;
      return askable > 0 ? [{ label: topic.title, description: questionCount(askable), id: topic.id }] : [];
    }),
    { canPickMany: true, title: 'Mock interview (1/4): topics', placeHolder: 'Check the topics to be asked about, or press Enter with none checked for a mixed interview' },
  );
  if (!topics) return undefined;
  const count = await pickOne(
    'Mock interview (2/4): how many questions?',
    COUNTS.map((n) => ({ label: `${n} questions`, value: n })),
    DEFAULT_INTERVIEW_SETTINGS.count,
  );
  if (count === undefined) return undefined;
  const minutesPerQuestion = await pickOne(
    'Mock interview (3/4): time per question',
    MINUTES.map((n) => ({ label: `${n} minute${n === 1 ? '' : 's'}`, value: n })),
    DEFAULT_INTERVIEW_SETTINGS.msPerQuestion / MINUTE,
  );
  if (minutesPerQuestion === undefined) return undefined;
  const mode = await pickOne<InterviewMode>(
    'Mock interview (4/4): how will you answer?',
    [
      { label: 'Typed', description: 'write each answer; it is checked against the key points', value: 'typed' },
      { label: 'Spoken', description: 'answer aloud with a stopwatch (aim for 1-2 minutes); typing is optional', value: 'spoken' },
    ],
    DEFAULT_INTERVIEW_SETTINGS.mode,
  );
  if (mode === undefined) return undefined;
  return { topicIds: topics.map((topic) => topic.id), count, msPerQuestion: minutesPerQuestion * MINUTE, mode };
}

/** When an interview is unfinished: resume it, or start a new one (the unfinished one is ended early). */
export async function resumeOrNew(unfinished: Interview): Promise<'resume' | 'new' | undefined> {
  const done = unfinished.questions.length - pendingQuestions(unfinished).length;
  const resume = { label: 'Resume the unfinished interview', description: `${done} of ${unfinished.questions.length} questions done`, choice: 'resume' as const };
  const fresh = { label: 'Start a new interview', description: 'the unfinished one is kept, ended early', choice: 'new' as const };
  return (await vscode.window.showQuickPick([resume, fresh], { title: 'Mock interview', placeHolder: 'An interview is not finished' }))?.choice;
}

/** A choice passed to the command (keybindings, tests): `{ topics?, count?, minutes?, mode? }`. */
export function settingsFromArgument(arg: unknown): InterviewSettings | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { topics, count, minutes, mode } = arg as Record<string, unknown>;
  const positive = (value: unknown, fallback: number, max: number): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, max) : fallback);
  return {
    topicIds: Array.isArray(topics) ? topics.filter((id): id is string => typeof id === 'string') : [],
    count: Math.ceil(positive(count, DEFAULT_INTERVIEW_SETTINGS.count, 50)),
    msPerQuestion: Math.round(positive(minutes, DEFAULT_INTERVIEW_SETTINGS.msPerQuestion / MINUTE, 60) * MINUTE),
    mode: mode === 'spoken' ? 'spoken' : 'typed',
  };
}
