// PLACEHOLDER until work-plan merges (the helper's implementation replaces this file).
import type { CardState, Scheduler } from '../practice/scheduler';

export interface PlanQuestion { readonly id: string; readonly card: CardState | undefined; readonly suspended: boolean }
export interface PlanOptions {
  readonly now: Date;
  readonly interviewAt: Date;
  readonly targetRecall: number;
  readonly dailyCap: number;
  readonly scheduler: Scheduler;
  readonly reviewedToday: ReadonlySet<string>;
}
export interface PlanDay { readonly day: string; readonly questionIds: readonly string[] }
export interface QuestionForecast { readonly withoutStudy: number; readonly withPlan: number }
export interface InterviewPlan {
  readonly days: readonly PlanDay[];
  readonly today: readonly string[];
  readonly infeasible: readonly string[];
  readonly forecast: ReadonlyMap<string, QuestionForecast>;
  readonly recallByDay: readonly { readonly day: string; readonly withoutStudy: number; readonly withPlan: number }[];
}
export function planInterview(questions: readonly PlanQuestion[], options: PlanOptions): InterviewPlan {
  const forecast = new Map(questions.filter((q) => !q.suspended).map((q) => [q.id, { withoutStudy: q.card ? options.scheduler.retrievability(q.card, options.interviewAt) : 0, withPlan: 1 }]));
  const today = questions.filter((q) => !q.suspended && !options.reviewedToday.has(q.id) && (forecast.get(q.id)?.withoutStudy ?? 0) < options.targetRecall).slice(0, options.dailyCap).map((q) => q.id);
  return { days: [{ day: '', questionIds: today }], today, infeasible: [], forecast, recallByDay: [] };
}
