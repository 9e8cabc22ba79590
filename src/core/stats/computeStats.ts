import type { ForecastModel } from './forecast';
import type { InterviewHistory } from './interviewHistory';
import type { QuestionBank } from '../pack/questionBank';
import { localDay, type PracticeState, type QuestionStatus } from '../practice';

/** The heatmap covers 12 whole weeks (Monday to Sunday), the current week last. */
export const HEATMAP_WEEKS = 12;
export const HEATMAP_DAYS = HEATMAP_WEEKS * 7;
export const HARDEST_LIMIT = 5;

/** How many questions have each status, and how many there are in all. */
export type StatusCounts = Readonly<Record<QuestionStatus, number>> & { readonly total: number };

export interface HeatmapDay {
  /** Local calendar day, 'YYYY-MM-DD'. */
  readonly day: string;
  readonly count: number;
  /** 0 = Monday ... 6 = Sunday: the heatmap row. */
  readonly weekday: number;
  /** Later than today (the rest of the current week): drawn as an empty cell, never counted. */
  readonly future: boolean;
}

export interface TopicMastery {
  readonly topicId: string;
  readonly title: string;
  readonly counts: StatusCounts;
}

export interface HardQuestion {
  readonly questionId: string;
  readonly title: string;
  readonly topicTitle: string;
  readonly lapses: number;
  readonly reviews: number;
  /** Estimated probability of recalling it now, 0..1. */
  readonly retrievability: number;
  readonly status: QuestionStatus;
}

export interface StatsModel {
  /** With an interview date set: the forecast towards it (core/stats/forecast.ts). */
  readonly forecast?: ForecastModel;
  /** Past mock interviews, once one has a score (core/stats/interviewHistory.ts). */
  readonly interviews?: InterviewHistory;
  /** Local day the numbers were computed for, 'YYYY-MM-DD'. */
  readonly today: string;
  /** Questions of the current bank whose due time has come. */
  readonly dueToday: number;
  /** Questions graded today for the first time (or the first time since a reset). */
  readonly newToday: number;
  readonly reviewsToday: number;
  /** Consecutive days with a review, ending today (or yesterday while today has none yet). */
  readonly streak: number;
  /** Every review in the log that is not undone, including questions no longer in the bank. */
  readonly totalReviews: number;
  readonly hasReviews: boolean;
  /**
   * HEATMAP_DAYS days, oldest first, from the Monday eleven weeks before this week's Monday to
   * this week's Sunday, so cell i sits in column floor(i / 7), row i % 7 (= weekday).
   */
  readonly heatmap: readonly HeatmapDay[];
  /** Reviews in the heatmap's days (up to today). */
  readonly heatmapReviews: number;
  /** Largest count of a heatmap day, 0 when none. */
  readonly heatmapMax: number;
  /** One entry per bank topic, in bank order. */
  readonly topics: readonly TopicMastery[];
  /** Up to HARDEST_LIMIT reviewed questions: most lapses first, then lowest retrievability. */
  readonly hardest: readonly HardQuestion[];
  /** Status counts over all current bank questions. */
  readonly statusCounts: StatusCounts;
}

/** Statistics for the stats view; pure: the clock is a parameter. */
export function computeStats(bank: QuestionBank, state: PracticeState, now: Date): StatsModel {
  const perDay = state.reviewsPerDay();
  let totalReviews = 0;
  for (const count of perDay.values()) totalReviews += count;

  const heatmap = heatmapDays(perDay, now);
  const past = heatmap.filter((cell) => !cell.future);

  const overall = emptyCounts();
  const topics: TopicMastery[] = [];
  const reviewed: (HardQuestion & { readonly order: number; readonly forgotten: boolean; readonly difficulty: number })[] = [];
  for (const topic of bank.topics) {
    const counts = emptyCounts();
    for (const question of topic.questions) {
      const progress = state.progress(question.id, now);
      counts[progress.status]++;
      counts.total++;
      overall[progress.status]++;
      overall.total++;
      if (progress.reviews > 0) {
        reviewed.push({
          questionId: question.id,
          title: question.title,
          topicTitle: topic.title,
          lapses: progress.lapses,
          reviews: progress.reviews,
          retrievability: progress.retrievability,
          status: progress.status,
          order: reviewed.length,
          forgotten: progress.lastGrade === 1,
          difficulty: progress.card?.difficulty ?? 0,
        });
      }
    }
    topics.push({ topicId: topic.id, title: topic.title, counts });
  }

  // Hardest to recall: forgotten at the last review first, then by FSRS difficulty (its estimate of
  // how hard the question is for this user), then lapses, then the lowest chance of recall now.
  const hardest = reviewed
    .sort((a, b) => Number(b.forgotten) - Number(a.forgotten) || b.difficulty - a.difficulty || b.lapses - a.lapses || a.retrievability - b.retrievability || a.order - b.order)
    .slice(0, HARDEST_LIMIT)
    .map(({ order: _order, forgotten: _forgotten, difficulty: _difficulty, ...question }) => question);

  return {
    today: localDay(now),
    dueToday: overall.due,
    newToday: state.newToday(now),
    reviewsToday: state.reviewsToday(now),
    streak: state.streak(now),
    totalReviews,
    hasReviews: totalReviews > 0,
    heatmap,
    heatmapReviews: past.reduce((sum, cell) => sum + cell.count, 0),
    heatmapMax: past.reduce((max, cell) => Math.max(max, cell.count), 0),
    topics,
    hardest,
    statusCounts: overall,
  };
}

/** The 12 Monday-to-Sunday weeks ending with the current one; days are built from calendar fields (DST-safe). */
export function heatmapDays(perDay: ReadonlyMap<string, number>, now: Date): HeatmapDay[] {
  const today = localDay(now);
  const mondayOffset = (now.getDay() + 6) % 7;
  const first = now.getDate() - mondayOffset - (HEATMAP_WEEKS - 1) * 7;
  const days: HeatmapDay[] = [];
  for (let index = 0; index < HEATMAP_DAYS; index++) {
    const day = localDay(new Date(now.getFullYear(), now.getMonth(), first + index, 12));
    const future = day > today;
    days.push({ day, count: future ? 0 : (perDay.get(day) ?? 0), weekday: index % 7, future });
  }
  return days;
}

type MutableCounts = { -readonly [K in keyof StatusCounts]: number };

function emptyCounts(): MutableCounts {
  return { new: 0, learning: 0, review: 0, due: 0, mastered: 0, suspended: 0, total: 0 };
}
