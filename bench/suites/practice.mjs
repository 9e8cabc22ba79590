// 3. The review log: replaying 100,000 reviews with and without a snapshot vs reading the file and
//    JSON.parse-ing each of its lines; appending one grade to a 100,000-review log vs a 10-line one.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { TextDecoder } from 'node:util';
import { benchLogText, core, LOG_REVIEWS, workDir } from '../lib/fixtures.mjs';
import { median, paired, row, settle, time, writeRows } from '../lib/measure.mjs';

const { PracticeStore } = await core('practice/practiceStore');
const { NodeFileAccess } = await core('storage/nodeFileAccess');
const { parseLogBytes } = await core('practice/logParser');
const { parseTime } = await core('practice/logEntries');

const dir = workDir('practice');
const files = new NodeFileAccess();
const clock = () => new Date();
const open = (log, snapshot, options = {}) => new PracticeStore(files, path.join(dir, log), path.join(dir, snapshot), clock, undefined, options);

try {
  const text = await benchLogText();
  const lines = text.split('\n').filter(Boolean);
  const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  await fs.writeFile(path.join(dir, 'full.jsonl'), text);

  // A snapshot as the store leaves it in use: written at the last 1,000-line mark, 500 lines behind.
  const TAIL = 500;
  const head = `${lines.slice(0, -TAIL).join('\n')}\n`;
  const tail = `${lines.slice(-TAIL).join('\n')}\n`;
  await fs.writeFile(path.join(dir, 'snap.jsonl'), head);
  await open('snap.jsonl', 'snap.snapshot.json', { snapshotAfterLines: 1 }).load();
  await fs.appendFile(path.join(dir, 'snap.jsonl'), tail);

  const floor = async () => {
    const bytes = await fs.readFile(path.join(dir, 'full.jsonl'));
    let parsed = 0;
    for (const line of new TextDecoder().decode(bytes).split('\n')) if (line) parsed += JSON.parse(line) ? 1 : 0;
    if (parsed !== lines.length) throw new Error('floor parsed the wrong number of lines');
  };
  // No snapshot, and none written: the replay alone (the first start-up would also write one).
  const full = await paired({
    repetitions: 5,
    floor,
    ours: async () => {
      const result = await open('full.jsonl', 'none.snapshot.json', { snapshotAfterLines: Infinity }).load();
      if (result.fromSnapshot || result.skippedLines.length > 0) throw new Error('unexpected full replay result');
    },
  });
  // A lower bound for the replay: the lines read and checked as the store reads them, and only the
  // fields every review must leave behind (time, grade, question, rid) collected into columns: no
  // fold, no history per question, no day counts.
  const collectOnly = await paired({
    repetitions: 5,
    floor,
    ours: async () => {
      const bytes = await fs.readFile(path.join(dir, 'full.jsonl'));
      const times = new Float64Array(lines.length);
      const grades = new Uint8Array(lines.length);
      const owners = new Int32Array(lines.length);
      const rids = [];
      const questionIndex = new Map();
      parseLogBytes(bytes, 0, 1, (entry) => {
        if (entry.k !== undefined) return;
        let question = questionIndex.get(entry.q);
        if (question === undefined) questionIndex.set(entry.q, (question = questionIndex.size));
        times[rids.length] = parseTime(entry.t);
        grades[rids.length] = entry.g;
        owners[rids.length] = question;
        rids.push(entry.rid);
      });
      globalThis.collected = [times, grades, owners, rids, questionIndex];
    },
  });
  globalThis.collected = undefined;
  const snap = await paired({
    repetitions: 7,
    floor,
    ours: async () => {
      const result = await open('snap.jsonl', 'snap.snapshot.json').load();
      if (!result.fromSnapshot) throw new Error('the snapshot was not used');
    },
  });

  // Appends: a store on a 100,000-review log (with its snapshot) and one on a 10-line log, graded
  // in turn; each sample is one grade() call: read what is new, append one line, apply it.
  await fs.copyFile(path.join(dir, 'snap.jsonl'), path.join(dir, 'big.jsonl'));
  await fs.copyFile(path.join(dir, 'snap.snapshot.json'), path.join(dir, 'big.snapshot.json'));
  await fs.writeFile(path.join(dir, 'small.jsonl'), `${lines.slice(0, 10).join('\n')}\n`);
  const big = open('big.jsonl', 'big.snapshot.json');
  const small = open('small.jsonl', 'small.snapshot.json');
  await big.load();
  await small.load();
  const ids = lines.slice(0, 50).map((line) => JSON.parse(line)).filter((entry) => entry.q && !entry.k).map((entry) => [entry.q, entry.h]);
  const grade = (store, i) => store.grade(ids[i % ids.length][0], ids[i % ids.length][1], (i % 4) + 1);
  const appendSamples = { big: [], small: [] };
  settle();
  for (let i = 0; i < 240; i++) {
    const order = i % 2 === 0 ? ['big', 'small'] : ['small', 'big'];
    for (const side of order) {
      const ms = await time(() => grade(side === 'big' ? big : small, i));
      if (i >= 40) appendSamples[side].push(ms);
    }
  }
  const appendBig = median(appendSamples.big);
  const appendSmall = median(appendSamples.small);

  await writeRows([
    row({
      id: 'log.replay',
      name: `Replay ${LOG_REVIEWS.toLocaleString('en')} reviews, no snapshot (${mb} MB)`,
      value: full.ours,
      unit: 'ms',
      floor: full.floor,
      floorName: 'read + JSON.parse each line',
      ratio: full.ours / full.floor,
      target: 2,
      kind: 'ratio',
      samples: full.samples,
    }),
    row({
      id: 'log.collectOnly',
      name: '… reading the lines as the store does, only collecting each review\'s fields (no fold)',
      value: collectOnly.ours,
      unit: 'ms',
      floor: collectOnly.floor,
      floorName: 'read + JSON.parse each line',
      ratio: collectOnly.ours / collectOnly.floor,
      kind: 'ratio',
      note: 'a lower bound for the replay: its reader and the columns every review must fill',
      samples: collectOnly.samples,
    }),
    row({
      id: 'log.replaySnapshot',
      name: `Replay ${LOG_REVIEWS.toLocaleString('en')} reviews from snapshot + ${TAIL} lines`,
      value: snap.ours,
      unit: 'ms',
      floor: snap.floor,
      floorName: 'read + JSON.parse each line',
      ratio: snap.ours / snap.floor,
      target: 2,
      kind: 'ratio',
      samples: snap.samples,
    }),
    row({
      id: 'log.append',
      name: `Append one grade to a ${LOG_REVIEWS.toLocaleString('en')}-review log`,
      value: appendBig,
      unit: 'ms',
      floor: appendSmall,
      floorName: 'same on a 10-line log',
      ratio: appendBig / appendSmall,
      target: 1.2,
      kind: 'ratio',
      note: `median of ${appendSamples.big.length} grades each`,
    }),
  ]);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
