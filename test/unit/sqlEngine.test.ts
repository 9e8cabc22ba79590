import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SqlEngine, SqlTimeoutError } from '../../src/sql/sqlEngine';
import type { RunOutcome } from '../../src/sql/sqlMessages';

// The real worker thread with the real PGlite (compiled by tsc next to this test's sources).
const WORKER = path.resolve(__dirname, '..', '..', 'src', 'sql', 'sqlWorker.js');
const SEED = "CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, score numeric(5,2), vip boolean);\nINSERT INTO customers VALUES (1, 'Ada', 9.50, true), (2, 'Linus', NULL, false);";

const table = (outcome: RunOutcome) => {
  assert.equal(outcome.kind, 'result', JSON.stringify(outcome));
  return outcome.kind === 'result' ? outcome.table : { columns: [], rows: [] };
};

describe('SQL engine (worker thread + PGlite)', function () {
  this.timeout(120_000);
  let engine: SqlEngine;
  before(() => (engine = new SqlEngine({ workerFile: WORKER, timeoutMs: 2_000 })));
  after(() => engine.dispose());

  it('runs the seed then the SQL in a fresh database and returns the last statement as PostgreSQL text', async () => {
    const first = table(await engine.run(SEED, "INSERT INTO customers VALUES (3, 'Grace', 7, NULL);\nSELECT id, name, score, vip FROM customers ORDER BY id;"));
    assert.deepEqual(first.columns, ['id', 'name', 'score', 'vip']);
    assert.deepEqual(first.rows, [['1', 'Ada', '9.50', 't'], ['2', 'Linus', null, 'f'], ['3', 'Grace', '7.00', null]]);
    // The next run starts from the seed again: the INSERT above is gone.
    assert.deepEqual(table(await engine.run(SEED, 'SELECT count(*) FROM customers')).rows, [['2']]);
  });

  it('reports the database error with its SQLSTATE and its position in the SQL sent', async () => {
    const sql = 'SELECT 1;\nSELECT nme FROM customers;';
    const outcome = await engine.run(SEED, sql);
    assert.equal(outcome.kind, 'error');
    if (outcome.kind !== 'error') return;
    assert.equal(outcome.stage, 'sql');
    assert.equal(outcome.failure.code, '42703');
    assert.match(outcome.failure.message, /column "nme" does not exist/);
    assert.equal(sql.slice((outcome.failure.position ?? 0) - 1).startsWith('nme'), true);
    const syntax = await engine.run(SEED, 'SELEC * FROM customers');
    assert.equal(syntax.kind === 'error' && syntax.failure.code, '42601');
  });

  it('tells a broken seed apart from the user\'s SQL', async () => {
    const outcome = await engine.run('CREATE TABLE t (id int;', 'SELECT 1');
    assert.equal(outcome.kind === 'error' && outcome.stage, 'seed');
  });

  it('stops a query over the time limit, keeps the host responsive, and runs the next one on a new worker', async () => {
    await engine.run(SEED, 'SELECT 1'); // a warm worker, so the limit measures the query only
    let longestGap = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 20);
    const started = Date.now();
    try {
      await assert.rejects(engine.run(SEED, 'SELECT pg_sleep(60)'), (error: unknown) => error instanceof SqlTimeoutError && /longer than 2 s and was stopped/.test(error.message));
    } finally {
      clearInterval(ticker);
    }
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 20_000, `stopped after ${elapsed} ms`);
    assert.ok(longestGap < 1_000, `the host's event loop was blocked for ${longestGap} ms`);
    assert.deepEqual(table(await engine.run(SEED, 'SELECT name FROM customers WHERE id = 1')).rows, [['Ada']]);
  });

  it('stops an idle worker to give its memory back, and starts a new one for the next run', async () => {
    const idle = new SqlEngine({ workerFile: WORKER, timeoutMs: 5_000, idleMs: 300 });
    try {
      await idle.run('', 'SELECT 1');
      assert.equal(idle.isRunning, true);
      const deadline = Date.now() + 10_000;
      while (idle.isRunning && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(idle.isRunning, false, 'the idle worker was stopped');
      assert.deepEqual(table(await idle.run('', 'SELECT 2')).rows, [['2']]);
    } finally {
      idle.dispose();
    }
  });

  it('starts no program: COPY TO/FROM PROGRAM does not run a host command', async () => {
    const marker = path.join(os.tmpdir(), `ic-sql-program-${process.pid}`);
    await engine.run('CREATE TABLE t (line text);', `COPY (SELECT 1) TO PROGRAM 'touch ${marker}'; COPY t FROM PROGRAM 'touch ${marker}'; SELECT 1`);
    assert.equal(fs.existsSync(marker), false, 'no process of the host ran the command');
  });

  it('stops a CPU-bound query that never yields', async () => {
    await assert.rejects(engine.run(SEED, 'SELECT count(*) FROM generate_series(1, 1e12)'), SqlTimeoutError);
  });

  it('cannot read a file of the host: COPY FROM, pg_read_file, lo_import and pg_stat_file see only the in-memory file system', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-sql-'));
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, 'host-secret-4711\n');
    try {
      const attempts = [
        `CREATE TABLE loot (line text); COPY loot FROM '${secret}'; SELECT * FROM loot`,
        `SELECT pg_read_file('${secret}')`,
        `SELECT pg_read_binary_file('${secret}')`,
        `SELECT lo_get(lo_import('${secret}'))`,
        `SELECT size FROM pg_stat_file('${secret}')`,
        `SELECT pg_ls_dir('${dir}')`,
      ];
      for (const sql of attempts) {
        const outcome = await engine.run('', sql);
        assert.equal(outcome.kind, 'error', `${sql} → ${JSON.stringify(outcome)}`);
        assert.equal(outcome.kind === 'error' && outcome.failure.code, '58P01', sql);
        assert.doesNotMatch(JSON.stringify(outcome), /host-secret-4711/);
      }
      // The same functions work, on the database's own in-memory files: the refusal above is the
      // sandbox, not a function turned off.
      assert.deepEqual(table(await engine.run('', "COPY (SELECT 'kept in memory') TO '/tmp/out.txt'; SELECT pg_read_file('/tmp/out.txt')")).rows, [['kept in memory\n']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
