import type { QuestionBank } from '../pack/questionBank';
import type { InterviewPlan } from '../plan/interviewPlan';

export interface RecallPair {
  readonly withoutStudy: number;
  readonly withPlan: number;
}

/** The statistics page's view of the interview plan: expected recall on the day, per topic, per day. */
export interface ForecastModel {
  /** The interview day, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly targetRecall: number;
  readonly overall: RecallPair;
  readonly topics: readonly (RecallPair & { readonly title: string; readonly questions: number })[];
  readonly recallByDay: InterviewPlan['recallByDay'];
  readonly reviewsByDay: readonly { readonly day: string; readonly count: number }[];
  /** Titles of the questions that cannot reach the target in time. */
  readonly infeasible: readonly string[];
}

function mean(pairs: readonly RecallPair[]): RecallPair {
  if (pairs.length === 0) return { withoutStudy: 0, withPlan: 0 };
  const sum = (pick: (pair: RecallPair) => number): number => pairs.reduce((total, pair) => total + pick(pair), 0) / pairs.length;
  return { withoutStudy: sum((pair) => pair.withoutStudy), withPlan: sum((pair) => pair.withPlan) };
}

export function forecastModel(bank: QuestionBank, plan: InterviewPlan, date: string, targetRecall: number): ForecastModel {
  const of = (ids: readonly string[]): RecallPair[] => ids.flatMap((id) => plan.forecast.get(id) ?? []);
  return {
    date,
    targetRecall,
    overall: mean(of([...plan.forecast.keys()])),
    topics: bank.topics
      .map((topic) => {
        const pairs = of(topic.questions.map((question) => question.id));
        return { title: topic.title, questions: pairs.length, ...mean(pairs) };
      })
      .filter((topic) => topic.questions > 0),
    recallByDay: plan.recallByDay,
    reviewsByDay: plan.days.map((day) => ({ day: day.day, count: day.questionIds.length })),
    infeasible: plan.infeasible.map((id) => bank.question(id)?.title ?? id),
  };
}
