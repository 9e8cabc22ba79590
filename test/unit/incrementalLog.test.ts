import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_PACK_BYTES } from '../../src/core/pack/decodePack';
import { loadPack } from '../../src/core/pack/loadPack';
import { seededRandom } from '../../src/core/picking/pickQuestion';
import { localDay } from '../../src/core/practice/calendar';
import { parseTime } from '../../src/core/practice/logEntries';
import { parseLogText } from '../../src/core/practice/logParser';
import { PracticeState } from '../../src/core/practice/practiceState';
import { PracticeStore } from '../../src/core/practice/practiceStore';
import { RunningHash, hashBytes } from '../../src/core/practice/runningHash';
import type { FileAccess } from '../../src/core/storage/fileAccess';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

/** A NodeFileAccess that counts the bytes each read returns. */
function countingFiles(): { files: FileAccess; bytesRead: () => number; reset: () => void } {
  let bytes = 0;
  const inner = new NodeFileAccess();
  const files = new Proxy(inner, {
    get: (target, property, receiver) => {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result: unknown = await (value as (...params: unknown[]) => Promise<unknown>).apply(target, args);
        if ((property === 'read' || property === 'readFrom') && result instanceof Uint8Array) bytes += result.length;
        return result;
      };
    },
  });
  return { files, bytesRead: () => bytes, reset: () => (bytes = 0) };
}

const line = (rid: string, q: string, g: number, t: string): string => JSON.stringify({ v: 1, rid, q, h: 'h', g, t });

describe('incremental review log reads', () => {
  let dir: string;
  let logPath: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-tail-'));
    logPath = path.join(dir, 'reviews.jsonl');
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  const open = (files: FileAccess = new NodeFileAccess()) =>
    new PracticeStore(files, logPath, path.join(dir, 'snapshot.json'), () => new Date('2026-03-02T09:00:00Z'), undefined, { snapshotAfterLines: 1e9 });
  const history = (count: number, prefix = 'r'): string =>
    Array.from({ length: count }, (_, i) => `${line(`${prefix}${i}`, `q${i % 50}`, (i % 4) + 1, new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString())}\n`).join('');

  it('reads only what was appended since the last operation, not the whole log', async () => {
    await fs.writeFile(logPath, history(5_000));
    const { files, bytesRead, reset } = countingFiles();
    const store = open(files);
    await store.load();
    reset();
    await store.grade('q1', 'h', 3);
    await store.grade('q2', 'h', 3);
    await fs.appendFile(logPath, `${line('other-window', 'fresh', 4, '2026-03-02T09:30:00.000Z')}\n`);
    const result = await store.reload();
    assert.ok(bytesRead() < 2_000, `read ${bytesRead()} bytes for three new lines`);
    assert.equal(result.state.progress('fresh', new Date('2026-03-03T00:00:00Z')).lastGrade, 4);
    assert.deepStrictEqual((await open().load()).state, result.state);
  });

  it('starts over when the log was replaced by another file, even a longer one', async () => {
    await fs.writeFile(logPath, history(200));
    const store = open();
    await store.load();
    // Same length up to the cursor and beyond, different bytes: another machine's log synced in.
    const replacement = history(300, 'x');
    await fs.writeFile(logPath, replacement);
    const result = await store.reload();
    assert.deepStrictEqual(result.state, PracticeState.replay(parseLogText(replacement).entries, store.scheduler));
    assert.equal(result.state.has('r0'), false);
  });

  it('starts over when the log shrank (restored from a backup)', async () => {
    const full = history(100);
    const backup = history(40);
    await fs.writeFile(logPath, full);
    const store = open();
    await store.load();
    await fs.writeFile(logPath, backup);
    const result = await store.reload();
    assert.deepStrictEqual(result.state, PracticeState.replay(parseLogText(backup).entries, store.scheduler));
  });

  it('reads a log that was deleted and written again', async () => {
    await fs.writeFile(logPath, history(10));
    const store = open();
    await store.load();
    await fs.rm(logPath);
    assert.equal((await store.reload()).state.questionIds().length, 0);
    await store.grade('q1', 'h', 3);
    assert.equal((await fs.readFile(logPath, 'utf8')).split('\n').filter(Boolean).length, 1);
  });
});

describe('RunningHash', () => {
  it('gives the same hash for any split of the same bytes, and tells prefixes apart', () => {
    const random = seededRandom(3);
    const bytes = Uint8Array.from({ length: 3_001 }, () => Math.floor(random() * 256));
    const whole = hashBytes(bytes);
    for (let trial = 0; trial < 200; trial++) {
      const hash = new RunningHash();
      for (let at = 0; at < bytes.length; ) {
        const next = Math.min(bytes.length, at + Math.floor(random() * 11));
        hash.update(bytes, at, next);
        at = next;
      }
      assert.equal(hash.digest(), whole);
    }
    // Unaligned views take the byte-wise path; the hash must not depend on alignment.
    assert.equal(hashBytes(bytes.slice(1)), hashBytes(new Uint8Array(bytes.buffer, 1)));
    const prefixes = new Set(Array.from({ length: 600 }, (_, end) => hashBytes(bytes, end)));
    assert.equal(prefixes.size, 600);
  });
});

describe('parseTime', () => {
  it('equals Date.parse for log times and for anything else', () => {
    const random = seededRandom(9);
    for (let i = 0; i < 20_000; i++) {
      const iso = new Date(Math.floor(random() * 253_402_300_799_999)).toISOString();
      assert.equal(parseTime(iso), Date.parse(iso), iso);
    }
    for (const odd of ['2024-02-29T12:00:00.000Z', '2023-02-29T12:00:00.000Z', '2024-13-01T00:00:00.000Z', '2024-01-01T24:00:00.000Z', '2024-01-01T0a:00:00.000Z', '1969-12-31T23:59:59.999Z', '2024-01-01T00:00:00Z', '2024-01-01', 'garbage', '']) {
      assert.ok(Object.is(parseTime(odd), Date.parse(odd)), odd);
    }
  });
});

describe('localDay', () => {
  it('matches the local calendar date for every few minutes over two years', () => {
    const plain = (t: number): string => {
      const date = new Date(t);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 60_000 + 13) assert.equal(localDay(t), plain(t));
  });
});

describe('loadPack size limit', () => {
  it('refuses packs over 2 MB by default and loads them with a larger maxBytes', () => {
    const question = '## Why?\n\n### Answer\n\nBecause.\n\n';
    const text = `# Big\n\n${Array.from({ length: Math.ceil(MAX_PACK_BYTES / question.length) + 1 }, (_, i) => question.replace('Why?', `Why ${i}?`)).join('')}`;
    const bytes = new TextEncoder().encode(text);
    assert.ok(bytes.length > MAX_PACK_BYTES);
    assert.match(loadPack('big.md', bytes).problems[0]?.message ?? '', /too large .* limit is 2 MB/);
    const loaded = loadPack('big.md', bytes, { maxBytes: 2 * bytes.length });
    assert.deepEqual(loaded.problems, []);
    assert.ok((loaded.topics[0]?.questions.length ?? 0) > 60_000);
  });
});
