import type { Grade } from '../practice';

/** A review of today, as the log has it: its grade and time (epoch ms). */
export interface DayReview {
  readonly g: Grade;
  readonly t: number;
}

export interface DaySummary {
  readonly reviews: number;
  readonly again: number;
  /** Time spent studying, in whole minutes (see summarizeDay). */
  readonly minutes: number;
}

/**
 * The log has no durations, so time is estimated from the gaps between consecutive reviews, each
 * counted up to this cap: a pause for lunch between two grades does not count as study.
 */
export const STUDY_GAP_CAP_MS = 5 * 60_000;

export function summarizeDay(reviews: readonly DayReview[]): DaySummary {
  const times = reviews.map((review) => review.t).sort((a, b) => a - b);
  let studied = 0;
  for (let i = 1; i < times.length; i++) studied += Math.min((times[i] as number) - (times[i - 1] as number), STUDY_GAP_CAP_MS);
  return { reviews: reviews.length, again: reviews.filter((review) => review.g === 1).length, minutes: Math.round(studied / 60_000) };
}

/** "12 reviews · 2 Again (17%) · about 9 min". */
export function describeSummary(summary: DaySummary): string {
  if (summary.reviews === 0) return 'No reviews yet today';
  const parts = [summary.reviews === 1 ? '1 review' : `${summary.reviews} reviews`];
  parts.push(`${summary.again} Again (${Math.round((100 * summary.again) / summary.reviews)}%)`);
  if (summary.minutes >= 1) parts.push(`about ${summary.minutes} min`);
  return parts.join(' · ');
}
