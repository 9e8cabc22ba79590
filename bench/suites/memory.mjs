// 7. Memory: V8 heap in use after loading the 10,000-question pack and the 100,000-review log,
//    each measured
//    after a full collection against the heap before it. The files are generated first, then a
//    fresh `node --expose-gc` process that has done nothing else measures.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_MAX_PACK_BYTES, benchLogText, benchPackBytes, core, workDir } from '../lib/fixtures.mjs';
import { row, settle, writeRows } from '../lib/measure.mjs';

const MB = 1024 * 1024;
const { PracticeStore } = await core('practice/practiceStore');
const { NodeFileAccess } = await core('storage/nodeFileAccess');
const files = (dir) => ({ pack: path.join(dir, 'bench.questions.md'), log: path.join(dir, 'reviews.jsonl') });
const open = (dir) => new PracticeStore(new NodeFileAccess(), files(dir).log, () => new Date());

if (process.argv[2] === '--measure') {
  const dir = process.argv[3];
  const { loadPack } = await core('pack/loadPack');
  const heap = () => {
    settle();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  const pack = loadPack('bench.questions.md', await fs.readFile(files(dir).pack), { maxBytes: BENCH_MAX_PACK_BYTES });
  const afterPack = heap();
  const store = open(dir);
  const loaded = await store.load();
  const afterLog = heap();
  if (loaded.state.questionIds().length === 0 || pack.topics.length === 0) throw new Error('unexpected load');
  console.log(JSON.stringify({ before, afterPack, afterLog, keep: pack.topics.length + store.state.questionIds().length }));
} else {
  const dir = workDir('memory');
  try {
    await fs.writeFile(files(dir).pack, benchPackBytes());
    const logText = await benchLogText();
    await fs.writeFile(files(dir).log, logText);
    const output = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--measure', dir], { encoding: 'utf8' });
    const { before, afterPack, afterLog } = JSON.parse(output.trim().split('\n').at(-1));
    const packMb = benchPackBytes().length / MB;
    const logMb = Buffer.byteLength(logText) / MB;
    await writeRows([
      row({ id: 'memory.pack', name: 'Heap: 10,000-question pack loaded', value: (afterPack - before) / MB, unit: 'MB', kind: 'info', note: `pack file ${packMb.toFixed(1)} MB` }),
      row({ id: 'memory.log', name: 'Heap: 100,000-review practice state', value: (afterLog - afterPack) / MB, unit: 'MB', kind: 'info', note: `log file ${logMb.toFixed(1)} MB` }),
      row({ id: 'memory.total', name: 'Heap: both, vs before', value: (afterLog - before) / MB, unit: 'MB', kind: 'info', note: `heap before ${(before / MB).toFixed(1)} MB` }),
    ]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
