import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PracticeStore, type PracticeStoreOptions } from '../../src/core/practice/practiceStore';
import { NewerSchemaError } from '../../src/core/practice/logFile';
import type { FileAccess } from '../../src/core/storage/fileAccess';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';
import { FaultyFiles } from '../support/faultyStorage';

/**
 * The practice log under faults: damaged logs, a full disk, permission errors
 * (injected as test/support/faultyStorage.ts describes; notes: noteSaveFaults.test.ts). Every test
 * checks what is reported, that nothing on disk is lost, and that work goes on once the fault is
 * gone.
 */

const review = (rid: string, q: string, g: number, t: string): string => JSON.stringify({ v: 1, rid, q, h: 'h', g, t });

describe('storage faults', () => {
  let dir: string;
  let logPath: string;
  let now: Date;
  let ids: number;
  const open = (files: FileAccess = new NodeFileAccess(), options: PracticeStoreOptions = {}): PracticeStore =>
    new PracticeStore(files, logPath, () => now, { newId: () => `id${String(++ids).padStart(4, '0')}`, ...options });
  const later = (minutes: number): Date => (now = new Date(now.getTime() + minutes * 60_000));
  const reviewsOf = (store: PracticeStore, q = 'q'): number => store.state.progress(q, now).reviews;
  const listDir = async (folder = dir): Promise<string[]> => (await fs.readdir(folder)).sort();

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-faults-'));
    logPath = path.join(dir, 'reviews.jsonl');
    now = new Date('2026-03-02T09:00:00Z');
    ids = 0;
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  describe('damaged practice log', () => {
    it('skips a truncated last line, reports its number, keeps its bytes and appends on a fresh line', async () => {
      const complete = [review('a', 'q', 3, '2026-03-01T09:00:00.000Z'), review('b', 'q', 3, '2026-03-01T10:00:00.000Z')];
      const original = `${complete.join('\n')}\n${review('c', 'q', 3, '2026-03-01T11:00:00.000Z').slice(0, 30)}`;
      await fs.writeFile(logPath, original);
      const store = open();
      const loaded = await store.load();
      assert.deepEqual(loaded.skippedLines, [3]);
      assert.equal(loaded.newerSchema, undefined);
      assert.equal(reviewsOf(store), 2);
      assert.equal(await fs.readFile(logPath, 'utf8'), original, 'loading changes nothing');

      await store.grade('q', 'h', 4);
      const text = await fs.readFile(logPath, 'utf8');
      assert.ok(text.startsWith(`${original}\n`), 'the torn line is kept and closed, not overwritten');
      assert.equal(text.split('\n').filter(Boolean).length, 4);
      const reopened = await open().load();
      assert.deepEqual(reopened.skippedLines, [3]);
      assert.equal(reopened.state.progress('q', now).reviews, 3);
    });

    it('skips garbage in the middle, reports every line number and keeps every good entry', async () => {
      const lines = [
        review('a', 'q', 3, '2026-03-01T09:00:00.000Z'),
        '\u0000\u0001 binary junk \uFFFD',
        '{"v":1,"rid":"x","q":"q"',
        '[1,2,3]',
        review('b', 'q', 3, '2026-03-01T10:00:00.000Z'),
        '<<<<<<< HEAD',
        review('c', 'q', 2, '2026-03-01T11:00:00.000Z'),
      ];
      const original = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0xff, 0xfe, 0x0a])]);
      await fs.writeFile(logPath, original);
      const store = open();
      const loaded = await store.load();
      assert.deepEqual(loaded.skippedLines, [2, 3, 4, 6, 8]);
      assert.equal(reviewsOf(store), 3);
      await store.grade('q', 'h', 3);
      const after = await fs.readFile(logPath);
      assert.deepEqual(after.subarray(0, original.length), original, 'the damaged bytes are left as they were');
      assert.equal((await open().load()).state.progress('q', now).reviews, 4);
    });

    it('treats a zero-byte log as empty, leaves it alone, and appends a first line without a blank one', async () => {
      await fs.writeFile(logPath, '');
      const store = open();
      const loaded = await store.load();
      assert.deepEqual(loaded.skippedLines, []);
      assert.equal(loaded.newerSchema, undefined);
      assert.equal((await fs.stat(logPath)).size, 0, 'not rewritten or deleted');
      await store.grade('q', 'h', 3);
      const text = await fs.readFile(logPath, 'utf8');
      assert.match(text, /^\{[^\n]*\}\n$/, 'exactly one line');
      assert.equal((await open().load()).state.progress('q', now).reviews, 1);
    });

    it('refuses to write to a log from a newer version, never changes it, and writes again once it is gone', async () => {
      const original = `${review('a', 'q', 3, '2026-03-01T09:00:00.000Z')}\n{"v":2,"rid":"n","k":"focus-mode","t":"2026-03-01T10:00:00.000Z"}\n`;
      await fs.writeFile(logPath, original);
      const store = open(new NodeFileAccess());
      const loaded = await store.load();
      assert.equal(loaded.newerSchema, 2);
      assert.equal(reviewsOf(store), 1, 'the entries it understands still count');
      for (const write of [() => store.grade('q', 'h', 3), () => store.suspend('q'), () => store.undoLast(), () => store.reset('all'), () => store.importEntries('[]')]) {
        await assert.rejects(write(), (error: unknown) => error instanceof NewerSchemaError && error.schema === 2 && error.file === logPath);
      }
      assert.equal(await fs.readFile(logPath, 'utf8'), original);
      assert.deepEqual(await listDir(), ['reviews.jsonl'], 'no backup or temp file');

      // The user restores an older log (or the newer lines are removed): the store notices on its next operation.
      await fs.writeFile(logPath, `${review('a', 'q', 3, '2026-03-01T09:00:00.000Z')}\n`);
      await store.grade('q', 'h', 3);
      assert.equal(reviewsOf(store), 2);
      assert.equal((await open().load()).newerSchema, undefined);
    });
  });

  describe('failing writes to the practice log', () => {
    it('surfaces a full disk (ENOSPC) on append, keeps the state and the file, and grades again once there is space', async () => {
      const faulty = new FaultyFiles();
      const store = open(faulty.files);
      await store.grade('q', 'h', 3);
      const before = await fs.readFile(logPath);
      faulty.fail('append', 'ENOSPC');
      later(10);
      await assert.rejects(store.grade('q', 'h', 4), { code: 'ENOSPC' });
      await assert.rejects(store.suspend('q'), { code: 'ENOSPC' });
      assert.equal(faulty.failures, 2);
      assert.equal(reviewsOf(store), 1, 'a grade that was not written is not counted');
      assert.notEqual(store.state.status('q', now), 'suspended');
      assert.deepEqual(await fs.readFile(logPath), before);

      faulty.heal();
      later(10);
      await store.grade('q', 'h', 4);
      assert.equal(reviewsOf(store), 2);
      const reopened = await open().load();
      assert.deepEqual(reopened.skippedLines, []);
      assert.equal(reopened.state.progress('q', now).reviews, 2);
    });

    it('after a torn append (half a line, then ENOSPC) the next grade starts a fresh line and no entry is lost', async () => {
      const faulty = new FaultyFiles();
      const store = open(faulty.files);
      await store.grade('q', 'h', 3);
      faulty.fail('append', 'ENOSPC', { partial: (text) => text.slice(0, Math.floor(text.length / 2)) });
      await assert.rejects(store.grade('q', 'h', 4), { code: 'ENOSPC' });
      assert.equal(reviewsOf(store), 1);

      faulty.heal();
      later(10);
      await store.grade('q', 'h', 2);
      const reopened = await open().load();
      assert.deepEqual(reopened.skippedLines, [2], 'the torn line is reported, not glued to the next entry');
      assert.equal(reopened.state.progress('q', now).reviews, 2);
      assert.deepStrictEqual(reopened.state, store.state);
    });

    it('surfaces a failing read (EIO) of the log without writing, and loads once it is readable', async () => {
      await fs.writeFile(logPath, `${review('a', 'q', 3, '2026-03-01T09:00:00.000Z')}\n`);
      const before = await fs.readFile(logPath);
      const faulty = new FaultyFiles().fail('read', 'EIO', { when: (file) => file === logPath });
      const store = open(faulty.files);
      await assert.rejects(store.load(), { code: 'EIO' });
      await assert.rejects(store.grade('q', 'h', 3), { code: 'EIO' }, 'a log that cannot be read is not written either');
      assert.deepEqual(await fs.readFile(logPath), before);
      faulty.heal();
      assert.equal((await store.load()).state.progress('q', now).reviews, 1);
      await store.grade('q', 'h', 3);
      assert.equal(reviewsOf(store), 2);
    });

    it('does not append the reset when its backup cannot be written (ENOSPC), and resets once it can', async () => {
      const faulty = new FaultyFiles();
      const store = open(faulty.files);
      await store.grade('q', 'h', 3);
      const before = await fs.readFile(logPath);
      faulty.fail('copy', 'ENOSPC');
      await assert.rejects(store.reset('all'), { code: 'ENOSPC' });
      assert.equal(faulty.failures, 1, 'only a taken name (EEXIST) makes it try another name');
      assert.deepEqual(await fs.readFile(logPath), before, 'no reset without a backup');
      assert.equal(reviewsOf(store), 1);
      assert.deepEqual(await listDir(), ['reviews.jsonl']);

      faulty.heal();
      const backup = await store.reset('all');
      assert.ok(backup);
      assert.deepEqual(await fs.readFile(backup), before);
      assert.equal(reviewsOf(store), 0);
    });
  });
});
