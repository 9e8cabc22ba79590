import { checkPlan, compareResults, type ResultTable } from '../core/exercise/compareResults';
import type { Exercise } from '../core/exercise/exercise';
import { suggestGrade, type Attempt } from '../core/exercise/suggestGrade';
import { MAX_RESULT_ROWS, type RunOutcome, type SqlFailure } from '../sql/sqlMessages';
import { MAX_SHOWN_ROWS, type RunView } from './exerciseProtocol';

export interface RunInputs {
  readonly questionId: string;
  readonly exercise: Exercise;
  /** The SQL the user ran (positions in errors point into it). */
  readonly sql: string;
  readonly outcome: RunOutcome;
  /** The reference's outcome on the same seed; not needed for `check: plan`. */
  readonly reference: RunOutcome | undefined;
  /** The attempt so far, this run counted, for the grade suggested on a match. */
  readonly attempt: Attempt;
}

const NO_TABLE = { columns: [], rows: [], moreRows: 0 } as const;

/** Judges one run: the user's result against the reference (or the plan check), as the panel shows it. */
export function runView(inputs: RunInputs): RunView {
  const { questionId, exercise, outcome, reference } = inputs;
  if (outcome.kind === 'error' && outcome.stage === 'seed') return broken(questionId, `The exercise's seed fails: ${describe(outcome.failure)} The pack needs a fix (see the Problems panel).`);
  if (outcome.kind === 'error') {
    const at = outcome.failure.position !== undefined ? positionIn(inputs.sql, outcome.failure.position) : undefined;
    const where = at ? ` (line ${at.line}, column ${at.column})` : '';
    return { questionId, status: 'error', message: describe(outcome.failure, where), ...NO_TABLE, ...(at ? { errorAt: at } : {}) };
  }
  const table = outcome.table;
  const tooLong = outcome.totalRows ?? (reference?.kind === 'result' ? reference.totalRows : undefined);
  if (tooLong !== undefined && exercise.planWords === undefined) {
    return { questionId, status: 'mismatch', message: `The result has ${tooLong.toLocaleString('en')} rows; results over ${MAX_RESULT_ROWS.toLocaleString('en')} rows are not compared. Exercises expect a handful.`, ...shownRows(table) };
  }
  let comparison;
  if (exercise.planWords !== undefined) {
    comparison = checkPlan(table, exercise.planWords);
  } else {
    if (!reference || reference.kind === 'error') return broken(questionId, `The reference solution fails on its seed${reference?.kind === 'error' ? `: ${describe(reference.failure)}` : '.'} The pack needs a fix.`);
    comparison = compareResults(reference.table, table, exercise);
  }
  const shown = shownRows(table);
  if (comparison.match) {
    return { questionId, status: 'match', message: `Matches the reference: ${rowCount(table.rows.length)}.`, ...shown, suggestedGrade: suggestGrade(inputs.attempt) };
  }
  const differing = comparison.actualIndex !== undefined && comparison.actualIndex < MAX_SHOWN_ROWS ? { differingRow: comparison.actualIndex } : {};
  return { questionId, status: 'mismatch', message: comparison.message, ...shown, ...differing, ...(comparison.expected ? { expectedRow: comparison.expected } : {}) };
}

function broken(questionId: string, message: string): RunView {
  return { questionId, status: 'broken', message, ...NO_TABLE };
}

function shownRows(table: ResultTable): Pick<RunView, 'columns' | 'rows' | 'moreRows'> {
  return { columns: table.columns, rows: table.rows.slice(0, MAX_SHOWN_ROWS), moreRows: Math.max(0, table.rows.length - MAX_SHOWN_ROWS) };
}

const rowCount = (count: number): string => `${count} row${count === 1 ? '' : 's'}`;

/** PostgreSQL's error as psql shows it, then where it points, its detail and its hint. */
function describe(failure: SqlFailure, where = ''): string {
  const extra = [failure.detail, failure.hint ? `Hint: ${failure.hint}` : undefined].filter(Boolean).join(' ');
  return `ERROR ${failure.code}: ${failure.message.replace(/\.$/, '')}${where}.${extra ? ` ${extra}` : ''}`;
}

/** PostgreSQL's error position (1-based, in characters) as a line and column of the SQL, with that line. */
export function positionIn(sql: string, position: number): { line: number; column: number; text: string } {
  const before = Array.from(sql).slice(0, Math.max(0, position - 1)).join('');
  const lines = before.split('\n');
  const line = lines.length;
  return { line, column: (lines.at(-1)?.length ?? 0) + 1, text: sql.split('\n')[line - 1] ?? '' };
}
