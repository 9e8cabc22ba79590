// `npm test`: builds, installs the real-VS-Code tooling when missing, runs the unit, integration
// (inside a real extension host) and e2e (real workbench, packaged VSIX) layers, and ends with one
// line "N passed, N failed" summing them. `node scripts/test-all.mjs unit|integration|e2e` runs one.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ensureTools } from './lib/tools.mjs';
import { packageVsix } from './lib/packageVsix.mjs';
import { runIntegration } from './lib/integration.mjs';
import { ROOT, RUNS, VSIX } from './lib/paths.mjs';
import { readResult } from './lib/results.mjs';
import { run, say } from './lib/run.mjs';

const LAYERS = ['unit', 'integration', 'e2e'];
const requested = process.argv.slice(2).filter((arg) => LAYERS.includes(arg));
const layers = requested.length > 0 ? requested : LAYERS;
const started = Date.now();
const node = process.execPath;
const bin = (name) => path.join(ROOT, 'node_modules', name);

async function build() {
  say('Type-checking and compiling tests...');
  // A fresh output, so the compiled copy of a test or module that was deleted cannot run.
  for (const dir of ['out/test', 'out/src']) rmSync(path.join(ROOT, dir), { recursive: true, force: true });
  await run(node, [bin('typescript/bin/tsc'), '-p', 'tsconfig.test.json']);
  await run(node, [bin('typescript/bin/tsc'), '-p', 'media/panel', '--noEmit']);
  say('Linting...');
  await run(node, [bin('eslint/bin/eslint.js'), '.']);
  say('Bundling and packaging the VSIX...');
  await packageVsix();
}

async function runMocha(layer, pattern, extraArgs = [], env = {}) {
  mkdirSync(RUNS, { recursive: true });
  const resultFile = path.join(RUNS, `${layer}-${process.pid}.json`);
  try {
    await run(node, [bin('mocha/bin/mocha.js'), '--reporter', path.join(ROOT, 'out/test/support/resultReporter.js'), ...extraArgs, pattern], {
      cwd: ROOT,
      env: { ...process.env, ...env, IC_RESULT_FILE: resultFile },
    });
  } catch {
    // failures are counted from the result file
  }
  return readResult(resultFile, layer);
}

const runners = {
  unit: () => runMocha('unit', 'out/test/unit/**/*.test.js', ['--timeout', '20000']),
  integration: () => runIntegration(),
  e2e: () => runMocha('e2e', 'out/test/e2e/**/*.test.js', ['--timeout', '120000'], { IC_VSIX: VSIX }),
};

const totals = { passed: 0, failed: 0 };
const lines = [];
try {
  await build();
  if (layers.some((layer) => layer !== 'unit')) await ensureTools();
  for (const layer of layers) {
    say(`Running ${layer} tests...`);
    const result = await runners[layer]();
    totals.passed += result.passed;
    totals.failed += result.failed;
    lines.push(`${layer}: ${result.passed} passed, ${result.failed} failed`);
    for (const failure of result.failures ?? []) lines.push(`  ✗ ${failure}`);
  }
} catch (error) {
  totals.failed += 1;
  lines.push(`setup failed: ${error instanceof Error ? error.message : String(error)}`);
}
if (existsSync(RUNS)) rmSync(RUNS, { recursive: true, force: true });
console.log('');
for (const line of lines) console.log(line);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
