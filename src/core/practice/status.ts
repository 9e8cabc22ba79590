import type { Grade } from './grade';
import type { CardState } from './scheduler';

export type QuestionStatus = 'new' | 'learning' | 'review' | 'due' | 'mastered' | 'suspended';

/**
 * Mastery rule: a question is mastered when FSRS expects it to stay remembered for three weeks,
 * i.e. its stability is at least MASTERY_MIN_STABILITY_DAYS, and the last grade was not Again
 * (a fresh lapse always takes the badge away, even when stability is still high).
 */
export const MASTERY_MIN_STABILITY_DAYS = 21;

export function isMastered(card: CardState | undefined, lastGrade: Grade | undefined): boolean {
  return card !== undefined && card.stability >= MASTERY_MIN_STABILITY_DAYS && lastGrade !== undefined && lastGrade !== 1;
}

export interface StatusInput {
  readonly card: CardState | undefined;
  readonly lastGrade: Grade | undefined;
  readonly suspended: boolean;
}

/**
 * First match wins: suspended; new (never graded, or reset since); due (due time reached, so
 * mastered questions still come back); learning (FSRS learning or relearning steps); mastered;
 * otherwise review (graduated, waiting for its due date).
 */
export function statusOf(input: StatusInput, now: Date): QuestionStatus {
  const { card } = input;
  if (input.suspended) return 'suspended';
  if (card === undefined) return 'new';
  if (card.due <= now.getTime()) return 'due';
  if (card.phase !== 'review') return 'learning';
  return isMastered(card, input.lastGrade) ? 'mastered' : 'review';
}

/** One question's progress, as the tree, the panel and the statistics show it. */
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
