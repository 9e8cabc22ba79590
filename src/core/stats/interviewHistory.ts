import type { Interview } from '../interview/foldInterviews';
import { scoreTrend } from '../interview/interviewSummary';
import { localDay } from '../practice/calendar';

/** Past mock interviews as the statistics page shows them: the latest first, and the score trend. */
export interface InterviewHistory {
  readonly recent: readonly { readonly day: string; readonly questions: number; readonly score: number; readonly endedEarly: boolean }[];
  /** Scores of every finished interview, oldest first (the trend line). */
  readonly scores: readonly number[];
  /** Points gained or lost since the interview before the last one. */
  readonly change: number | undefined;
}

const RECENT_SHOWN = 10;

/** Undefined when no interview has a score yet: the page then leaves the section out. */
export function interviewHistory(interviews: readonly Interview[]): InterviewHistory | undefined {
  const trend = scoreTrend(interviews);
  if (trend.points.length === 0) return undefined;
  const byId = new Map(interviews.map((interview) => [interview.iid, interview]));
  const recent = [...trend.points]
    .reverse()
    .slice(0, RECENT_SHOWN)
    .map((point) => {
      const interview = byId.get(point.iid);
      return { day: localDay(point.at), questions: interview?.questions.length ?? 0, score: point.score, endedEarly: interview?.endedEarly ?? false };
    });
  return { recent, scores: trend.points.map((point) => point.score), change: trend.change };
}
