import type { QuestionBank } from '../core/pack/questionBank';
import { describeSummary, summarizeDay } from '../core/session/daySummary';
import { nextDueDate, type SessionInputs } from '../core/session/studySession';
import { formatInterval, localDay, localDayAround, type PracticeState, type Scheduler } from '../core/practice';
import { currentPlan } from '../plan/interviewDay';
import type { DoneView } from '../panel/protocol';
import type { PanelPreferences } from './panelPreferences';

export interface SessionFilter {
  readonly topicId?: string;
  readonly tag?: string;
}

/**
 * The session rules' inputs for now: the bank (or the filtered part of it), progress, today's limit
 * and, with an interview date, today's plan (planned over the whole bank).
 */
export function sessionInputs(
  bank: QuestionBank,
  state: PracticeState,
  now: Date,
  preferences: PanelPreferences,
  scheduler: Scheduler,
  { filter = {}, lastId }: { filter?: SessionFilter; lastId?: string } = {},
): SessionInputs {
  const plan = currentPlan(bank, state, now, scheduler);
  const questions = bank.questions().filter((q) => (!filter.topicId || q.topicId === filter.topicId) && (!filter.tag || q.tags.includes(filter.tag)));
  const perDay = preferences.newPerDay;
  return {
    questions,
    progress: (id) => state.progress(id, now),
    newToday: state.newToday(now),
    newLimit: perDay <= 0 ? 0 : perDay + preferences.extraNew(localDay(now)),
    lastId,
    ...(plan ? { planned: new Set(plan.today) } : {}),
  };
}

/** How many more new questions "Learn more" allows: another day's worth, at least 5. */
export function moreNewStep(preferences: PanelPreferences): number {
  return Math.max(5, preferences.newPerDay);
}

/** The "done for today" view: what was done today, when more comes due, and the ways on. */
export function doneView(inputs: SessionInputs, state: PracticeState, now: Date, preferences: PanelPreferences): DoneView {
  const summary = describeSummary(summarizeDay(state.reviewsSince(localDayAround(now.getTime()).start)));
  const next = nextDueDate(inputs);
  const newWaiting = inputs.questions.filter((q) => inputs.progress(q.id).status === 'new').length;
  const canStudyAhead = inputs.questions.some((q) => !['new', 'suspended'].includes(inputs.progress(q.id).status));
  const step = Math.min(moreNewStep(preferences), newWaiting);
  return {
    summary: `Today: ${summary}.`,
    nextDue: next ? `The next question comes due in ${formatInterval(Math.max(0, next.getTime() - now.getTime()))}.` : newWaiting > 0 ? `${newWaiting} new questions are waiting for another day.` : 'Nothing is scheduled.',
    canStudyAhead,
    moreNewLabel: step > 0 ? `Learn ${step} more new today` : '',
  };
}
