// The SQL worker thread (dist/sqlWorker.js, a bundle of its own with PGlite): runs exercise SQL in a
// fresh in-memory PostgreSQL per run, so the extension host never waits for a query and a runaway
// one can be stopped by terminating this thread (src/sql/sqlEngine.ts).
import { parentPort } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import { MAX_RESULT_ROWS, type RunOutcome, type RunRequest, type SqlFailure, type WorkerReply } from './sqlMessages';

/**
 * initdb runs once per worker (2-5 s); the untouched data directory is dumped then, and every
 * later database is loaded from that dump (about 0.3 s). The next database is prepared right after
 * each run, so a run usually starts on one that is already waiting.
 */
const pristine = PGlite.create().then(async (db) => ({ db, dump: await db.dumpDataDir('none') }));
let spare: Promise<PGlite> | undefined = pristine.then(({ db }) => db);

function freshDatabase(): Promise<PGlite> {
  const next = spare ?? pristine.then(({ dump }) => PGlite.create({ loadDataDir: dump }));
  spare = undefined;
  return next;
}

/** Every value as PostgreSQL's text output (numeric "25.00", boolean "t"), as psql prints it. */
function asText(db: PGlite): Record<string, (value: string) => string> {
  const keep = (value: string): string => value;
  return Object.fromEntries([...Object.keys(types.parsers), ...Object.keys(db.parsers)].map((oid) => [oid, keep]));
}

function failure(error: unknown): SqlFailure {
  const e = error as { message?: unknown; code?: unknown; position?: unknown; hint?: unknown; detail?: unknown };
  const position = Number(e.position);
  return {
    message: typeof e.message === 'string' ? e.message : String(error),
    code: typeof e.code === 'string' ? e.code : 'XX000',
    ...(Number.isInteger(position) && position > 0 ? { position } : {}),
    ...(typeof e.hint === 'string' && e.hint ? { hint: e.hint } : {}),
    ...(typeof e.detail === 'string' && e.detail ? { detail: e.detail } : {}),
  };
}

async function run(request: RunRequest, started: () => void): Promise<RunOutcome> {
  const db = await freshDatabase();
  try {
    started();
    try {
      await db.exec(request.seed);
    } catch (error) {
      return { kind: 'error', stage: 'seed', failure: failure(error) };
    }
    let results;
    try {
      results = await db.exec(request.sql, { rowMode: 'array', parsers: asText(db) });
    } catch (error) {
      return { kind: 'error', stage: 'sql', failure: failure(error) };
    }
    const last = results.at(-1);
    if (!last) return { kind: 'error', stage: 'sql', failure: { message: 'There is no SQL statement to run.', code: '42601' } };
    const all = last.rows as unknown as unknown[][];
    const rows = all.slice(0, MAX_RESULT_ROWS).map((row) => row.map((value) => (value === null || value === undefined ? null : String(value))));
    return { kind: 'result', table: { columns: last.fields.map((field) => field.name), rows }, ...(all.length > MAX_RESULT_ROWS ? { totalRows: all.length } : {}) };
  } finally {
    await db.close().catch(() => undefined);
  }
}

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: RunRequest) => {
  queue = queue.then(async () => {
    const reply = (message: WorkerReply): void => parentPort?.postMessage(message);
    const outcome = await run(request, () => reply({ id: request.id, kind: 'started' }));
    reply({ id: request.id, kind: 'done', outcome });
    spare = freshDatabase();
    spare.catch(() => (spare = undefined));
  });
});
