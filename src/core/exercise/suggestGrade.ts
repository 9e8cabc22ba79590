import type { Grade } from '../practice/grade';
import { MINUTE } from '../practice/calendar';

/** What happened while the user worked on an exercise, up to its first matching run. */
export interface Attempt {
  readonly runs: number;
  readonly hintsShown: number;
  readonly solutionShown: boolean;
  /** Milliseconds from opening the exercise to the first matching run. */
  readonly elapsedMs: number;
}

/** A pass this quick, on the first run and without help, suggests Easy rather than Good. */
export const QUICK_PASS_MS = 3 * MINUTE;

/**
 * The grade the panel suggests after a matching run (the user still chooses): solved without help
 * → Good, or Easy when it was the first run and took under three minutes; after hints → Hard;
 * after seeing the solution → Again (the solution was recalled from the page, not from memory).
 */
export function suggestGrade(attempt: Attempt): Grade {
  if (attempt.solutionShown) return 1;
  if (attempt.hintsShown > 0) return 2;
  return attempt.runs === 1 && attempt.elapsedMs < QUICK_PASS_MS ? 4 : 3;
}
