import type { ColumnRule, RowRule } from './exercise';

/** A statement's result as PostgreSQL prints it: column names and each value's text output (NULL as null). */
export interface ResultTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | null)[])[];
}

export type Row = readonly (string | null)[];

export type Comparison =
  | { readonly match: true }
  | {
      readonly match: false;
      /** What differs, in one sentence. */
      readonly message: string;
      /** The first row of the reference that the user's result lacks (or has elsewhere, when ordered). */
      readonly expected?: Row;
      /** The first row of the user's result that the reference lacks (or the one at that place). */
      readonly actual?: Row;
      /** 0-based index of `actual` in the user's result, when it is one of its rows. */
      readonly actualIndex?: number;
    };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Already canonical: no sign but a minus, no leading zero, no point. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d*)$/;

/**
 * A value's comparison key: numbers as their canonical decimal (1 = 1.0 = 1.00 = 1e0), other text as
 * written. A number written with an exponent or too long for a double goes through its text, so
 * 12345678901234567890.5 is not rounded into another value.
 */
export function valueKey(value: string | null): string {
  if (value === null) return '\u0000null';
  const first = value.charCodeAt(0);
  // Only a digit, a sign or a point can start a number: most text skips the pattern.
  const maybeNumber = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
  if (!maybeNumber || !NUMBER.test(value)) return `t${value}`;
  if (PLAIN_INTEGER.test(value)) return `n${value}`;
  if (/[eE]/.test(value)) return `n${canonicalDecimal(Number(value).toString())}`;
  return `n${canonicalDecimal(value)}`;
}

function canonicalDecimal(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace(/^[+-]/, '').split('.');
  const intPart = whole.replace(/^0+(?=\d)/, '') || '0';
  const fracPart = fraction.replace(/0+$/, '');
  const magnitude = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

const rowKey = (row: Row): string => JSON.stringify(row.map(valueKey));

/** Text for a row in messages: (1, Ada, NULL). */
export function formatRow(row: Row): string {
  return `(${row.map((value) => (value === null ? 'NULL' : value)).join(', ')})`;
}

/**
 * Compares the user's result with the reference's: columns first (names case-insensitively in
 * order, or only their count), then rows as a multiset (`set`) or in order (`ordered`).
 */
export function compareResults(expected: ResultTable, actual: ResultTable, rules: { rows: RowRule; columns: ColumnRule }): Comparison {
  const columnProblem = compareColumns(expected.columns, actual.columns, rules.columns);
  if (columnProblem) return { match: false, message: columnProblem };
  return rules.rows === 'ordered' ? compareOrdered(expected.rows, actual.rows) : compareMultiset(expected.rows, actual.rows);
}

function compareColumns(expected: readonly string[], actual: readonly string[], rule: ColumnRule): string | undefined {
  const list = (columns: readonly string[]): string => columns.join(', ') || 'none';
  if (expected.length !== actual.length) return `Expected ${expected.length} column${expected.length === 1 ? '' : 's'} (${list(expected)}), got ${actual.length} (${list(actual)}).`;
  if (rule === 'ignore') return undefined;
  const index = expected.findIndex((name, i) => name.toLowerCase() !== actual[i]?.toLowerCase());
  return index < 0 ? undefined : `Column ${index + 1} should be named "${expected[index]}", not "${actual[index]}" (expected columns: ${list(expected)}).`;
}

function compareOrdered(expected: readonly Row[], actual: readonly Row[]): Comparison {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const want = expected[i];
    const got = actual[i];
    if (want && got && rowKey(want) === rowKey(got)) continue;
    const counts = `Expected ${expected.length} row${expected.length === 1 ? '' : 's'}, got ${actual.length}.`;
    if (!got) return { match: false, message: `Row ${i + 1} is missing: expected ${formatRow(want!)}. ${counts}`, expected: want! };
    if (!want) return { match: false, message: `Row ${i + 1} is extra: ${formatRow(got)}. ${counts}`, actual: got, actualIndex: i };
    return { match: false, message: `Row ${i + 1} differs: expected ${formatRow(want)}, got ${formatRow(got)}.`, expected: want, actual: got, actualIndex: i };
  }
  return { match: true };
}

function compareMultiset(expected: readonly Row[], actual: readonly Row[]): Comparison {
  const unmatched = new Map<string, number>();
  const expectedKeys = expected.map(rowKey);
  for (const key of expectedKeys) unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  let extraIndex = -1;
  for (const [index, row] of actual.entries()) {
    const key = rowKey(row);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) unmatched.set(key, left - 1);
    else if (extraIndex < 0) extraIndex = index;
  }
  const missingIndex = expectedKeys.findIndex((key) => (unmatched.get(key) ?? 0) > 0);
  const missing = missingIndex >= 0 ? expected[missingIndex] : undefined;
  if (!missing && extraIndex < 0) return { match: true };
  const extra = extraIndex >= 0 ? actual[extraIndex] : undefined;
  const parts = [
    ...(missing ? [`Missing a row the reference returns: ${formatRow(missing)}.`] : []),
    ...(extra ? [`Row ${extraIndex + 1} of your result is not in the reference's: ${formatRow(extra)}.`] : []),
    `Expected ${expected.length} row${expected.length === 1 ? '' : 's'}, got ${actual.length} (order ignored).`,
  ];
  return { match: false, message: parts.join(' '), ...(missing ? { expected: missing } : {}), ...(extra ? { actual: extra, actualIndex: extraIndex } : {}) };
}

/** `check: plan <words>`: the plan text (every row of an EXPLAIN) must contain the words, ignoring case and spacing. */
export function checkPlan(result: ResultTable, words: string): Comparison {
  if (result.columns.length !== 1 || result.columns[0]?.toUpperCase() !== 'QUERY PLAN') {
    return { match: false, message: 'This exercise checks the query plan: end your SQL with an EXPLAIN statement.' };
  }
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const plan = result.rows.map((row) => row.join(' ')).join('\n');
  return squash(plan).includes(squash(words)) ? { match: true } : { match: false, message: `The plan does not use "${words}" yet.` };
}
