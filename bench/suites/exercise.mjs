// 9. SQL exercises: what a user waits for after pressing Run, with the production worker bundle
//    (dist/pglite/sqlWorker.js, PGlite inside). The first Run of a session starts the worker, loads
//    PGlite, runs initdb, then the reference solution and the user's query, each on a fresh
//    database loaded with the seed; later Runs find a database prepared while the user typed.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../lib/fixtures.mjs';
import { median, row, time, writeRows } from '../lib/measure.mjs';

const { SqlEngine } = await import(pathToFileURL(path.join(ROOT, 'out', 'bench', 'src', 'sql', 'sqlEngine.js')).href);
const { compareResults } = await import(pathToFileURL(path.join(ROOT, 'out', 'bench', 'src', 'core', 'exercise', 'compareResults.js')).href);
const WORKER = path.join(ROOT, 'dist', 'pglite', 'sqlWorker.js');

// A seed of the size exercises use: three tables, 200 customers, 1,000 orders, 3,000 order lines.
const SEED = [
  'CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, country text);',
  'CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers, placed_at date NOT NULL);',
  'CREATE TABLE order_lines (order_id integer REFERENCES orders, product text, quantity integer, price numeric(10,2));',
  "INSERT INTO customers SELECT i, 'customer ' || i, (ARRAY['UK', 'US', NULL])[1 + i % 3] FROM generate_series(1, 200) AS i;",
  "INSERT INTO orders SELECT i, 1 + (i * 7) % 150, date '2026-01-01' + i % 300 FROM generate_series(1, 1000) AS i;",
  "INSERT INTO order_lines SELECT 1 + i % 1000, 'product ' || i % 40, 1 + i % 5, (i % 97) + 0.99 FROM generate_series(1, 3000) AS i;",
].join('\n');
const REFERENCE = 'SELECT c.country, count(DISTINCT o.id) AS orders, sum(l.quantity * l.price) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id JOIN order_lines l ON l.order_id = o.id GROUP BY c.country;';
const USERS = 'SELECT country, count(DISTINCT orders.id) AS orders, sum(quantity * price) AS revenue FROM customers JOIN orders ON customer_id = customers.id JOIN order_lines ON order_id = orders.id GROUP BY 1;';
const THINKING_MS = 1_500;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A new engine's first Run: the reference and the user's query, as the panel's first Run does. */
async function firstRun() {
  const engine = new SqlEngine({ workerFile: WORKER, timeoutMs: 60_000 });
  try {
    const elapsed = await time(() => Promise.all([engine.run(SEED, REFERENCE), engine.run(SEED, USERS)]));
    const later = [];
    const backToBack = [];
    for (let i = 0; i < 6; i++) {
      await pause(THINKING_MS);
      later.push(await time(() => engine.run(SEED, USERS)));
      backToBack.push(await time(() => engine.run(SEED, USERS)));
    }
    return { elapsed, later: median(later), backToBack: median(backToBack) };
  } finally {
    engine.dispose();
  }
}

// Memory first, in a process that has not started an engine yet.
const rss = process.memoryUsage().rss;
const engine = new SqlEngine({ workerFile: WORKER, timeoutMs: 60_000 });
await engine.run(SEED, USERS);
await pause(THINKING_MS);
const rssWithEngine = process.memoryUsage().rss;
engine.dispose();

const runs = [];
for (let i = 0; i < 3; i++) runs.push(await firstRun());

// Comparing a large result: 10,000 rows as a multiset, numbers compared numerically.
const rows = Array.from({ length: 10_000 }, (_, i) => [String(i), `name ${i % 100}`, (i % 97).toFixed(2)]);
const shuffled = [...rows].reverse();
const compareTimes = [];
for (let i = 0; i < 9; i++) compareTimes.push(await time(() => compareResults({ columns: ['a', 'b', 'c'], rows }, { columns: ['a', 'b', 'c'], rows: shuffled }, { rows: 'set', columns: 'names' })));
const compare = median(compareTimes);

await writeRows([
  row({ id: 'exercise.first', name: 'SQL exercise: first Run (worker + PGlite load + initdb, reference and query on the seed), median of 3 fresh engines', value: median(runs.map((r) => r.elapsed)), unit: 'ms', kind: 'info' }),
  row({ id: 'exercise.later', name: `… a later Run, ${THINKING_MS / 1000} s after the previous one (fresh database prepared meanwhile)`, value: median(runs.map((r) => r.later)), unit: 'ms', target: 250, kind: 'max' }),
  row({ id: 'exercise.backToBack', name: '… a Run right after another (waits for its fresh database)', value: median(runs.map((r) => r.backToBack)), unit: 'ms', kind: 'info' }),
  row({ id: 'exercise.memory', name: 'Memory of a started SQL engine (process RSS growth, next database ready; given back after 5 min idle)', value: (rssWithEngine - rss) / (1024 * 1024), unit: 'MB', kind: 'info' }),
  row({ id: 'exercise.compare', name: 'Compare a 10,000-row result with the reference (multiset, numbers numerically)', value: compare, unit: 'ms', kind: 'info' }),
]);
