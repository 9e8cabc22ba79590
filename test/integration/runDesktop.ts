// `npm run test:desktop`: the same integration suite in desktop VS Code, downloaded by
// @vscode/test-electron (needs internet access; the offline machines use code-server instead).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-coach-desktop-'));
  const userData = path.join(scratch, 'data');
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userData}`, `--extensions-dir=${path.join(scratch, 'exts')}`],
      extensionTestsEnv: { IC_USER_DATA_DIR: userData, IC_WORKSPACE: workspace },
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
