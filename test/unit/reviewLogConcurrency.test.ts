import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { untimed } from '../../src/core/practice/logEntries';
import { parseLines } from '../../src/core/practice/logFile';
import { PracticeStore } from '../../src/core/practice/practiceStore';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';
import { replay } from '../support/practiceView';

/** Compiled next to this file's compiled copy: out/test/support/gradeWorker.js. */
const WORKER = path.resolve(__dirname, '..', 'support', 'gradeWorker.js');
const GRADES_EACH = 500;

function start(args: readonly string[]): { child: ChildProcess; ready: Promise<void>; done: Promise<void> } {
  const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', () => reject(new Error(`worker exited before it was ready: ${errors}`)));
  });
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}: ${errors}`))));
  });
  return { child, ready, done };
}

describe('review log with two processes', () => {
  let dir: string;
  beforeEach(async () => (dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-concurrent-'))));
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('keeps all 1,000 grades when two processes append to the same log at once', async function () {
    this.timeout(60_000);
    const log = path.join(dir, 'reviews.jsonl');
    const workers = ['a', 'b'].map((name) => start([log, name, String(GRADES_EACH)]));
    try {
      await Promise.all(workers.map((worker) => worker.ready));
      for (const worker of workers) worker.child.stdin?.write('go\n');
      await Promise.all(workers.map((worker) => worker.done));
    } finally {
      for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill();
    }

    const text = await fs.readFile(log, 'utf8');
    const parsed = parseLines(text.split('\n'));
    const entries = parsed.entries.map(untimed);
    assert.deepEqual(parsed.skippedLines, []);
    assert.equal(new Set(entries.map((entry) => entry.rid)).size, 2 * GRADES_EACH);
    const writers = entries.map((entry) => (entry.k === undefined ? entry.h : '?')).join('');
    assert.match(writers, /ab.*ba|ba.*ab/, 'the two processes really wrote at the same time');

    const store = new PracticeStore(new NodeFileAccess(), log, () => new Date(Date.UTC(2026, 5, 1)));
    const result = await store.load();
    assert.deepEqual(result.skippedLines, []);
    const reviews = result.state.questionIds().reduce((sum, id) => sum + result.state.progress(id, new Date()).reviews, 0);
    assert.equal(reviews, 2 * GRADES_EACH);
    assert.deepStrictEqual(result.state, replay(entries, store.scheduler));
  });
});
