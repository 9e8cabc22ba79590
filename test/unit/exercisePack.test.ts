import * as assert from 'node:assert/strict';
import { parsePack } from '../../src/core/pack/parsePack';

const fence = '```';

const PACK = `# SQL practice

id: sql-practice

The shop database.

${fence}sql seed
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO customers VALUES (1, 'Ada'), (2, 'Linus');
${fence}

## Customers by name

id: sql-practice.by-name
kind: exercise
difficulty: easy
rows: ordered
columns: ignore

List every customer's name, A to Z.

### Answer

${fence}sql
SELECT name FROM customers ORDER BY name;
${fence}

ORDER BY sorts; without it the order is unspecified.

### Hints

- Which clause sorts?
- It goes last:
  after WHERE.

## Its own seed

kind: exercise
check: plan Index Scan

${fence}sql seed
CREATE TABLE t (id int);
${fence}

### Answer

${fence}sql
EXPLAIN SELECT * FROM t WHERE id = 1;
${fence}

## A plain question

rows: set

### Answer

Plain.
`;

describe('exercises in packs', () => {
  const pack = parsePack('sql.questions.md', PACK);
  const [byName, ownSeed, plain] = pack.topics[0]?.questions ?? [];

  it('reads the task, the topic\'s seed, the reference solution, the explanation, the hints and the comparison rules', () => {
    const exercise = byName?.exercise;
    assert.ok(exercise);
    assert.equal(exercise.seed, "CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);\nINSERT INTO customers VALUES (1, 'Ada'), (2, 'Linus');");
    assert.equal(exercise.seedLine, 7);
    assert.equal(exercise.solution, 'SELECT name FROM customers ORDER BY name;');
    assert.equal(exercise.solutionLine, 24);
    assert.equal(exercise.explanation, 'ORDER BY sorts; without it the order is unspecified.');
    assert.deepEqual(exercise.hints, ['Which clause sorts?', 'It goes last:\nafter WHERE.']);
    assert.deepEqual([exercise.rows, exercise.columns, exercise.planWords], ['ordered', 'ignore', undefined]);
    assert.match(byName?.prompt ?? '', /^List every customer's name, A to Z\.$/);
  });

  it('prefers the exercise\'s own seed, and reads check: plan', () => {
    assert.equal(ownSeed?.exercise?.seed, 'CREATE TABLE t (id int);');
    assert.equal(ownSeed?.exercise?.planWords, 'Index Scan');
    assert.deepEqual([ownSeed?.exercise?.rows, ownSeed?.exercise?.columns], ['set', 'names']);
  });

  it('keeps the plain question path: no exercise, and exercise keys on it are warned about', () => {
    assert.equal(plain?.exercise, undefined);
    assert.equal(plain?.answer, 'Plain.');
    const warning = pack.problems.find((p) => p.message.includes('"rows" is only read for exercises'));
    assert.equal(warning?.location.line, 53);
    assert.equal(pack.problems.length, 1, JSON.stringify(pack.problems));
  });

  const problemsOf = (text: string) => parsePack('p.questions.md', text);

  it('skips an exercise with no seed, two seeds or no reference solution, with an error on the line', () => {
    const noSeed = problemsOf(`# T\n\n## Q\n\nkind: exercise\n\n### Answer\n\n${fence}sql\nSELECT 1;\n${fence}\n`);
    assert.deepEqual(noSeed.problems.filter((p) => p.severity === 'error').map((p) => [p.location.line, p.message]), [[3, 'Exercise "Q" has no seed; it is skipped.']]);
    assert.deepEqual(noSeed.topics[0]?.skipped?.map((s) => s.reason), ['the exercise cannot run']);

    const twoSeeds = problemsOf(`# T\n\n## Q\n\nkind: exercise\n\n${fence}sql seed\nSELECT 1;\n${fence}\n\n${fence}sql seed\nSELECT 2;\n${fence}\n\n### Answer\n\n${fence}sql\nSELECT 1;\n${fence}\n`);
    assert.deepEqual(twoSeeds.problems.filter((p) => p.severity === 'error').map((p) => [p.location.line, p.message]), [[11, 'Exercise "Q" has 2 seeds (lines 7 and 11); it is skipped.']]);

    const noSolution = problemsOf(`# T\n\n${fence}sql seed\nSELECT 1;\n${fence}\n\n## Q\n\nkind: exercise\n\n### Answer\n\nJust words.\n\n${fence}text\nSELECT 1;\n${fence}\n`);
    assert.deepEqual(noSolution.problems.filter((p) => p.severity === 'error').map((p) => [p.location.line, p.message]), [[11, 'Exercise "Q" has no reference solution; it is skipped.']]);
    assert.equal(noSolution.topics[0]?.questions.length, 0);
  });

  it('warns about an unknown kind, rows, columns or check, and about hints without a list, using the defaults', () => {
    const pack = problemsOf(`# T\n\n${fence}sql seed\nSELECT 1;\n${fence}\n\n## Q\n\nkind: exercise\nrows: sorted\ncolumns: any\ncheck: speed\n\n### Answer\n\n${fence}sql\nSELECT 1;\n${fence}\n\n### Hints\n\nThink.\n\n## R\n\nkind: quiz\n\n### Answer\n\nA.\n`);
    assert.deepEqual(pack.problems.map((p) => [p.severity, p.location.line, p.message.split(';')[0]]), [
      ['warning', 10, 'Unknown rows "sorted"'],
      ['warning', 11, 'Unknown columns "any"'],
      ['warning', 12, 'Unknown check "speed"'],
      ['warning', 20, 'The "### Hints" section has no list items, so the exercise has no hints.'],
      ['warning', 26, 'Unknown kind "quiz"'],
    ]);
    const exercise = pack.topics[0]?.questions[0]?.exercise;
    assert.deepEqual([exercise?.rows, exercise?.columns, exercise?.planWords, exercise?.hints], ['set', 'names', undefined, []]);
    assert.equal(pack.topics[0]?.questions[1]?.exercise, undefined);
  });
});
