import * as assert from 'node:assert/strict';
import { checkBlock } from '../support/examples/checkBlock';
import { questionsWithExamples, REPO_ROOT, type PackQuestion } from '../support/examples/packExamples';
import { runSqlBlocks } from '../support/examples/runSql';
import { splitSqlScript } from '../support/examples/sqlScript';

// The runner of packExamples.test.ts, proven able to fail: a pack of wrong claims, each caught
// with the pack file, the question id, the line and the statement in the message.
const FIXTURE = 'test/fixtures/examples/old-migrations.md';

describe('example runner', () => {
  const questions = new Map<string, PackQuestion>(questionsWithExamples(FIXTURE).map((q) => [q.question.id, q]));
  const blocksOf = (id: string): PackQuestion['blocks'] => questions.get(id)?.blocks ?? [];

  it('finds each block through the pack parser, at its line in the file', () => {
    assert.deepEqual(blocksOf('broken.not-valid').map((b) => [b.lang, b.line]), [['sql', 16]]);
    assert.deepEqual(blocksOf('broken.formats').map((b) => b.lang), ['http', 'yaml', 'dockerfile', 'python', 'ts', 'js', 'json', 'js', 'ruby']);
  });

  it('splits statements at a ";" ending a line and keeps the expect comments right after each', () => {
    const statements = splitSqlScript('SELECT 1;  -- one\n-- expect: rows 1\n-- plain note\nSELECT\n  2;\n-- expect: first {"?column?": 2}\n', 10);
    assert.deepEqual(statements.map((s) => [s.line, s.expectations.map((e) => e.kind)]), [[10, ['rows']], [13, ['first']]]);
  });

  it('fails the old migrations example: a NOT VALID check rejects the old code\'s INSERT', async function () {
    this.timeout(120_000);
    const failures = await runSqlBlocks(blocksOf('broken.not-valid'));
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0] ?? '', /^test\/fixtures\/examples\/old-migrations\.md, question broken\.not-valid, line 23: failed with error 23514: .*users_email_normalized_nn/);
    assert.match(failures[0] ?? '', /statement: INSERT INTO users \(email\) VALUES \('grace@example\.com'\);/);
  });

  it('fails wrong affected, first, error and rows claims and an unknown expectation', async function () {
    this.timeout(120_000);
    const failures = await runSqlBlocks(blocksOf('broken.expectations'));
    const reasons = failures.map((f) => f.replace(/^.*?line (\d+): ([^\n]*)\n.*$/s, '$1 $2'));
    assert.deepEqual(reasons, [
      '34 expected affected 3, got 2',
      '36 expected n = 3, got "2"',
      '38 expected error 23502, but it succeeded',
      '40 expected rows 2, got 3',
      '42 cannot read the expectation "lines 2"',
    ]);
  });

  it('fails malformed http, yaml, dockerfile, json, failing python, ts and js, and unknown languages', function () {
    this.timeout(60_000);
    const failed = blocksOf('broken.formats').map((block) => [block.lang, checkBlock(block, REPO_ROOT).failures.join(' | ')]);
    for (const [lang, failures] of failed) assert.match(failures ?? '', /question broken\.formats, \w+ block at line \d+: /, `${lang} should fail`);
    const byLang = Object.fromEntries(failed.filter(([lang], index) => lang !== 'js' || index === 5));
    assert.match(failed[7]?.[1] ?? '', /TS2588/, 'a ```javascript block is checked as js');
    assert.match(byLang.http ?? '', /"Host example.com" is not a header field/);
    assert.match(byLang.dockerfile ?? '', /unknown instruction "RUNN".*exec form is not valid JSON/);
    assert.match(byLang.python ?? '', /AssertionError: the example's claim/);
    assert.match(byLang.ts ?? '', /TS2322/);
    assert.match(byLang.js ?? '', /exited with 1/);
    assert.match(byLang.ruby ?? '', /unknown example language "ruby"/);
  });
});
