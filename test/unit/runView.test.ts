import * as assert from 'node:assert/strict';
import type { Exercise } from '../../src/core/exercise/exercise';
import { QUICK_PASS_MS, suggestGrade } from '../../src/core/exercise/suggestGrade';
import { positionIn, runView, type RunInputs } from '../../src/exercise/runView';
import type { RunOutcome } from '../../src/sql/sqlMessages';

const EXERCISE: Exercise = { seed: 'CREATE TABLE t (id int);', seedLine: 3, solution: 'SELECT id FROM t;', solutionLine: 12, explanation: '', hints: [], rows: 'set', columns: 'names' };
const result = (rows: (string | null)[][], columns = ['id'], totalRows?: number): RunOutcome => ({ kind: 'result', table: { columns, rows }, ...(totalRows ? { totalRows } : {}) });
const inputs = (outcome: RunOutcome, more: Partial<RunInputs> = {}): RunInputs => ({
  questionId: 'q',
  exercise: EXERCISE,
  sql: 'SELECT id\nFROM t;',
  outcome,
  reference: result([['1'], ['2']]),
  attempt: { runs: 1, hintsShown: 0, solutionShown: false, elapsedMs: 60_000 },
  ...more,
});

describe('judging a run (runView)', () => {
  it('a match shows the rows and suggests a grade; a mismatch marks the first differing row and the reference\'s', () => {
    const match = runView(inputs(result([['2'], ['1']])));
    assert.deepEqual([match.status, match.message, match.rows, match.suggestedGrade], ['match', 'Matches the reference: 2 rows.', [['2'], ['1']], 4]);
    const mismatch = runView(inputs(result([['1'], ['3']])));
    assert.deepEqual([mismatch.status, mismatch.differingRow, mismatch.expectedRow, mismatch.suggestedGrade], ['mismatch', 1, ['2'], undefined]);
  });

  it('an error names its SQLSTATE and the line and column it points at', () => {
    const view = runView(inputs({ kind: 'error', stage: 'sql', failure: { message: 'relation "tt" does not exist', code: '42P01', position: 16 } }, { sql: 'SELECT id\nFROM tt;' }));
    assert.equal(view.status, 'error');
    assert.equal(view.message, 'ERROR 42P01: relation "tt" does not exist (line 2, column 6).');
    assert.deepEqual(view.errorAt, { line: 2, column: 6, text: 'FROM tt;' });
    assert.deepEqual(positionIn('SELECT 1', 1), { line: 1, column: 1, text: 'SELECT 1' });
  });

  it('a failing seed or reference is the pack\'s fault, not the user\'s', () => {
    const seed = runView(inputs({ kind: 'error', stage: 'seed', failure: { message: 'syntax error', code: '42601' } }));
    assert.equal(seed.status, 'broken');
    const reference = runView(inputs(result([['1']]), { reference: { kind: 'error', stage: 'sql', failure: { message: 'boom', code: 'XX000' } } }));
    assert.match(reference.message, /^The reference solution fails on its seed: ERROR XX000: boom/);
  });

  it('does not compare a result over the row limit', () => {
    const view = runView(inputs(result([['1']], ['id'], 2_000_000)));
    assert.match(view.message, /The result has 2,000,000 rows; results over 10,000 rows are not compared/);
  });

  it('suggests Easy for a quick first pass, Good otherwise, Hard after a hint, Again after the solution', () => {
    assert.equal(suggestGrade({ runs: 1, hintsShown: 0, solutionShown: false, elapsedMs: QUICK_PASS_MS - 1 }), 4);
    assert.equal(suggestGrade({ runs: 1, hintsShown: 0, solutionShown: false, elapsedMs: QUICK_PASS_MS }), 3);
    assert.equal(suggestGrade({ runs: 3, hintsShown: 0, solutionShown: false, elapsedMs: 1000 }), 3);
    assert.equal(suggestGrade({ runs: 1, hintsShown: 1, solutionShown: false, elapsedMs: 1000 }), 2);
    assert.equal(suggestGrade({ runs: 1, hintsShown: 2, solutionShown: true, elapsedMs: 1000 }), 1);
  });
});
