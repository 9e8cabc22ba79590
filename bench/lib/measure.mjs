// Timing helpers shared by the suites. Each suite runs in its own `node --expose-gc` process, so
// it can settle the heap before a sample and leave no garbage to the next suite.
import { performance } from 'node:perf_hooks';

export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs a full collection when the process has --expose-gc (twice: weak callbacks free more). */
export function settle() {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
}

/** Milliseconds one call of `fn` takes (awaited when it returns a promise). */
export async function time(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Samples `ours` and `floor` alternately (which one goes first alternates too), after `warmup`
 * unmeasured rounds, settling the heap before each sample so one side's garbage is not collected
 * on the other side's clock. Returns the samples and their medians.
 */
export async function paired({ ours, floor, repetitions, warmup = 1, gc = true }) {
  for (let i = 0; i < warmup; i++) {
    await floor();
    await ours();
  }
  const samples = { ours: [], floor: [] };
  for (let i = 0; i < repetitions; i++) {
    const order = i % 2 === 0 ? ['floor', 'ours'] : ['ours', 'floor'];
    for (const side of order) {
      if (gc) settle();
      samples[side].push(await time(side === 'ours' ? ours : floor));
    }
  }
  return { ours: median(samples.ours), floor: median(samples.floor), samples };
}

/** One row of the results table; `target` is a ratio (`kind: 'ratio'`) or a limit in `unit`. */
export function row({ id, name, value, unit, floor, floorName, ratio, target, kind, note, samples }) {
  return { id, name, value, unit, floor, floorName, ratio, target, kind, note, samples };
}

/** Parses `--out <file>` from argv and writes the suite's rows there as JSON. */
export async function writeRows(rows) {
  const index = process.argv.indexOf('--out');
  const { writeFileSync } = await import('node:fs');
  const json = JSON.stringify(rows, null, 2);
  if (index > 0 && process.argv[index + 1]) writeFileSync(process.argv[index + 1], json);
  else console.log(json);
}
