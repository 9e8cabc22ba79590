import type { Grade } from './grade';
import type { QuestionRecord } from './questionHistory';
import type { CardState, Scheduler } from './scheduler';
import { statusOf, type QuestionStatus } from './status';

export interface QuestionProgress {
  readonly questionId: string;
  readonly status: QuestionStatus;
  /** FSRS state; undefined while the question is new (never graded, or reset). */
  readonly card: CardState | undefined;
  readonly due: Date | undefined;
  readonly lastReview: Date | undefined;
  /** Estimated probability of recalling it now, 0..1 (1 while new). */
  readonly retrievability: number;
  /** Reviews and lapses since the last reset. */
  readonly reviews: number;
  readonly lapses: number;
  readonly lastGrade: Grade | undefined;
  /** Content hash of the question at its last review: differs from the bank's when it was edited since. */
  readonly hash: string | undefined;
  readonly suspended: boolean;
}

export function describeProgress(questionId: string, record: QuestionRecord, now: Date, scheduler: Scheduler): QuestionProgress {
  const { card } = record;
  return {
    questionId,
    status: statusOf(record, now),
    card,
    due: card && new Date(card.due),
    lastReview: card && new Date(card.lastReview),
    retrievability: scheduler.retrievability(card, now),
    reviews: card?.reps ?? 0,
    lapses: card?.lapses ?? 0,
    lastGrade: record.lastGrade,
    hash: record.hash,
    suspended: record.suspended,
  };
}
