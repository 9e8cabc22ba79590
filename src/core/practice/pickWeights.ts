import { statusWeight } from '../picking/pickQuestion';
import type { QuestionRecord } from './questionHistory';
import type { CardState, Scheduler } from './scheduler';
import { statusOf } from './status';

const DAY = 24 * 60 * 60 * 1000;

interface CachedWeight {
  readonly weight: number;
  /** The weight holds for times in [from, until). */
  readonly from: number;
  readonly until: number;
}

/**
 * The picker's weight of each question, kept until it can change. A weight depends on the status
 * (which flips when the card falls due) and the recall probability (which FSRS computes from whole
 * days since the last review), so it is constant between those moments: a pick over 10,000
 * questions then costs a lookup per question, not a forgetting-curve evaluation. The owner calls
 * `forget` when a question's history changes.
 */
export class PickWeights {
  private readonly cache = new Map<string, CachedWeight>();

  /** `recordOf` is asked only when a weight has to be computed: a kept one costs a single lookup. */
  constructor(
    private readonly scheduler: Scheduler,
    private readonly recordOf: (questionId: string) => QuestionRecord | undefined,
  ) {}

  weight(questionId: string, now: Date): number {
    const at = now.getTime();
    const cached = this.cache.get(questionId);
    if (cached !== undefined && at >= cached.from && at < cached.until) return cached.weight;
    const computed = this.compute(this.recordOf(questionId), now, at);
    this.cache.set(questionId, computed);
    return computed.weight;
  }

  forget(questionId: string): void {
    this.cache.delete(questionId);
  }

  clear(): void {
    this.cache.clear();
  }

  private compute(record: QuestionRecord | undefined, now: Date, at: number): CachedWeight {
    if (record === undefined) return { weight: statusWeight('new', 1, 0), from: -Infinity, until: Infinity };
    const status = statusOf(record, now);
    if (status === 'suspended' || status === 'new') return { weight: statusWeight(status, 1, 0), from: -Infinity, until: Infinity };
    const card = record.card as CardState;
    const weight = statusWeight(status, this.scheduler.retrievability(card, now), card.lapses);
    // Whole days since the last review (0 also before it), as the scheduler counts them.
    const days = Math.max(Math.floor((at - card.lastReview) / DAY), 0);
    let from = days === 0 ? -Infinity : card.lastReview + days * DAY;
    let until = card.lastReview + (days + 1) * DAY;
    if (at >= card.due) from = Math.max(from, card.due);
    else until = Math.min(until, card.due);
    return { weight, from, until };
  }
}
