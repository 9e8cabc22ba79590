import type { Question } from '../pack/types';
import { pickWeighted, statusWeight } from '../picking/pickQuestion';
import type { QuestionProgress } from '../practice';

/**
 * The rules of a day's study session, shared by the move after a grade, Random Question and Next
 * Due: due questions first (most overdue first), then new ones up to the day's limit, then the
 * session is done. Questions that are not due are only served when the user asks to study ahead.
 */
export interface SessionInputs {
  /** The questions in scope (the bank, or one topic / tag of it), in the bank's order. */
  readonly questions: readonly Question[];
  readonly progress: (questionId: string) => QuestionProgress;
  /** Questions introduced today (first grade today). */
  readonly newToday: number;
  /** How many new questions today may introduce; 0 means no limit. */
  readonly newLimit: number;
  /** The question shown last: not served again straight away when anything else is left. */
  readonly lastId?: string;
  /** With an interview date: the plan's questions for today (core/plan), served after the due ones. */
  readonly planned?: ReadonlySet<string>;
}

export type StepReason = 'due' | 'plan' | 'new' | 'ahead';

export type SessionStep = { readonly kind: 'question'; readonly question: Question; readonly reason: StepReason } | { readonly kind: 'done' };

export interface SessionCounts {
  readonly dueLeft: number;
  readonly newToday: number;
  /** 0 means no limit. */
  readonly newLimit: number;
  /** New questions still allowed today: those left, or fewer when the day's limit is near. */
  readonly newLeft: number;
  /** Questions the interview plan still has for today, due ones included (undefined without a plan). */
  readonly planLeft: number | undefined;
}

const isDue = (progress: QuestionProgress, now: Date): boolean =>
  !progress.suspended && progress.due !== undefined && progress.due.getTime() <= now.getTime() && (progress.status === 'due' || progress.status === 'learning');

const isNew = (progress: QuestionProgress): boolean => progress.status === 'new';

function newAllowed(inputs: SessionInputs): number {
  return inputs.newLimit <= 0 ? Infinity : Math.max(0, inputs.newLimit - inputs.newToday);
}

export function sessionCounts(inputs: SessionInputs, now: Date): SessionCounts {
  let dueLeft = 0;
  let newAvailable = 0;
  let planLeft = 0;
  for (const question of inputs.questions) {
    const progress = inputs.progress(question.id);
    if (inputs.planned?.has(question.id)) planLeft++;
    if (isDue(progress, now)) dueLeft++;
    else if (!inputs.planned?.has(question.id) && isNew(progress)) newAvailable++;
  }
  return { dueLeft, newToday: inputs.newToday, newLimit: inputs.newLimit, newLeft: Math.min(newAvailable, newAllowed(inputs)), planLeft: inputs.planned ? planLeft : undefined };
}

/** "2 due left · new 3/10 today": where the user is in today's session. */
export function describeCounts(counts: SessionCounts): string {
  const newPart = counts.newLimit > 0 ? `new ${counts.newToday}/${counts.newLimit} today` : `new ${counts.newToday} today`;
  const planPart = counts.planLeft === undefined ? '' : `plan: ${counts.planLeft} today · `;
  return `${planPart}${counts.dueLeft} due left · ${newPart}`;
}

/** Leaves out the last question shown, unless it is the only one. */
function withoutLast<T extends { question: Question }>(items: T[], lastId: string | undefined): T[] {
  const others = items.filter((item) => item.question.id !== lastId);
  return others.length > 0 ? others : items;
}

/**
 * The next question in order: the most overdue due one, then (with an interview date) the plan's
 * questions for today in bank order, then the first new one the limit allows.
 */
export function nextStep(inputs: SessionInputs, now: Date, { newQuestions = true } = {}): SessionStep {
  const due: { question: Question; due: number }[] = [];
  const planned: { question: Question }[] = [];
  const fresh: { question: Question }[] = [];
  for (const question of inputs.questions) {
    const progress = inputs.progress(question.id);
    if (isDue(progress, now)) due.push({ question, due: progress.due?.getTime() ?? 0 });
    else if (inputs.planned?.has(question.id)) planned.push({ question });
    else if (isNew(progress)) fresh.push({ question });
  }
  const [mostOverdue] = withoutLast(due, inputs.lastId).sort((a, b) => a.due - b.due);
  if (mostOverdue) return { kind: 'question', question: mostOverdue.question, reason: 'due' };
  const [firstPlanned] = withoutLast(planned, inputs.lastId);
  if (firstPlanned) return { kind: 'question', question: firstPlanned.question, reason: 'plan' };
  const [firstNew] = newQuestions && newAllowed(inputs) > 0 ? withoutLast(fresh, inputs.lastId) : [];
  return firstNew ? { kind: 'question', question: firstNew.question, reason: 'new' } : { kind: 'done' };
}

/** Random Question: a weighted pick among what the session would serve (due ones weigh most). */
export function randomStep(inputs: SessionInputs, now: Date, random: () => number): SessionStep {
  const allowNew = newAllowed(inputs) > 0;
  const eligible = inputs.questions.filter((question) => {
    const progress = inputs.progress(question.id);
    return isDue(progress, now) || inputs.planned?.has(question.id) || (allowNew && isNew(progress));
  });
  const question = pickWeighted(eligible, (item) => weightOf(inputs.progress(item.id)), { random, lastId: inputs.lastId });
  if (!question) return { kind: 'done' };
  const progress = inputs.progress(question.id);
  const reason = isDue(progress, now) ? 'due' : inputs.planned?.has(question.id) ? 'plan' : 'new';
  return { kind: 'question', question, reason };
}

/**
 * Studying ahead: a question seen before and not due yet, the one most likely forgotten first
 * (lowest recall probability), so time spent ahead of schedule goes where it helps most.
 */
export function aheadStep(inputs: SessionInputs): SessionStep {
  let best: { question: Question; retrievability: number } | undefined;
  for (const question of inputs.questions) {
    if (question.id === inputs.lastId) continue;
    const progress = inputs.progress(question.id);
    if (progress.suspended || progress.status === 'new') continue;
    if (!best || progress.retrievability < best.retrievability) best = { question, retrievability: progress.retrievability };
  }
  return best ? { kind: 'question', question: best.question, reason: 'ahead' } : { kind: 'done' };
}

/** When the next question of `questions` comes due (learning steps included), if any. */
export function nextDueDate(inputs: SessionInputs): Date | undefined {
  let earliest: Date | undefined;
  for (const question of inputs.questions) {
    const progress = inputs.progress(question.id);
    if (progress.suspended || !progress.due) continue;
    if (!earliest || progress.due < earliest) earliest = progress.due;
  }
  return earliest;
}

function weightOf(progress: QuestionProgress): number {
  return statusWeight(progress.status, progress.retrievability, progress.lapses);
}
