import { localDay, streakLength } from './calendar';

interface DayCount {
  reviews: number;
  firsts: number;
}

/** Reviews per local day, and how many of them were a question's first (since new or a reset). */
export class DayCounts {
  /**
   * Both counts of each day in one record, so counting a review updates a record in place rather
   * than reading and writing two maps. A day whose counts are both 0 is dropped, so counts reached
   * by different routes (undo, refold) compare equal.
   */
  private readonly days = new Map<string, DayCount>();
  /**
   * The day of the last `add` and its record: replay counts reviews in time order, so most land on
   * the same day as the one before. Private (#), so it takes no part in comparing states.
   */
  #lastDay: string | undefined;
  #lastCount: DayCount | undefined;

  /** Counts (sign 1) or uncounts (sign -1) a review at epoch ms `t`. */
  add(t: number, first: boolean, sign: 1 | -1): void {
    // localDay hands out one string per cached hour, so this comparison is usually of identical strings.
    const day = localDay(t);
    let count = day === this.#lastDay ? this.#lastCount : undefined;
    if (count === undefined) {
      count = this.days.get(day);
      if (count === undefined) this.days.set(day, (count = { reviews: 0, firsts: 0 }));
      this.#lastDay = day;
      this.#lastCount = count;
    }
    count.reviews += sign;
    if (first) count.firsts += sign;
    if (count.reviews === 0 && count.firsts === 0) {
      this.days.delete(day);
      this.#lastDay = undefined;
      this.#lastCount = undefined;
    }
  }

  reviewsOn(date: Date): number {
    return this.days.get(localDay(date))?.reviews ?? 0;
  }

  firstReviewsOn(date: Date): number {
    return this.days.get(localDay(date))?.firsts ?? 0;
  }

  /** Reviews per day, days without any left out. A copy. */
  perDay(): Map<string, number> {
    const reviews = new Map<string, number>();
    for (const [day, count] of this.days) if (count.reviews !== 0) reviews.set(day, count.reviews);
    return reviews;
  }

  streak(now: Date): number {
    return streakLength(this.perDay(), now);
  }
}
