import { localDay, streakLength } from './calendar';

/** Reviews per local day, and how many of them were a question's first (since new or a reset). */
export class DayCounts {
  private readonly reviews = new Map<string, number>();
  private readonly firsts = new Map<string, number>();

  /** Counts (sign 1) or uncounts (sign -1) a review at epoch ms `t`. */
  add(t: number, first: boolean, sign: 1 | -1): void {
    const day = localDay(t);
    bump(this.reviews, day, sign);
    if (first) bump(this.firsts, day, sign);
  }

  reviewsOn(date: Date): number {
    return this.reviews.get(localDay(date)) ?? 0;
  }

  firstReviewsOn(date: Date): number {
    return this.firsts.get(localDay(date)) ?? 0;
  }

  perDay(): Map<string, number> {
    return new Map(this.reviews);
  }

  streak(now: Date): number {
    return streakLength(this.reviews, now);
  }
}

function bump(counts: Map<string, number>, day: string, delta: number): void {
  const value = (counts.get(day) ?? 0) + delta;
  // Drop zeros so counts reached by different routes (undo, refold) compare equal.
  if (value === 0) counts.delete(day);
  else counts.set(day, value);
}
