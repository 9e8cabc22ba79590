import * as vscode from 'vscode';
import type { QuestionBank } from '../core/pack/questionBank';
import { PLAN_HOUR, planInterview, type InterviewPlan } from '../core/plan/interviewPlan';
import { localDay, localDayAround, type PracticeState, type Scheduler } from '../core/practice';

const SETTINGS = 'interviewCoach';
const DATE_KEY = 'interviewDate';
const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The interview date the user set ('YYYY-MM-DD'), if it is a valid calendar date. */
export function interviewDate(): string | undefined {
  const value = vscode.workspace.getConfiguration(SETTINGS).get<string>(DATE_KEY, '').trim();
  return interviewStart(value) ? value : undefined;
}

/** The interview's start, PLAN_HOUR local time of a 'YYYY-MM-DD' date; undefined for anything else (or 2026-02-31). */
export function interviewStart(date: string): Date | undefined {
  const match = DATE_FORMAT.exec(date);
  if (!match) return undefined;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), PLAN_HOUR);
  return localDay(start) === date ? start : undefined;
}

/** The recall the plan aims for, kept in the range the setting declares (settings.json can hold any number). */
export function planTarget(): number {
  return Math.min(0.99, Math.max(0.7, Number(vscode.workspace.getConfiguration(SETTINGS).get<number>('plan.targetRecall', 0.9)) || 0.9));
}

/** Today's plan towards the interview, or undefined without a date or once it has passed. */
export function currentPlan(bank: QuestionBank, state: PracticeState, now: Date, scheduler: Scheduler): InterviewPlan | undefined {
  const date = interviewDate();
  const interviewAt = date ? interviewStart(date) : undefined;
  if (!interviewAt || interviewAt.getTime() <= now.getTime()) return undefined;
  const settings = vscode.workspace.getConfiguration(SETTINGS);
  const reviewedToday = new Set(state.reviewsSince(localDayAround(now.getTime()).start).map((review) => review.q));
  const questions = bank.questions().map((question) => {
    const progress = state.progress(question.id, now);
    return { id: question.id, card: progress.card, suspended: progress.suspended };
  });
  // settings.json can hold any number: keep it in the range the setting declares.
  const dailyCap = Math.min(500, Math.max(1, Math.round(Number(settings.get<number>('plan.dailyCap', 30)) || 30)));
  const targetRecall = planTarget();
  const plan = planInterview(questions, { now, interviewAt, targetRecall, dailyCap, scheduler, reviewedToday });
  // Today's cap counts every review graded today, so today's list ends once the day's work is done.
  const room = Math.max(0, dailyCap - reviewedToday.size);
  return plan.today.length <= room ? plan : { ...plan, today: plan.today.slice(0, room) };
}

/** Set Interview Date...: asks for the date (a week ahead by default) and keeps it in the user settings. */
export async function setInterviewDate(now: Date): Promise<void> {
  const suggestion = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, 12));
  const value = await vscode.window.showInputBox({
    title: 'Interview Date',
    prompt: 'The day of your interview (YYYY-MM-DD). Reviews are planned so that you remember each question on that day.',
    value: interviewDate() ?? suggestion,
    validateInput: (text) => {
      const start = interviewStart(text.trim());
      if (!start) return 'Write the date as YYYY-MM-DD, e.g. 2027-01-15.';
      return start.getTime() <= now.getTime() ? 'The date has to be in the future.' : undefined;
    },
  });
  if (value === undefined) return;
  await vscode.workspace.getConfiguration(SETTINGS).update(DATE_KEY, value.trim(), vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(`Interview Coach: interview on ${value.trim()}. Today's plan is in the status bar and the study panel.`);
}

export async function clearInterviewDate(): Promise<void> {
  await vscode.workspace.getConfiguration(SETTINGS).update(DATE_KEY, undefined, vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage('Interview Coach: interview date cleared; back to normal scheduling.');
}
