// Messages between the extension host (sqlEngine.ts) and the SQL worker thread (sqlWorker.ts).
import type { ResultTable } from '../core/exercise/compareResults';

/** Rows of a result sent to the extension host at most: exercises are small, a runaway result is not worth comparing. */
export const MAX_RESULT_ROWS = 10_000;

export interface RunRequest {
  readonly id: number;
  /** Runs first, in the same fresh database; its own errors are reported as the seed's. */
  readonly seed: string;
  readonly sql: string;
}

/** An error PostgreSQL raised, with where it points in the SQL that was sent (1-based character). */
export interface SqlFailure {
  readonly message: string;
  /** SQLSTATE, e.g. 42601 for a syntax error. */
  readonly code: string;
  readonly position?: number;
  readonly hint?: string;
  readonly detail?: string;
}

export type RunOutcome =
  /** The result of the last statement of `sql`; `totalRows` is set when it had more than MAX_RESULT_ROWS (only those are sent). */
  | { readonly kind: 'result'; readonly table: ResultTable; readonly totalRows?: number }
  | { readonly kind: 'error'; readonly stage: 'seed' | 'sql'; readonly failure: SqlFailure };

export type WorkerReply =
  /** The database is ready and the seed about to run: the time limit starts now. */
  | { readonly id: number; readonly kind: 'started' }
  | { readonly id: number; readonly kind: 'done'; readonly outcome: RunOutcome };
