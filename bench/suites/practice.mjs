// 3. The review log. Loads of a realistic log (10,000 reviews over 500 questions) and of a long
//    one (100,000 reviews over the 10,000-question bench pack) against reading the file and
//    JSON.parse-ing each of its lines; the longest the event loop is blocked during the long load;
//    the tree's first data after activation; one grade on the long log vs a 10-line log; the
//    refold an undo causes; and the heap each loaded state holds.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { generateLog } from '../generate/log.mjs';
import { benchLogText, core, LOG_REVIEWS, workDir } from '../lib/fixtures.mjs';
import { median, paired, row, settle, time, writeRows } from '../lib/measure.mjs';

const { PracticeStore } = await core('practice/practiceStore');
const { NodeFileAccess } = await core('storage/nodeFileAccess');

const REALISTIC_REVIEWS = 10_000;
const REALISTIC_QUESTIONS = 500;
const dir = workDir('practice');
const files = new NodeFileAccess();
const open = (log, clock = () => new Date()) => new PracticeStore(files, path.resolve(dir, log), clock);
const MB = 1024 * 1024;

/** Reading the file and JSON.parse-ing each line: what any load has to do. */
const floorOf = (log, lineCount) => async () => {
  const bytes = await fs.readFile(path.join(dir, log));
  let parsed = 0;
  for (const line of new TextDecoder().decode(bytes).split('\n')) if (line) parsed += JSON.parse(line) ? 1 : 0;
  if (parsed !== lineCount) throw new Error('the floor parsed the wrong number of lines');
};

const loadOf = (log) => async () => {
  const result = await open(log).load();
  if (result.skippedLines.length > 0 || result.state.questionIds().length === 0) throw new Error(`unexpected load of ${log}`);
  return result;
};

/** The longest stretch (ms) the event loop did not turn while `task` ran. */
async function longestBlock(task) {
  let running = true;
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await task();
  running = false;
  tick();
  return longest;
}

/** Heap (MB) a loaded store keeps, after full collections. */
async function heapOf(log) {
  settle();
  const before = process.memoryUsage().heapUsed;
  const store = open(log);
  await store.load();
  settle();
  const after = process.memoryUsage().heapUsed;
  if (store.state.questionIds().length === 0) throw new Error('nothing loaded');
  return (after - before) / MB;
}

/**
 * The tree's first data: a new store's load, then each question's progress and the status counts
 * per topic and overall, as src/tree asks for them.
 */
async function treeData(log, questions) {
  const { state } = await open(log).load();
  const now = new Date();
  const byTopic = new Map();
  for (const question of questions) {
    state.progress(question.id, now);
    byTopic.set(question.topicId, [...(byTopic.get(question.topicId) ?? []), question.id]);
  }
  for (const ids of byTopic.values()) state.statusCounts(now, ids);
  state.dueCount(now, questions.map((question) => question.id));
}

const REALISTIC = Array.from({ length: REALISTIC_QUESTIONS }, (_, i) => ({ id: `bench/t${i % 25}/q${i}`, hash: `h${i}`, topicId: `bench/t${i % 25}` }));

if (process.argv[2] === '--cold') {
  // In a fresh process, as after activation: nothing is compiled or optimised yet.
  const start = performance.now();
  await treeData(process.argv[3], REALISTIC);
  console.log(JSON.stringify({ ms: performance.now() - start }));
  await fs.rm(dir, { recursive: true, force: true });
  process.exit(0);
}

