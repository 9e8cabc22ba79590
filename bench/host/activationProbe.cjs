// Runs inside a real extension host as the test runner of the activation benchmark
// (extensionTestsPath; see bench/suites/activation.mjs). Activates the extensions named in
// `<IC_BENCH_DIR>/order.json`, in that order, each while it is not active yet, timing
// `getExtension(id).activate()` (load + activate), then times the first getChildren() of our tree
// provider, and writes the figures to the result file named there. CommonJS: the host require()s it.
/* eslint-disable @typescript-eslint/no-require-imports */
const vscode = require('vscode');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

/** Lets the start-up work of the window (built-in extensions, restoring views) finish first. */
function quiet(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function run() {
  const control = JSON.parse(fs.readFileSync(path.join(process.env.IC_BENCH_DIR, 'order.json'), 'utf8'));
  const result = { activation: {}, tree: undefined, topics: undefined, errors: [] };
  try {
    await quiet(control.settleMs);
    // The first activation in a host pays one-time costs (the API factory, storage); the probe's own
    // extension takes them, so that neither measured extension does.
    const warmUp = performance.now();
    await vscode.extensions.getExtension(control.warmUp).activate();
    result.warmUp = performance.now() - warmUp;
    for (const id of control.order) {
      const extension = vscode.extensions.getExtension(id);
      if (!extension) throw new Error(`${id} is not installed`);
      if (extension.isActive) throw new Error(`${id} was already active before the probe activated it`);
      const start = performance.now();
      const api = await extension.activate();
      result.activation[id] = performance.now() - start;
      if (id === control.ours) {
        const treeStart = performance.now();
        const roots = await api.treeProvider.getChildren();
        result.tree = performance.now() - treeStart;
        result.topics = roots.length;
        if (control.diagnose) {
          // Where the first render's time goes: the same load again (warm), and the user-pack search.
          let start = performance.now();
          api.bankService.reload();
          await api.bankService.bank();
          result.treeWarm = performance.now() - start;
          start = performance.now();
          for (const folder of vscode.workspace.workspaceFolders ?? []) await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.questions.md'), '{**/node_modules/**,**/.git/**}', 500);
          result.findFiles = performance.now() - start;
        }
      }
    }
  } catch (error) {
    result.errors.push(String((error && error.stack) || error));
  }
  fs.writeFileSync(control.resultFile, JSON.stringify(result));
};

module.exports = { run };
