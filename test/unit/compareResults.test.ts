import * as assert from 'node:assert/strict';
import { checkPlan, compareResults, type ResultTable } from '../../src/core/exercise/compareResults';

const t = (columns: string[], ...rows: (string | null)[][]): ResultTable => ({ columns, rows });
const SET = { rows: 'set', columns: 'names' } as const;
const ORDERED = { rows: 'ordered', columns: 'names' } as const;

describe('compareResults', () => {
  const expected = t(['id', 'name'], ['1', 'Ada'], ['2', 'Linus'], ['2', 'Linus']);

  it('set: order is ignored, duplicates count', () => {
    assert.deepEqual(compareResults(expected, t(['id', 'name'], ['2', 'Linus'], ['1', 'Ada'], ['2', 'Linus']), SET), { match: true });
    const oneDuplicateShort = compareResults(expected, t(['id', 'name'], ['2', 'Linus'], ['1', 'Ada']), SET);
    assert.equal(oneDuplicateShort.match, false);
    assert.deepEqual(!oneDuplicateShort.match && oneDuplicateShort.expected, ['2', 'Linus']);
    assert.match(!oneDuplicateShort.match ? oneDuplicateShort.message : '', /Missing a row the reference returns: \(2, Linus\)\. Expected 3 rows, got 2/);
  });

  it('set: names the first row of the user\'s result that the reference does not have, by its place', () => {
    const result = compareResults(expected, t(['id', 'name'], ['1', 'Ada'], ['3', 'Grace'], ['2', 'Linus']), SET);
    assert.equal(result.match, false);
    if (result.match) return;
    assert.deepEqual([result.expected, result.actual, result.actualIndex], [['2', 'Linus'], ['3', 'Grace'], 1]);
    assert.match(result.message, /Row 2 of your result is not in the reference's: \(3, Grace\)/);
  });

  it('ordered: the first row out of place, a missing row, an extra row', () => {
    const swapped = compareResults(expected, t(['id', 'name'], ['2', 'Linus'], ['1', 'Ada'], ['2', 'Linus']), ORDERED);
    assert.deepEqual(!swapped.match && [swapped.message, swapped.actualIndex], ['Row 1 differs: expected (1, Ada), got (2, Linus).', 0]);
    const short = compareResults(expected, t(['id', 'name'], ['1', 'Ada'], ['2', 'Linus']), ORDERED);
    assert.match(!short.match ? short.message : '', /^Row 3 is missing: expected \(2, Linus\)\. Expected 3 rows, got 2\.$/);
    const long = compareResults(t(['id'], ['1']), t(['id'], ['1'], ['1']), ORDERED);
    assert.match(!long.match ? long.message : '', /^Row 2 is extra: \(1\)/);
    assert.deepEqual(compareResults(expected, expected, ORDERED), { match: true });
  });

  it('NULL equals only NULL: not the empty string, not the text "NULL"', () => {
    const withNull = t(['x'], [null]);
    assert.deepEqual(compareResults(withNull, t(['x'], [null]), SET), { match: true });
    assert.equal(compareResults(withNull, t(['x'], ['']), SET).match, false);
    assert.equal(compareResults(withNull, t(['x'], ['NULL']), SET).match, false);
    assert.equal(compareResults(t(['x'], ['']), t(['x'], [null]), ORDERED).match, false);
  });

  it('numbers compare numerically across types: 1 = 1.0 = 1.00 = 1e0, -0 = 0, big values are not rounded', () => {
    for (const same of ['1.0', '1.00', '01', '1e0', '+1']) assert.deepEqual(compareResults(t(['n'], ['1']), t(['n'], [same]), SET), { match: true }, same);
    assert.deepEqual(compareResults(t(['n'], ['0']), t(['n'], ['-0.00']), SET), { match: true });
    assert.deepEqual(compareResults(t(['n'], ['0'], ['-5']), t(['n'], ['-0'], ['-05']), ORDERED), { match: true });
    assert.deepEqual(compareResults(t(['n'], ['0.50']), t(['n'], ['.5']), SET), { match: true });
    assert.equal(compareResults(t(['n'], ['12345678901234567890.5']), t(['n'], ['12345678901234567890.6']), SET).match, false);
    assert.equal(compareResults(t(['n'], ['1.5']), t(['n'], ['1.05']), SET).match, false);
    // Text that is not exactly a number (a padded char(n), a code) is compared as written.
    assert.equal(compareResults(t(['v'], ['1 ']), t(['v'], ['1.0']), SET).match, false);
    assert.equal(compareResults(t(['v'], ['1a']), t(['v'], ['1.0a']), SET).match, false);
  });

  it('columns: names must match case-insensitively in order, unless columns: ignore', () => {
    assert.deepEqual(compareResults(t(['ID', 'Name'], ['1', 'Ada']), t(['id', 'name'], ['1', 'Ada']), SET), { match: true });
    const renamed = compareResults(t(['id', 'name'], ['1', 'Ada']), t(['id', 'customer'], ['1', 'Ada']), SET);
    assert.match(!renamed.match ? renamed.message : '', /Column 2 should be named "name", not "customer"/);
    assert.deepEqual(compareResults(t(['id', 'name'], ['1', 'Ada']), t(['a', 'b'], ['1', 'Ada']), { rows: 'set', columns: 'ignore' }), { match: true });
    const fewer = compareResults(t(['id', 'name'], ['1', 'Ada']), t(['id'], ['1']), { rows: 'set', columns: 'ignore' });
    assert.match(!fewer.match ? fewer.message : '', /Expected 2 columns \(id, name\), got 1 \(id\)/);
  });

  it('check: plan looks for the words in an EXPLAIN, ignoring case and spacing', () => {
    const plan = t(['QUERY PLAN'], ['Index Scan using orders_customer_idx on orders  (cost=0.15..8.17 rows=1 width=8)'], ['  Index Cond: (customer_id = 42)']);
    assert.deepEqual(checkPlan(plan, 'index scan'), { match: true });
    assert.match((checkPlan(t(['QUERY PLAN'], ['Seq Scan on orders']), 'Index Scan') as { message: string }).message, /does not use "Index Scan"/);
    assert.match((checkPlan(t(['id'], ['1']), 'Index Scan') as { message: string }).message, /end your SQL with an EXPLAIN/);
  });
});
