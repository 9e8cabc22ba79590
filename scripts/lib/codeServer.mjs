// Starts a private code-server (fresh user data and extensions, 127.0.0.1, free port) and stops
// its whole process group, also when the run fails or is interrupted.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER_BIN, NODE24_BIN, ROOT, RUNS } from './paths.mjs';
import { run } from './run.mjs';

const running = new Set();

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const pid of running) killGroup(pid);
    process.exit(130);
  });
}
process.on('exit', () => {
  for (const pid of running) killGroup(pid);
});

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  // The run folders live inside this git checkout: no "repository found in parent folders" prompt.
  'git.openRepositoryInParentFolders': 'never',
  'git.autoRepositoryDetection': false,
};

/** A fresh run folder with private XDG, user-data and extension folders and a copy of a workspace. */
export function createRunFolder(name, { workspace = path.join(ROOT, 'test', 'fixtures', 'workspace'), settings = {} } = {}) {
  const dir = path.join(RUNS, `${name}-${process.pid}-${Date.now()}`);
  const runFolder = {
    dir,
    xdg: path.join(dir, 'xdg'),
    userData: path.join(dir, 'data'),
    extensions: path.join(dir, 'exts'),
    workspace: path.join(dir, 'workspace'),
    config: path.join(dir, 'config.yaml'),
  };
  mkdirSync(path.join(runFolder.userData, 'User'), { recursive: true });
  mkdirSync(runFolder.extensions, { recursive: true });
  mkdirSync(runFolder.xdg, { recursive: true });
  cpSync(workspace, runFolder.workspace, { recursive: true });
  writeFileSync(path.join(runFolder.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  writeFileSync(runFolder.config, 'auth: none\ncert: false\n');
  return runFolder;
}

function serverEnv(runFolder, extraEnv) {
  return {
    ...process.env,
    ...extraEnv,
    PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: runFolder.xdg,
    XDG_DATA_HOME: runFolder.xdg,
    EXTENSIONS_GALLERY: '{}',
  };
}

function commonArgs(runFolder) {
  return ['--config', runFolder.config, '--user-data-dir', runFolder.userData, '--extensions-dir', runFolder.extensions];
}

export async function installExtension(runFolder, vsix) {
  await run(CODE_SERVER_BIN, [...commonArgs(runFolder), '--install-extension', vsix], { quiet: true, env: serverEnv(runFolder, {}) });
}

async function waitForHealth(url, child, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode}); see its log in the run folder.`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${deadlineMs / 1000} s`);
}

/** Starts code-server on 127.0.0.1; `stop()` kills its whole process group. */
export async function startCodeServer(runFolder, { port, env = {}, smokeTestDriver = true } = {}) {
  const chosenPort = port ?? (await freePort());
  const logFile = openSync(path.join(runFolder.dir, 'code-server.log'), 'a');
  const args = [
    ...commonArgs(runFolder),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const child = spawn(CODE_SERVER_BIN, args, { detached: true, stdio: ['ignore', logFile, logFile], env: serverEnv(runFolder, env) });
  running.add(child.pid);
  const url = `http://127.0.0.1:${chosenPort}`;
  const stop = async () => {
    killGroup(child.pid);
    running.delete(child.pid);
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
  };
  try {
    await waitForHealth(url, child, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: chosenPort, authority: `127.0.0.1:${chosenPort}`, stop, child };
}

export function removeRunFolder(runFolder) {
  rmSync(runFolder.dir, { recursive: true, force: true });
}
