// Child process of reviewLogConcurrency.test.ts: loads a PracticeStore on a shared log, says
// "ready", waits for "go" on stdin, then grades `count` times as fast as it can.
import type { Grade } from '../../src/core/practice/grade';
import { PracticeStore } from '../../src/core/practice/practiceStore';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

async function main(): Promise<void> {
  const [logPath, name, count] = process.argv.slice(2);
  if (!logPath || !name || !count) throw new Error('usage: gradeWorker <log> <name> <count>');
  let tick = 0;
  const base = Date.UTC(2026, 2, 2, 9);
  // Both workers use the same clock ticks, so equal times are common and replay must break ties by rid.
  const clock = () => new Date(base + tick * 60_000);
  const store = new PracticeStore(new NodeFileAccess(), logPath, clock);
  await store.load();
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  for (; tick < Number(count); tick++) await store.grade(`shared/q${tick % 50}`, name, ((tick % 4) + 1) as Grade);
  process.stdin.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
