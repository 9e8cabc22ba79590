import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parsePack } from '../../src/core/pack/parsePack';
import type { Question } from '../../src/core/pack/types';
import { referenceProblem } from '../../src/exercise/referenceCheck';
import { SqlEngine, SqlTimeoutError } from '../../src/sql/sqlEngine';
import { builtInPackFiles, loadPackFile } from '../support/examples/packExamples';

// The check the Problems panel runs on workspace packs (src/exercise/exerciseChecks.ts), here on
// the built-in exercises (the build does not start the engine) and on a pack of broken ones.
const WORKER = path.resolve(__dirname, '..', '..', 'src', 'sql', 'sqlWorker.js');
const fence = '```';

const BROKEN = `# Broken

${fence}sql seed
CREATE TABLE t (id int);
INSERT INTO t VALUES (1);
${fence}

## Fails

kind: exercise

### Answer

${fence}sql
SELECT nope FROM t;
${fence}

## Returns nothing

kind: exercise

### Answer

${fence}sql
SELECT id FROM t WHERE id > 5;
${fence}

## Wrong plan

kind: exercise
check: plan Index Scan

### Answer

${fence}sql
EXPLAIN SELECT * FROM t WHERE id = 1;
${fence}

## Bad seed

kind: exercise

${fence}sql seed
CREATE TABLE u (id int;
${fence}

### Answer

${fence}sql
SELECT 1;
${fence}

## Fine

kind: exercise

### Answer

${fence}sql
SELECT id FROM t;
${fence}
`;

describe('exercise reference solutions run on their seed and return rows', function () {
  this.timeout(180_000);
  let engine: SqlEngine;
  before(() => (engine = new SqlEngine({ workerFile: WORKER, timeoutMs: 20_000 })));
  after(() => engine.dispose());

  const problemOf = async (question: Question) => {
    const exercise = question.exercise!;
    try {
      return referenceProblem(exercise, await engine.run(exercise.seed, exercise.solution));
    } catch (error) {
      if (error instanceof SqlTimeoutError) return referenceProblem(exercise, { kind: 'timeout', message: error.message });
      throw error;
    }
  };

  it('reports each broken reference on the solution\'s (or the seed\'s) line', async () => {
    const questions = parsePack('broken.questions.md', BROKEN).topics.flatMap((topic) => topic.questions);
    const found = [];
    for (const question of questions) {
      const problem = await problemOf(question);
      found.push([question.title, problem?.line, problem?.message.replace(/:.*$/s, '')]);
    }
    assert.deepEqual(found, [
      ['Fails', 14, 'The reference solution fails'],
      ['Returns nothing', 24, 'The reference solution returns no rows on its seed, so any query returning nothing would match it.'],
      ['Wrong plan', 35, 'The reference solution does not pass its own plan check'],
      ['Bad seed', 43, 'The seed fails'],
      ['Fine', undefined, undefined],
    ]);
  });

  for (const file of builtInPackFiles()) {
    const exercises = loadPackFile(file).pack.topics.flatMap((topic) => topic.questions).filter((question) => question.exercise);
    for (const question of exercises) {
      it(`${file}: ${question.id}`, async () => {
        const problem = await problemOf(question);
        assert.equal(problem && `line ${problem.line}: ${problem.message}`, undefined);
      });
    }
  }
});
