import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateEntry } from '../../src/core/practice/logEntries';
import { parseLines } from '../../src/core/practice/logFile';
import { PracticeStore } from '../../src/core/practice/practiceStore';
import { createScheduler } from '../../src/core/practice/scheduler';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';
import { replay } from '../support/practiceView';

const line = (rid: string, q: string, g: number, t: string): string => JSON.stringify({ v: 1, rid, q, h: 'h', g, t });
const history = (count: number, prefix: string): string =>
  Array.from({ length: count }, (_, i) => `${line(`${prefix}${i}`, `q${i % 50}`, (i % 4) + 1, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString())}\n`).join('');

describe('log entry times', () => {
  const entry = (t: unknown) => ({ v: 1, rid: 'r1', q: 'q1', h: 'h', g: 3, t });

  it('accepts exactly the times Date.parse reads, and keeps the string as written', () => {
    for (const t of ['2024-02-29T12:00:00.000Z', '2023-02-29T12:00:00.000Z', '2024-01-01T12:00:00+01:00', '2024-01-01', '+002024-01-01T12:00:00.000Z']) {
      const valid = validateEntry(entry(t));
      assert.ok(valid && !('newer' in valid), t);
      assert.equal(valid.t, t);
      assert.equal(valid.at, Date.parse(t));
    }
    for (const t of ['2024-01-01T12:00:60.000Z', '2024-1-01T12:00:00.000Z', 'garbage', '', 1_704_110_400_000, null, undefined]) {
      assert.equal(validateEntry(entry(t)), undefined, String(t));
    }
  });

  it('skips the lines whose time is invalid and keeps the others, in order', () => {
    const text = [line('a', 'q', 3, '2024-01-01T10:00:00.000Z'), line('b', 'q', 3, '2024-01-01T10:00:60.000Z'), line('c', 'q', 3, '2024-01-01T10:00:00.000Z'), ''].join('\n');
    const parsed = parseLines(text.split('\n'));
    assert.deepEqual(parsed.entries.map((item) => item.rid), ['a', 'c']);
    assert.deepEqual(parsed.skippedLines, [2]);
  });

  it('counts each review on its own local day when consecutive reviews cross midnight', () => {
    const midnight = new Date(2026, 0, 10).getTime();
    const entries = [];
    for (let t = midnight - 30 * 60_000, i = 0; t < midnight + 30 * 60_000; t += 59_000, i++) entries.push(JSON.parse(line(`r${i}`, `q${i}`, 3, new Date(t).toISOString())));
    const state = replay(entries, createScheduler({ desiredRetention: 0.9 }));
    assert.equal(state.reviewsToday(new Date(midnight - 1)), 31);
    assert.equal(state.reviewsToday(new Date(midnight)), 31);
    assert.equal(state.newToday(new Date(midnight)), 31);
  });
});

describe('PracticeStore: loading a long log', () => {
  let dir: string;
  let logPath: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-load-'));
    logPath = path.join(dir, 'reviews.jsonl');
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));
  const open = () => new PracticeStore(new NodeFileAccess(), logPath, () => new Date('2026-03-02T09:00:00Z'));

  it("lets the host's event loop turn while it parses and folds", async () => {
    await fs.writeFile(logPath, history(45_000, 'r'));
    let turns = 0;
    let counting = false;
    const countTurns = (): void => {
      if (!counting) return;
      turns++;
      setImmediate(countTurns);
    };
    // Counting starts once the file is read: from there on, a load that never yields lets no turn happen.
    class WatchedFiles extends NodeFileAccess {
      override async read(file: string): Promise<Uint8Array | undefined> {
        const bytes = await super.read(file);
        counting = true;
        setImmediate(countTurns);
        return bytes;
      }
    }
    await new PracticeStore(new WatchedFiles(), logPath, () => new Date('2026-03-02T09:00:00Z')).load();
    counting = false;
    assert.ok(turns >= 3, `${turns} turns`);
  });

  it('keeps showing the previous state while a replaced log is read again, then the new one', async () => {
    await fs.writeFile(logPath, history(300, 'a'));
    const store = open();
    await store.load();
    const first = store.state;
    // Another window imported a different history: the file is replaced, so the cursor no longer fits.
    await fs.writeFile(logPath, history(25_000, 'b'));
    const seen = new Set([store.state]);
    let reading = true;
    const watch = (): void => {
      if (!reading) return;
      seen.add(store.state);
      setImmediate(watch);
    };
    setImmediate(watch);
    await store.reload();
    reading = false;
    assert.ok(first.has('a0') && !first.has('b0'), 'the previous state is left as it was');
    assert.deepEqual([...seen].filter((state) => state !== first && state !== store.state), [], 'no half-loaded state was shown');
    assert.deepStrictEqual(store.state, (await open().load()).state);
  });
});
