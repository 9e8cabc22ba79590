// `npm run bench`: performance figures of Interview Coach against floors measured in the same run
// (see docs/performance.md). Prints a table, writes bench/results.json, and exits non-zero when a
// target is missed by more than 20%. Not part of `npm test`.
//
//   node bench/run.mjs [--only pack,render,practice,picker,plan,interview,memory,bundle,exercise,activation,panel] [--hosts N]
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, say } from '../scripts/lib/run.mjs';
import { ROOT, WORK } from './lib/fixtures.mjs';
import { runActivation } from './suites/activation.mjs';
import { runBundle } from './suites/bundle.mjs';
import { runPanel } from './suites/panel.mjs';

const SUITES = ['pack', 'render', 'practice', 'picker', 'plan', 'interview', 'memory', 'bundle', 'exercise', 'activation', 'panel'];
/** A target missed by more than this share fails the run. */
const TOLERANCE = 0.2;

const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const only = argument('--only')?.split(',') ?? SUITES;
const hosts = Number(argument('--hosts') ?? 5);
const started = Date.now();

/** Runs one Node suite in a fresh `node --expose-gc` process; returns its rows. */
function nodeSuite(name) {
  const out = path.join(WORK, `rows-${name}-${process.pid}.json`);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--expose-gc', path.join(ROOT, 'bench', 'suites', `${name}.mjs`), '--out', out], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) return reject(new Error(`bench suite ${name} failed: ${stderr || error.message}`));
      const rows = JSON.parse(readFileSync(out, 'utf8'));
      rmSync(out, { force: true });
      resolve(rows);
    });
  });
}

function verdict(row) {
  if (row.target === undefined) return { result: 'info', missedBy: 0 };
  const measured = row.kind === 'ratio' ? row.ratio : row.value;
  const missedBy = measured / row.target - 1;
  return { result: missedBy <= 0 ? 'pass' : missedBy <= TOLERANCE ? 'miss (<20%)' : 'FAIL', missedBy };
}

const number = (value, digits = 2) => (value === undefined || Number.isNaN(value) ? '' : value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function table(rows) {
  const lines = rows.map((row) => {
    const { result } = verdict(row);
    const unit = row.unit === 'files' ? '' : ` ${row.unit}`;
    const digits = row.unit === 'files' ? 0 : row.unit === 'KB' || row.unit === 'MB' ? 1 : 2;
    const target = row.target === undefined ? '' : row.kind === 'ratio' ? `≤ ${row.target}×` : `< ${row.target}${unit}`;
    return [
      row.name,
      `${number(row.value, digits)}${unit}`,
      row.floor === undefined ? '' : `${number(row.floor, digits)}${unit}`,
      row.ratio === undefined ? '' : `${number(row.ratio)}×`,
      target,
      result,
    ];
  });
  const header = ['Measurement', 'Value', 'Floor', 'Ratio', 'Target', 'Result'];
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const floors = rows.filter((row) => row.floorName).map((row) => `  floor of "${row.name}": ${row.floorName}`);
  const notes = rows.filter((row) => row.note).map((row) => `  ${row.name}: ${row.note}`);
  return [format(header), `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`, ...lines.map(format), '', ...floors, ...notes].join('\n');
}

mkdirSync(WORK, { recursive: true });
say('bench: compiling the core (bench/tsconfig.json)...');
await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'bench', 'tsconfig.json')], { cwd: ROOT });

const rows = [];
let failure;
try {
  for (const suite of ['pack', 'render', 'practice', 'picker', 'plan', 'interview', 'memory'].filter((name) => only.includes(name))) {
    say(`bench: ${suite}...`);
    rows.push(...(await nodeSuite(suite)));
  }
  let vsix;
  if (only.includes('bundle') || only.includes('exercise') || only.includes('activation') || only.includes('panel')) {
    say('bench: production bundle and VSIX...');
    const bundle = await runBundle();
    vsix = bundle.vsix;
    if (only.includes('bundle')) rows.push(...bundle.rows);
  }
  // Needs the production worker bundle (dist/pglite/) that the bundle step just built.
  if (only.includes('exercise')) {
    say('bench: SQL exercise runs (production worker bundle)...');
    rows.push(...(await nodeSuite('exercise')));
  }
  if (only.includes('activation')) {
    say(`bench: activation in code-server, ${hosts} fresh extension hosts...`);
    rows.push(...(await runActivation({ vsix, hosts, log: (line) => say(`bench:   ${line}`) })));
  }
  if (only.includes('panel')) {
    say('bench: the study panel in code-server, driven by keys...');
    rows.push(...(await runPanel({ vsix, log: (line) => say(`bench:   ${line}`) })));
  }
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
}

const elapsed = (Date.now() - started) / 1000;
const verdicts = rows.map(verdict);
const failed = rows.filter((_, index) => verdicts[index]?.result === 'FAIL');
console.log('');
console.log(table(rows));
console.log('');
console.log(`(${elapsed.toFixed(0)} s on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version})`);
writeFileSync(
  path.join(ROOT, 'bench', 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      elapsedSeconds: elapsed,
      tolerance: TOLERANCE,
      error: failure,
      rows: rows.map((row, index) => ({ ...row, result: verdicts[index]?.result, missedBy: verdicts[index]?.missedBy })),
    },
    null,
    2,
  )}\n`,
);
if (failure) console.error(`bench: ${failure}`);
if (failed.length > 0) console.error(`bench: ${failed.length} target(s) missed by more than ${TOLERANCE * 100}%: ${failed.map((row) => row.id).join(', ')}`);
process.exitCode = failure || failed.length > 0 ? 1 : 0;
