import { existsSync, readFileSync, rmSync } from 'node:fs';

/** Reads a layer's {passed, failed} file; a missing file means the layer crashed before reporting. */
export function readResult(file, layer) {
  if (!existsSync(file)) return { passed: 0, failed: 1, failures: [`${layer}: the test run stopped before reporting results`] };
  const result = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  return result;
}
