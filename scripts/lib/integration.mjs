// Runs the mocha suite in out/test/integration inside a real VS Code extension host (code-server),
// using the VS Code test protocol of the web workbench (payload + smoke-test driver).
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { createRunFolder, removeRunFolder, startCodeServer } from './codeServer.mjs';
import { ROOT } from './paths.mjs';
import { readResult } from './results.mjs';
import { say } from './run.mjs';

const RUN_TIMEOUT_MS = 5 * 60_000;
/** Workbench chatter forwarded with the test output; none of it is about our extension. */
const WORKBENCH_NOISE = ['[AgentHost', 'Resolving connection token', 'Resolved connection token', 'Creating a socket', '[reconnection-grace-time]', '[Service Worker]', 'Creation of workbench contribution', 'DialogService: Dialog requested', 'Ignoring fetching additional builtin extensions', 'Updating additional builtin extensions cache', '[AccountPolicyGate]'];

/** Runs the suite twice: with a workspace folder (all but "[no-folder]" tests), then without one. */
export async function runIntegration() {
  const withFolder = await runOnce({ folder: true });
  const noFolder = await runOnce({ folder: false });
  return {
    passed: withFolder.passed + noFolder.passed,
    failed: withFolder.failed + noFolder.failed,
    failures: [...(withFolder.failures ?? []), ...(noFolder.failures ?? [])],
  };
}

async function runOnce({ folder, keep = false }) {
  const runFolder = createRunFolder(folder ? 'integration' : 'integration-no-folder');
  const resultFile = path.join(runFolder.dir, 'result.json');
  const server = await startCodeServer(runFolder, {
    env: { IC_RESULT_FILE: resultFile, IC_USER_DATA_DIR: runFolder.userData, IC_TEST_GREP: '[no-folder]', IC_TEST_INVERT: folder ? '1' : '0' },
  });
  const browser = await launchBrowser(path.join(runFolder.dir, 'chromium'));
  let timer;
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const exited = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = format(...(args ?? []));
      if (!WORKBENCH_NOISE.some((noise) => text.includes(noise))) console.log(text);
    });
    const remote = (p) => `vscode-remote://${server.authority}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'out', 'test', 'integration', 'index.js'))],
    ];
    say(`integration: running the suite in the extension host of ${server.url} ${folder ? 'with a workspace folder' : 'with no folder open'}`);
    const where = folder ? `folder=${encodeURIComponent(runFolder.workspace)}&` : 'ew=true&';
    await page.goto(`${server.url}/?${where}payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS)));
    const code = await Promise.race([exited, timeout]);
    if (code === 'timeout') console.error(`integration: no result within ${RUN_TIMEOUT_MS / 1000} s`);
  } finally {
    clearTimeout(timer);
    await browser.close();
    await server.stop();
  }
  const result = readResult(resultFile, 'integration');
  if (!keep) removeRunFolder(runFolder);
  return result;
}
