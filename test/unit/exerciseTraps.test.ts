import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPlan, compareResults, type ResultTable } from '../../src/core/exercise/compareResults';
import type { Exercise } from '../../src/core/exercise/exercise';
import { SqlEngine } from '../../src/sql/sqlEngine';
import { builtInPackFiles, loadPackFile } from '../support/examples/packExamples';

// Each built-in exercise is written with the trap it trains: a plausible wrong query in a
// `<!-- wrong: ... -->` comment after the solution. The real comparison must tell it from the
// reference, and must accept a second, different correct query (test/fixtures), so the task text
// pins down one result and the checker neither passes the trap nor fails a fair solution.
const WORKER = path.resolve(__dirname, '..', '..', 'src', 'sql', 'sqlWorker.js');
const ALTERNATIVES = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'sql-practice-alternatives.json'), 'utf8')) as Record<string, string[]>;

describe('built-in SQL exercises: the trap fails, a second correct query passes', function () {
  this.timeout(300_000);
  let engine: SqlEngine;
  before(() => (engine = new SqlEngine({ workerFile: WORKER, timeoutMs: 20_000 })));
  after(() => engine.dispose());

  const table = async (exercise: Exercise, sql: string): Promise<ResultTable> => {
    const outcome = await engine.run(exercise.seed, sql);
    if (outcome.kind === 'error') return { columns: ['error'], rows: [[outcome.failure.message]] };
    return outcome.table;
  };
  const matches = async (exercise: Exercise, sql: string): Promise<boolean> => {
    const actual = await table(exercise, sql);
    if (exercise.planWords) return checkPlan(actual, exercise.planWords).match;
    return compareResults(await table(exercise, exercise.solution), actual, exercise).match;
  };

  for (const file of builtInPackFiles()) {
    for (const question of loadPackFile(file).pack.topics.flatMap((topic) => topic.questions)) {
      const exercise = question.exercise;
      if (!exercise) continue;
      it(question.id, async () => {
        const wrong = /<!--\s*wrong:\s*([\s\S]*?)-->/.exec(question.answer)?.[1]?.trim();
        assert.ok(wrong, 'the exercise names its trap in a <!-- wrong: ... --> comment');
        assert.equal(await matches(exercise, wrong), false, `the trap passed: ${wrong}`);
        for (const alternative of ALTERNATIVES[question.id] ?? []) assert.equal(await matches(exercise, alternative), true, `a correct query failed: ${alternative}`);
      });
    }
  }

  it('has a second correct query for every exercise but the plan one', () => {
    const exercises = builtInPackFiles().flatMap((file) => loadPackFile(file).pack.topics.flatMap((topic) => topic.questions)).filter((q) => q.exercise);
    assert.ok(exercises.length >= 20, `${exercises.length} exercises`);
    assert.deepEqual(exercises.filter((q) => !q.exercise?.planWords && !ALTERNATIVES[q.id]?.length).map((q) => q.id), []);
  });
});
