// 5. Activation in a real VS Code (code-server): our packaged VSIX and an empty extension
//    (bench/fixtures/empty-extension, one command) are installed side by side; in each of several
//    fresh extension hosts the probe (bench/host/activationProbe.cjs, run as the test payload)
//    times activate() of both, alternating which goes first, then our tree's first getChildren().
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { createRunFolder, installExtension, removeRunFolder, startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { EXTENSION_ID } from '../../scripts/lib/paths.mjs';
import { run } from '../../scripts/lib/run.mjs';
import { ensureTools } from '../../scripts/lib/tools.mjs';
import { ROOT, WORK } from '../lib/fixtures.mjs';
import { median, row } from '../lib/measure.mjs';

const EMPTY_ID = 'interview-coach-bench.bench-empty-extension';
const PROBE_ID = 'interview-coach-bench.bench-activation-probe';
const HOST_TIMEOUT_MS = 120_000;

async function packageEmptyExtension() {
  mkdirSync(WORK, { recursive: true });
  const out = path.join(WORK, 'bench-empty-extension.vsix');
  await run(
    process.execPath,
    [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out],
    { cwd: path.join(ROOT, 'bench', 'fixtures', 'empty-extension'), quiet: true },
  );
  return out;
}

async function oneHost(runFolder, browser, index, log) {
  const resultFile = path.join(runFolder.dir, `result-${index}.json`);
  const order = index % 2 === 0 ? [EXTENSION_ID, EMPTY_ID] : [EMPTY_ID, EXTENSION_ID];
  writeFileSync(path.join(runFolder.dir, 'order.json'), JSON.stringify({ order, ours: EXTENSION_ID, warmUp: PROBE_ID, settleMs: 1500, resultFile, diagnose: process.env.IC_BENCH_DIAGNOSE === '1' }));
  const server = await startCodeServer(runFolder, { env: { IC_BENCH_DIR: runFolder.dir } });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  let timer;
  try {
    const page = await context.newPage();
    const exited = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', () => undefined);
    const remote = (p) => `vscode-remote://${server.authority}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(path.join(ROOT, 'bench', 'fixtures', 'probe'))],
      ['extensionTestsPath', remote(path.join(ROOT, 'bench', 'host', 'activationProbe.cjs'))],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(runFolder.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), HOST_TIMEOUT_MS)));
    if ((await Promise.race([exited, timeout])) === 'timeout') throw new Error(`activation probe: no result within ${HOST_TIMEOUT_MS / 1000} s`);
  } finally {
    clearTimeout(timer);
    await context.close();
    await server.stop();
  }
  if (!existsSync(resultFile)) throw new Error('activation probe: the extension host wrote no result');
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  if (result.errors.length > 0) throw new Error(`activation probe: ${result.errors.join('\n')}`);
  if (result.treeWarm !== undefined) log(`host ${index + 1}: warm-up ${result.warmUp.toFixed(1)} ms, tree again ${result.treeWarm.toFixed(1)} ms, findFiles ${result.findFiles.toFixed(1)} ms`);
  log(`host ${index + 1}: ours ${result.activation[EXTENSION_ID].toFixed(1)} ms, empty ${result.activation[EMPTY_ID].toFixed(1)} ms, tree ${result.tree.toFixed(1)} ms (${order[0] === EXTENSION_ID ? 'ours first' : 'empty first'})`);
  return result;
}

/** Rows for activation and first tree render, over `hosts` fresh extension hosts. */
export async function runActivation({ vsix, hosts = 5, log = () => undefined }) {
  await ensureTools();
  const emptyVsix = await packageEmptyExtension();
  const runFolder = createRunFolder('bench-activation');
  const browser = await launchBrowser(path.join(runFolder.dir, 'chromium'));
  try {
    await installExtension(runFolder, vsix);
    await installExtension(runFolder, emptyVsix);
    const results = [];
    for (let i = 0; i < hosts; i++) results.push(await oneHost(runFolder, browser, i, log));
    const ours = median(results.map((r) => r.activation[EXTENSION_ID]));
    const empty = median(results.map((r) => r.activation[EMPTY_ID]));
    const tree = median(results.map((r) => r.tree));
    return [
      row({
        id: 'activation.ratio',
        name: `Activate in code-server (median of ${hosts} hosts)`,
        value: ours,
        unit: 'ms',
        floor: empty,
        floorName: 'empty extension, same host',
        ratio: ours / empty,
        target: 1.3,
        kind: 'ratio',
        samples: { ours: results.map((r) => r.activation[EXTENSION_ID]), floor: results.map((r) => r.activation[EMPTY_ID]) },
      }),
      row({
        id: 'activation.tree',
        name: `First tree getChildren after activation (${results[0].topics} topics)`,
        value: tree,
        unit: 'ms',
        target: 100,
        kind: 'max',
        samples: { ours: results.map((r) => r.tree) },
      }),
    ];
  } finally {
    await browser.close();
    removeRunFolder(runFolder);
    rmSync(emptyVsix, { force: true });
  }
}
