// Replays the bench's 100,000-review log N times (no snapshot), for counting instructions:
//   node bench/tools/replayLoads.mjs --write          # once: writes .cache/bench/replay.jsonl
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg node bench/tools/replayLoads.mjs 3
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg0 node bench/tools/replayLoads.mjs 0
// The difference of the two "Collected" totals, divided by 3, is one replay (the first one cold);
// 4 loads minus 1 load, divided by 3, counts warm replays only, as the bench samples them.
// `--floor` counts the bench's floor (read + JSON.parse each line) instead. See docs/performance.md.
import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { benchLogText, core, WORK } from '../lib/fixtures.mjs';

const file = path.join(WORK, 'replay.jsonl');
const args = process.argv.slice(2);

if (args.includes('--write')) {
  mkdirSync(WORK, { recursive: true });
  await fs.writeFile(file, await benchLogText());
  console.log(`wrote ${file}`);
} else {
  const loads = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1);
  if (args.includes('--floor')) {
    for (let i = 0; i < loads; i++) {
      const bytes = await fs.readFile(file);
      for (const line of new TextDecoder().decode(bytes).split('\n')) if (line) JSON.parse(line);
    }
  } else {
    const { PracticeStore } = await core('practice/practiceStore');
    const { NodeFileAccess } = await core('storage/nodeFileAccess');
    const files = new NodeFileAccess();
    const options = { snapshotAfterLines: Infinity };
    for (let i = 0; i < loads; i++) {
      const result = await new PracticeStore(files, file, `${file}.none`, () => new Date(), undefined, options).load();
      if (result.fromSnapshot) throw new Error('a snapshot was used');
    }
  }
}
