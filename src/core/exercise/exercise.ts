/** How result rows are compared: as a multiset (order ignored, duplicates counted) or in order. */
export type RowRule = 'set' | 'ordered';
/** Whether column names must match (case-insensitively, in order) or only the values by position. */
export type ColumnRule = 'names' | 'ignore';

export const ROW_RULES: readonly RowRule[] = ['set', 'ordered'];
export const COLUMN_RULES: readonly ColumnRule[] = ['names', 'ignore'];

/** A SQL exercise of a pack (docs/question-packs.md, "Exercises"). */
export interface Exercise {
  /** The schema and data every run starts from (a ```sql seed block of the exercise or its topic). */
  readonly seed: string;
  /** 1-based line of the seed's fence in the pack file. */
  readonly seedLine: number;
  /** The reference solution: the first ```sql block under "### Answer". */
  readonly solution: string;
  /** 1-based line of the solution's fence. */
  readonly solutionLine: number;
  /** Markdown of the answer without the solution block and without "### Hints". */
  readonly explanation: string;
  /** Markdown of each hint, in the order they are revealed. */
  readonly hints: readonly string[];
  readonly rows: RowRule;
  readonly columns: ColumnRule;
  /** `check: plan <words>`: the user's last statement must be an EXPLAIN whose plan contains these words. */
  readonly planWords?: string;
}
