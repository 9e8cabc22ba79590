/**
 * Messages of the panel's exercise layout (SQL exercises), beside the panel's own protocol
 * (src/panel/protocol.ts). Shared by the extension and the webview; validated on receipt.
 */
import { isGrade, type Grade } from '../core/practice/grade';
import { isRecord, isString } from '../panel/messageChecks';

/** The exercise part of a question shown in the panel (the task itself is the question's prompt). */
export interface ExerciseView {
  readonly questionId: string;
  /** Hint texts as safe HTML, revealed one at a time. */
  readonly hintsHtml: readonly string[];
  /** How the result is checked, in one line ("Rows in any order; column names must match."). */
  readonly rules: string;
  /** The editor the SQL is typed in, e.g. "sql-practice.never-ordered.sql". */
  readonly fileName: string;
  /** The keybinding of Run, as the user sees it. */
  readonly runKey: string;
}

export type Cell = string | null;

/** What one run shows: the user's result (or error), and whether it matches the reference. */
export interface RunView {
  readonly questionId: string;
  readonly status: 'match' | 'mismatch' | 'error' | 'timeout' | 'broken';
  /** One or two sentences: what matched or differed, the error, the time limit. */
  readonly message: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Rows of the result not sent (only the first MAX_SHOWN_ROWS are). */
  readonly moreRows: number;
  /** Index in `rows` of the first row that differs from the reference. */
  readonly differingRow?: number;
  /** The reference's row at that point (or the one the result lacks). */
  readonly expectedRow?: readonly Cell[];
  /** For an error: where it points, and that line of the SQL. */
  readonly errorAt?: { readonly line: number; readonly column: number; readonly text: string };
  readonly suggestedGrade?: Grade;
}

export const MAX_SHOWN_ROWS = 200;

export type ToExerciseMessage =
  | { readonly type: 'exercise'; readonly view: ExerciseView }
  | { readonly type: 'exerciseRunning'; readonly questionId: string }
  | { readonly type: 'exerciseResult'; readonly view: RunView };

export type FromExerciseMessage =
  /** The page shows this question (first open, an edit, a reload): its exercise part, if it has one. */
  | { readonly type: 'exerciseWanted'; readonly questionId: string }
  | { readonly type: 'exerciseRun'; readonly questionId: string }
  | { readonly type: 'exerciseHint'; readonly questionId: string; readonly shown: number }
  | { readonly type: 'exerciseSolution'; readonly questionId: string }
  | { readonly type: 'exerciseOpenEditor'; readonly questionId: string };

const isId = (value: unknown): value is string => isString(value) && value.length < 4096;
const isCell = (value: unknown): value is Cell => value === null || isString(value);
const isRow = (value: unknown): value is Cell[] => Array.isArray(value) && value.every(isCell);
const STATUSES: readonly RunView['status'][] = ['match', 'mismatch', 'error', 'timeout', 'broken'];

export function parseFromExercise(value: unknown): FromExerciseMessage | undefined {
  if (!isRecord(value) || !isId(value.questionId)) return undefined;
  const questionId = value.questionId;
  switch (value.type) {
    case 'exerciseWanted':
    case 'exerciseRun':
    case 'exerciseSolution':
    case 'exerciseOpenEditor':
      return { type: value.type, questionId };
    case 'exerciseHint':
      return Number.isInteger(value.shown) && (value.shown as number) > 0 ? { type: 'exerciseHint', questionId, shown: value.shown as number } : undefined;
    default:
      return undefined;
  }
}

export function parseToExercise(value: unknown): ToExerciseMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'exercise':
      return isExerciseView(value.view) ? { type: 'exercise', view: value.view } : undefined;
    case 'exerciseRunning':
      return isId(value.questionId) ? { type: 'exerciseRunning', questionId: value.questionId } : undefined;
    case 'exerciseResult':
      return isRunView(value.view) ? { type: 'exerciseResult', view: value.view } : undefined;
    default:
      return undefined;
  }
}

function isExerciseView(value: unknown): value is ExerciseView {
  return isRecord(value) && isId(value.questionId) && Array.isArray(value.hintsHtml) && value.hintsHtml.every(isString) && [value.rules, value.fileName, value.runKey].every(isString);
}

function isRunView(value: unknown): value is RunView {
  if (!isRecord(value)) return false;
  const { errorAt } = value;
  return (
    isId(value.questionId) &&
    STATUSES.includes(value.status as RunView['status']) &&
    isString(value.message) &&
    Array.isArray(value.columns) &&
    value.columns.every(isString) &&
    Array.isArray(value.rows) &&
    value.rows.every(isRow) &&
    Number.isInteger(value.moreRows) &&
    (value.differingRow === undefined || Number.isInteger(value.differingRow)) &&
    (value.expectedRow === undefined || isRow(value.expectedRow)) &&
    (errorAt === undefined || (isRecord(errorAt) && Number.isInteger(errorAt.line) && Number.isInteger(errorAt.column) && isString(errorAt.text))) &&
    (value.suggestedGrade === undefined || isGrade(value.suggestedGrade))
  );
}
