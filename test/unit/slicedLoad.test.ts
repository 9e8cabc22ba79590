import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FOLD_STEP_EVENTS } from '../../src/core/practice/bulkFold';
import { parseLogText } from '../../src/core/practice/logParser';
import { PracticeState } from '../../src/core/practice/practiceState';
import { LOAD_SLICE_BYTES, PracticeStore, type PracticeStoreOptions } from '../../src/core/practice/practiceStore';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

const DAY = 86_400_000;
const START = Date.parse('2025-01-01T08:00:00.000Z');

/** `count` lines of practice on 20 questions, one every ten minutes, with an undo, a suspend, a reset of all and a corrupt line. */
function logText(count: number, corruptLine: number, prefix = 'r'): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = new Date(START + i * 600_000 + Math.floor(i / 50) * DAY).toISOString();
    const rid = `${prefix}${String(i).padStart(6, '0')}`;
    if (i + 1 === corruptLine) lines.push('{"v":1,"rid":"torn","q":"t.q1","h":');
    else if (i % 97 === 96) lines.push(JSON.stringify({ v: 1, rid, k: 'undo', r: `${prefix}${String(i - 1).padStart(6, '0')}`, t }));
    else if (i === Math.floor(count / 3)) lines.push(JSON.stringify({ v: 1, rid, k: 'suspend', q: 't.q3', t }));
    else if (i === Math.floor((count * 2) / 3)) lines.push(JSON.stringify({ v: 1, rid, k: 'reset', q: 'all', t }));
    else lines.push(JSON.stringify({ v: 1, rid, q: `t.q${i % 20}`, h: `h${i % 20}`, g: (i % 4) + 1, t }));
  }
  return `${lines.join('\n')}\n`;
}

describe('PracticeStore: a long log loads in slices', () => {
  let dir: string;
  let logPath: string;
  const open = (snapshot: string, options: PracticeStoreOptions, files = new NodeFileAccess()) =>
    new PracticeStore(files, logPath, path.join(dir, snapshot), () => new Date('2026-01-01T00:00:00Z'), undefined, options);

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-sliced-'));
    logPath = path.join(dir, 'reviews.jsonl');
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('gives what a load in one piece gives (state, corrupt lines, snapshot), showing the new state only when complete', async () => {
    const text = logText(600, 151);
    await fs.writeFile(logPath, text);
    const whole = open('whole.snapshot.json', { loadSliceBytes: Infinity, snapshotAfterLines: 100 });
    const seen: PracticeState[] = [];
    const sliced: PracticeStore = open('sliced.snapshot.json', {
      loadSliceBytes: 2048,
      snapshotAfterLines: 100,
      yieldToHost: async () => {
        seen.push(sliced.state);
      },
    });
    const before = sliced.state;
    const wholeResult = await whole.load();
    const slicedResult = await sliced.load();

    assert.ok(seen.length >= Math.floor(Buffer.byteLength(text) / 2048) - 1, `${seen.length} slices`);
    assert.ok(seen.every((state) => state === before), 'a half-built state was visible between slices');
    assert.notEqual(sliced.state, before);
    assert.deepStrictEqual(slicedResult.skippedLines, [151]);
    assert.deepStrictEqual(slicedResult.skippedLines, wholeResult.skippedLines);
    assert.deepStrictEqual(sliced.state.toData(), whole.state.toData());
    assert.equal(
      await fs.readFile(path.join(dir, 'sliced.snapshot.json'), 'utf8'),
      await fs.readFile(path.join(dir, 'whole.snapshot.json'), 'utf8'),
      'the snapshots (and their coverage hash) differ',
    );
  });

  it('keeps showing the previous state while a replaced log is read again, then the new one', async () => {
    await fs.writeFile(logPath, logText(300, 0, 'a'));
    const seen: PracticeState[] = [];
    const store: PracticeStore = open('snapshot.json', {
      loadSliceBytes: 1024,
      snapshotAfterLines: Infinity,
      yieldToHost: async () => {
        seen.push(store.state);
      },
    });
    await store.load();
    const first = store.state;
    const firstData = first.toData();
    seen.length = 0;
    // Another window imported a different history: the file is replaced, so the cursor no longer fits.
    await fs.writeFile(logPath, logText(500, 0, 'b'));
    await store.reload();

    assert.ok(seen.length > 5, `${seen.length} slices`);
    assert.ok(seen.every((state) => state === first));
    assert.deepStrictEqual(first.toData(), firstData, 'the previous state changed while the new one was read');
    const fresh = open('fresh.snapshot.json', { snapshotAfterLines: Infinity });
    await fresh.load();
    assert.deepStrictEqual(store.state.toData(), fresh.state.toData());
  });

  it('folds a long full replay in steps, yielding between them, to the state of a fold at once', async () => {
    const text = logText(2 * FOLD_STEP_EVENTS + 5000, 0);
    await fs.writeFile(logPath, text);
    let steps = 0;
    const store: PracticeStore = open('none.snapshot.json', {
      loadSliceBytes: Infinity,
      snapshotAfterLines: Infinity,
      yieldToHost: async () => {
        steps++;
        assert.equal(store.state.toData().questions.length, 0, 'a half-folded state was visible');
      },
    });
    await store.load();

    assert.ok(steps >= 2, `${steps} steps`);
    const atOnce = new PracticeState(store.scheduler);
    const stream = atOnce.replayStream();
    for (const entry of parseLogText(text).entries) stream.push(entry);
    stream.end();
    assert.deepStrictEqual(store.state.toData(), atOnce.toData());
  });

  it("by default lets Node's event loop turn while a log over LOAD_SLICE_BYTES loads", async () => {
    const text = logText(Math.ceil((2.5 * LOAD_SLICE_BYTES) / 100), 0);
    await fs.writeFile(logPath, text);
    let turns = 0;
    let reading = false;
    const countTurns = (): void => {
      if (!reading) return;
      turns++;
      setImmediate(countTurns);
    };
    // Counting starts once the log and the snapshot file are read: from there on, a load that
    // does not yield never lets the loop turn.
    const snapshot = path.join(dir, 'none.snapshot.json');
    class WatchedFiles extends NodeFileAccess {
      override async read(file: string): Promise<Uint8Array | undefined> {
        try {
          return await super.read(file);
        } finally {
          if (file === snapshot) {
            reading = true;
            setImmediate(countTurns);
          }
        }
      }
    }
    const load = async (options: PracticeStoreOptions): Promise<number> => {
      turns = 0;
      await open('none.snapshot.json', { snapshotAfterLines: Infinity, ...options }, new WatchedFiles()).load();
      reading = false;
      return turns;
    };

    assert.ok(Buffer.byteLength(text) > 2 * LOAD_SLICE_BYTES);
    assert.equal(await load({ loadSliceBytes: Infinity, yieldToHost: async () => undefined }), 0);
    assert.ok((await load({})) >= 2);
  });
});
