import * as assert from 'node:assert/strict';
import { checkBlock } from '../support/examples/checkBlock';
import { builtInPackFiles, questionsWithExamples, REPO_ROOT } from '../support/examples/packExamples';
import { runSqlBlocks } from '../support/examples/runSql';

// CONTENT-FORMAT.md "Examples that run": every example of every built-in pack (data/**/*.md),
// found by the product's own pack parser, runs or parses, and its claims are asserted.
describe('built-in examples run and do what the text claims', () => {
  for (const file of builtInPackFiles()) {
    describe(file, () => {
      for (const { question, blocks, exercise } of questionsWithExamples(file)) {
        if (blocks.some((block) => block.lang === 'sql' && !block.flags.includes('norun'))) {
          it(`${question.id}: SQL runs in a fresh PostgreSQL and meets its expectations`, async function () {
            this.timeout(120_000); // a fresh PGlite starts in 1-4 s, more on a busy machine
            // An exercise's solution runs on its seed (EXERCISE-FORMAT.md), loaded first.
            assert.deepEqual(await runSqlBlocks(exercise?.seed ? [exercise.seed, ...blocks] : blocks), []);
          });
        }
        for (const block of blocks.filter((b) => b.lang !== 'sql')) {
          it(`${question.id}: ${block.lang || 'plain'} block at line ${block.line}`, function () {
            this.timeout(60_000);
            assert.deepEqual(checkBlock(block, REPO_ROOT).failures, []);
          });
        }
      }
    });
  }
});
