import type { Grade } from '../practice/grade';
import type { FollowUp } from './interviewMaterial';

/**
 * The grade suggested from how many key points an answer covered (the user confirms or changes it):
 * - under a quarter covered: Again (1);
 * - under 60 %: Hard (2);
 * - 60 % or more: Good (3);
 * - all of them within half the time allowed: Easy (4).
 * Undefined when the question has no key points: there is nothing to measure, the user grades alone.
 */
export function suggestGrade(covered: number, total: number, usedMs: number, limitMs: number): Grade | undefined {
  if (total <= 0) return undefined;
  const share = Math.min(covered, total) / total;
  if (share < 0.25) return 1;
  if (share < 0.6) return 2;
  if (share === 1 && limitMs > 0 && usedMs <= limitMs / 2) return 4;
  return 3;
}

/** A follow-up is asked only after a good answer (Good or Easy), and only when the question has one. */
export function shouldAskFollowUp(grade: Grade, followUps: readonly FollowUp[]): boolean {
  return grade >= 3 && followUps.length > 0;
}
