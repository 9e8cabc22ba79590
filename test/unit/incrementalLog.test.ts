import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_PACK_BYTES } from '../../src/core/pack/decodePack';
import { loadPack } from '../../src/core/pack/loadPack';
import { localDay } from '../../src/core/practice/calendar';
import type { LogEntry } from '../../src/core/practice/logEntries';
import { PracticeStore } from '../../src/core/practice/practiceStore';
import { replay } from '../support/practiceView';
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

const entriesOf = (text: string): LogEntry[] => text.split('\n').filter(Boolean).map((json) => JSON.parse(json) as LogEntry);
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
    new PracticeStore(files, logPath, () => new Date('2026-03-02T09:00:00Z'));
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
    assert.deepStrictEqual(result.state, replay(entriesOf(replacement), store.scheduler));
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
    assert.deepStrictEqual(result.state, replay(entriesOf(backup), store.scheduler));
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
