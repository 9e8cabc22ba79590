import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, VSIX } from './paths.mjs';
import { run } from './run.mjs';

/** Production bundle, then `vsce package` → dist-vsix/interview-coach.vsix (the bundle needs no node_modules). */
export async function packageVsix() {
  await run(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT });
  mkdirSync(path.dirname(VSIX), { recursive: true });
  await run(
    process.execPath,
    [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', VSIX],
    { cwd: ROOT, quiet: true },
  );
  return VSIX;
}
