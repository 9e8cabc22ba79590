// Authoring aid for SQL exercises (EXERCISE-FORMAT.md), run by hand:
//   node test/support/checkExercises.mjs data/sql-practice.md test/support/sql-practice.alternatives.json
// Runs each exercise's reference solution and its `<!-- wrong: ... -->` query on a fresh PGlite
// loaded with the exercise's seed, prints the reference rows, and fails when a solution errors or
// returns no rows, when the wrong query gives the same result (or, for `check: plan`, the plan
// words), or when an optional second correct query (alternatives.json: {"<id>": ["SQL", ...]})
// disagrees. Comparison follows `rows:`/`columns:`, numbers numerically, NULL only equal to NULL.
import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';

const file = process.argv[2] ?? 'data/sql-practice.md';
const alternatives = process.argv[3] ? JSON.parse(fs.readFileSync(process.argv[3], 'utf8')) : {};
const text = fs.readFileSync(file, 'utf8');
const sections = text.split(/^## /m);
const seedOf = (s) => /```sql seed\n([\s\S]*?)```/.exec(s)?.[1];
const topicSeed = seedOf(sections[0]);
const TEXT_OIDS = [16, 17, 20, 21, 23, 25, 26, 114, 700, 701, 1042, 1043, 1082, 1114, 1184, 1700, 3802];
const parsers = Object.fromEntries(TEXT_OIDS.map((o) => [o, (v) => v]));

const pristine = await PGlite.create().then(async (db) => { const d = await db.dumpDataDir('none'); await db.close(); return d; });

async function run(seed, sql) {
  const db = await PGlite.create({ loadDataDir: pristine });
  try {
    await db.exec(seed);
    const results = await db.exec(sql, { parsers });
    const last = results[results.length - 1];
    return { fields: last.fields.map((f) => f.name), rows: last.rows.map((r) => last.fields.map((f) => r[f.name])) };
  } catch (e) { return { error: `${e.code}: ${e.message}` }; } finally { await db.close(); }
}
const norm = (v) => (v === null ? '\u0000NULL' : /^-?\d+(\.\d+)?$/.test(v) ? String(Number(v)) : v);
function same(a, b, meta) {
  if (a.error || b.error) return false;
  if ((meta.columns ?? 'names') === 'names' && a.fields.join(',').toLowerCase() !== b.fields.join(',').toLowerCase()) return false;
  const ra = a.rows.map((r) => JSON.stringify(r.map(norm))), rb = b.rows.map((r) => JSON.stringify(r.map(norm)));
  if ((meta.rows ?? 'set') === 'set') { ra.sort(); rb.sort(); }
  return ra.length === rb.length && ra.every((x, i) => x === rb[i]);
}
const planHas = (r, words) => !r.error && r.rows.map((x) => x.join(' ')).join('\n').includes(words);

let failures = 0;
for (const s of sections.slice(1)) {
  const title = s.split('\n')[0];
  const meta = Object.fromEntries([...s.matchAll(/^(id|kind|difficulty|rows|columns|check): (.*)$/gm)].map((m) => [m[1], m[2].trim()]));
  const [prompt, answer] = s.split(/^### Answer$/m);
  const seed = seedOf(prompt) ?? topicSeed;
  const solution = /```sql\n([\s\S]*?)```/.exec(answer)[1];
  const wrong = /<!-- wrong: ([\s\S]*?) -->/.exec(answer)?.[1];
  const ref = await run(seed, solution);
  const bad = wrong ? await run(seed, wrong) : { error: 'no wrong query' };
  console.log(`\n=== ${meta.id} (${meta.difficulty}) ${title}`);
  if (ref.error) { console.log('  REFERENCE FAILED', ref.error); failures++; continue; }
  console.log('  ' + ref.fields.join(' | '));
  for (const r of ref.rows) console.log('  ' + r.map((v) => v ?? 'NULL').join(' | '));
  let verdict;
  if (meta.check?.startsWith('plan ')) {
    const words = meta.check.slice(5);
    verdict = `reference plan has "${words}": ${planHas(ref, words)}; wrong plan has it: ${planHas(bad, words)}`;
    if (!planHas(ref, words) || planHas(bad, words)) failures++;
    if (bad.rows) console.log('  wrong plan: ' + bad.rows.map((x) => x.join(' ')).join(' / '));
  } else {
    const differs = !same(ref, bad, meta);
    verdict = `rows: ${ref.rows.length}; wrong query ${bad.error ? 'errors: ' + bad.error : differs ? `differs (${bad.rows.length} rows)` : 'GIVES THE SAME RESULT'}`;
    if (!differs || ref.rows.length === 0) failures++;
    if (differs && !bad.error) { console.log('  wrong gives:'); for (const r of bad.rows) console.log('    ' + r.map((v) => v ?? 'NULL').join(' | ')); }
  }
  for (const alt of alternatives[meta.id] ?? []) {
    const a = await run(seed, alt);
    const ok = same(ref, a, meta);
    verdict += `; alternative ${ok ? 'agrees' : 'DISAGREES ' + (a.error ?? JSON.stringify(a.rows))}`;
    if (!ok) failures++;
  }
  console.log('  => ' + verdict);
}
console.log(`\n${sections.length - 1} exercises, ${failures} failures`);
process.exitCode = failures ? 1 : 0;