try {
  // The realistic log: the generator's two years of daily use, cut to 10,000 reviews.
  const questions = REALISTIC;
  const realistic = generateLog({ questions, reviews: REALISTIC_REVIEWS, seed: 17 });
  const long = await benchLogText();
  const linesOf = (text) => text.split('\n').filter(Boolean);
  const realisticLines = linesOf(realistic);
  const longLines = linesOf(long);
  await fs.writeFile(path.join(dir, 'realistic.jsonl'), realistic);
  await fs.writeFile(path.join(dir, 'long.jsonl'), long);
  const mbOf = (text) => (Buffer.byteLength(text) / MB).toFixed(1);

  const realisticLoad = await paired({ repetitions: 9, floor: floorOf('realistic.jsonl', realisticLines.length), ours: loadOf('realistic.jsonl') });
  const longLoad = await paired({ repetitions: 5, floor: floorOf('long.jsonl', longLines.length), ours: loadOf('long.jsonl') });
  const blocks = [];
  for (let i = 0; i < 5; i++) {
    settle();
    blocks.push(await longestBlock(loadOf('long.jsonl')));
  }

  // The tree's first render after activation: in fresh processes, with nothing compiled yet.
  const coldSamples = [];
  for (let i = 0; i < 7; i++) {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', path.join(dir, 'realistic.jsonl')], { encoding: 'utf8' });
    coldSamples.push(JSON.parse(output.trim().split('\n').at(-1)).ms);
  }
  // The same in this process, warm (the code optimised by the loads before).
  const warmSamples = [];
  for (let i = 0; i < 9; i++) {
    settle();
    warmSamples.push(await time(() => treeData('realistic.jsonl', questions)));
  }

  // One grade (read what is new, append a line, fold it) on the long log vs a 10-line log, in turn.
  await fs.copyFile(path.join(dir, 'long.jsonl'), path.join(dir, 'big.jsonl'));
  await fs.writeFile(path.join(dir, 'small.jsonl'), `${longLines.slice(0, 10).join('\n')}\n`);
  const big = open('big.jsonl');
  const small = open('small.jsonl');
  await big.load();
  await small.load();
  const ids = longLines.slice(0, 50).map((line) => JSON.parse(line)).filter((entry) => entry.q && !entry.k).map((entry) => [entry.q, entry.h]);
  const grade = (store, i) => store.grade(ids[i % ids.length][0], ids[i % ids.length][1], (i % 4) + 1);
  const gradeSamples = { big: [], small: [] };
  settle();
  for (let i = 0; i < 240; i++) {
    for (const side of i % 2 === 0 ? ['big', 'small'] : ['small', 'big']) {
      const ms = await time(() => grade(side === 'big' ? big : small, i));
      if (i >= 40) gradeSamples[side].push(ms);
    }
  }

  // An undo refolds the whole history (10,000 reviews) from memory; each sample takes back one more.
  await fs.copyFile(path.join(dir, 'realistic.jsonl'), path.join(dir, 'undo.jsonl'));
  const undoing = open('undo.jsonl');
  await undoing.load();
  const undoSamples = [];
  for (let i = 0; i < 15; i++) {
    settle();
    undoSamples.push(await time(() => undoing.undoLast()));
  }

  const heapRealistic = await heapOf('realistic.jsonl');
  const heapLong = await heapOf('long.jsonl');

  const floorName = 'read + JSON.parse each line';
  const loadRow = (id, name, result, target) =>
    row({ id, name, value: result.ours, unit: 'ms', floor: result.floor, floorName, ratio: result.ours / result.floor, target, kind: 'ratio', samples: result.samples });
  await writeRows([
    loadRow('log.load10k', `Load ${REALISTIC_REVIEWS.toLocaleString('en')} reviews over ${REALISTIC_QUESTIONS} questions (${mbOf(realistic)} MB)`, realisticLoad, 3),
    row({ id: 'log.tree10k', name: 'The tree\'s first data with that log, in a fresh process (load, then every question\'s progress and status counts)', value: median(coldSamples), unit: 'ms', target: 100, kind: 'max', note: `median of ${coldSamples.length} fresh processes (${Math.min(...coldSamples).toFixed(0)}–${Math.max(...coldSamples).toFixed(0)} ms); warm, in this process: ${median(warmSamples).toFixed(1)} ms` }),
    loadRow('log.load100k', `Load ${LOG_REVIEWS.toLocaleString('en')} reviews over 10,000 questions (${mbOf(long)} MB)`, longLoad, 4),
    row({ id: 'log.block100k', name: '… the longest the event loop is blocked during that load', value: median(blocks), unit: 'ms', target: 50, kind: 'max', note: `median of ${blocks.length} loads; worst ${Math.max(...blocks).toFixed(1)} ms` }),
    row({ id: 'log.grade', name: `One grade on a ${LOG_REVIEWS.toLocaleString('en')}-review log`, value: median(gradeSamples.big), unit: 'ms', floor: median(gradeSamples.small), floorName: 'same on a 10-line log', ratio: median(gradeSamples.big) / median(gradeSamples.small), target: 1.2, kind: 'ratio', note: `median of ${gradeSamples.big.length} grades each` }),
    row({ id: 'log.undo10k', name: `Undo on the ${REALISTIC_REVIEWS.toLocaleString('en')}-review log (append + refold from memory)`, value: median(undoSamples), unit: 'ms', kind: 'info', note: `median of ${undoSamples.length} undos` }),
    row({ id: 'log.heap10k', name: `Heap: state of ${REALISTIC_REVIEWS.toLocaleString('en')} reviews`, value: heapRealistic, unit: 'MB', kind: 'info', note: `log file ${mbOf(realistic)} MB` }),
    row({ id: 'log.heap100k', name: `Heap: state of ${LOG_REVIEWS.toLocaleString('en')} reviews`, value: heapLong, unit: 'MB', kind: 'info', note: `log file ${mbOf(long)} MB` }),
  ]);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
