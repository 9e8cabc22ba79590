import { checkPlan } from '../core/exercise/compareResults';
import type { Exercise } from '../core/exercise/exercise';
import type { RunOutcome } from '../sql/sqlMessages';

export interface ReferenceProblem {
  /** 1-based line in the pack: the solution's fence, or the seed's when the seed fails. */
  readonly line: number;
  readonly message: string;
  readonly hint: string;
  readonly timedOut?: boolean;
}

/**
 * What is wrong with an exercise's reference solution, run on its own seed: an error (of the seed
 * or the solution), no rows, or, for `check: plan`, a plan without the words.
 */
export function referenceProblem(exercise: Exercise, outcome: RunOutcome | { readonly kind: 'timeout'; readonly message: string }): ReferenceProblem | undefined {
  if (outcome.kind === 'timeout') return { line: exercise.solutionLine, message: `The reference solution did not finish: ${outcome.message}`, hint: 'Make the seed smaller or the solution faster.', timedOut: true };
  if (outcome.kind === 'error') {
    const { failure } = outcome;
    const seed = outcome.stage === 'seed';
    return {
      line: seed ? exercise.seedLine : exercise.solutionLine,
      message: `The ${seed ? 'seed' : 'reference solution'} fails: ERROR ${failure.code}: ${failure.message}`,
      hint: seed ? 'Fix the seed so that it runs in a fresh PostgreSQL database.' : 'Fix the solution so that it runs on the seed.',
    };
  }
  if (exercise.planWords !== undefined) {
    const plan = checkPlan(outcome.table, exercise.planWords);
    return plan.match ? undefined : { line: exercise.solutionLine, message: `The reference solution does not pass its own plan check: ${plan.message}`, hint: 'End the solution with the EXPLAIN whose plan shows the words of "check: plan".' };
  }
  if (outcome.table.rows.length === 0) {
    return { line: exercise.solutionLine, message: 'The reference solution returns no rows on its seed, so any query returning nothing would match it.', hint: 'Add seed rows the task should find.' };
  }
  return undefined;
}
