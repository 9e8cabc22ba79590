// `npm start`: builds and packages the extension, installs it into a local code-server (a real
// VS Code in the browser) and prints the URL. Options: --port N (or PORT=N), default 8080.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { installExtension, startCodeServer } from './lib/codeServer.mjs';
import { CACHE, ROOT, VSIX } from './lib/paths.mjs';
import { say } from './lib/run.mjs';
import { packageVsix } from './lib/packageVsix.mjs';
import { ensureTools } from './lib/tools.mjs';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg >= 0 ? process.argv[portArg + 1] : process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`Not a valid port: ${port}`);

say('Building and packaging the extension...');
await packageVsix();
await ensureTools({ browser: false });

// A profile kept between runs, so progress and notes survive a restart of `npm start`.
const dir = path.join(CACHE, 'playground');
const profile = {
  dir,
  xdg: path.join(dir, 'xdg'),
  userData: path.join(dir, 'data'),
  extensions: path.join(dir, 'exts'),
  config: path.join(dir, 'config.yaml'),
};
const settingsFile = path.join(profile.userData, 'User', 'settings.json');
mkdirSync(path.dirname(settingsFile), { recursive: true });
mkdirSync(profile.xdg, { recursive: true });
writeFileSync(profile.config, 'auth: none\ncert: false\n');
/**
 * The playground's first settings (kept once written, so your own changes stay). The sample
 * workspace lives inside this git checkout: without the git setting every start asks whether to
 * open the parent repository; the (empty) chat side bar would take a third of the window.
 */
const PLAYGROUND_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};
if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(PLAYGROUND_SETTINGS, null, 2));
say('Installing the VSIX into code-server...');
await installExtension(profile, VSIX);

let server;
try {
  server = await startCodeServer(profile, { port, smokeTestDriver: false });
} catch (error) {
  throw new Error(`Could not start code-server on 127.0.0.1:${port} (${error.message}). Is the port in use? Try: npm start -- --port 8081`);
}
const workspace = path.join(ROOT, 'sample-workspace');
console.log('');
say(`Interview Coach is running in VS Code (code-server) at:\n\n    ${server.url}/?folder=${encodeURIComponent(workspace)}\n`);
say('Open that URL in your browser, then click the Interview Coach icon in the activity bar. Press Ctrl+C to stop.');
await new Promise((resolve) => server.child.once('exit', resolve));
say('code-server stopped.');
