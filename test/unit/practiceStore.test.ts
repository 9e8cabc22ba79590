import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LogEntry } from '../../src/core/practice/logEntries';
import { PracticeStore, type PracticeStoreOptions } from '../../src/core/practice/practiceStore';
import { NewerSchemaError } from '../../src/core/practice/logFile';
import { replay } from '../support/practiceView';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

const line = (rid: string, q: string, g: number, t: string) => JSON.stringify({ v: 1, rid, q, h: 'h', g, t });

describe('PracticeStore', () => {
  let dir: string;
  let logPath: string;
  let now: Date;
  let ids: number;
  const open = (options: PracticeStoreOptions = {}) =>
    new PracticeStore(new NodeFileAccess(), logPath, () => now, { newId: () => `id${String(++ids).padStart(4, '0')}`, ...options });
  const lines = async () => (await fs.readFile(logPath, 'utf8')).split('\n').filter(Boolean);

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-store-'));
    logPath = path.join(dir, 'reviews.jsonl');
    now = new Date('2026-03-02T09:00:00Z');
    ids = 0;
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  const later = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

  it('appends one JSON line per grade, creating the folder', async () => {
    logPath = path.join(dir, 'nested', 'reviews.jsonl');
    const store = open();
    await store.grade('q.one', 'abc', 3);
    now = new Date('2026-03-03T00:00:00Z');
    await store.grade('q.two', 'def', 1);
    assert.deepEqual((await lines()).map((text) => JSON.parse(text) as unknown), [
      { v: 1, rid: 'id0001', q: 'q.one', h: 'abc', g: 3, t: '2026-03-02T09:00:00.000Z' },
      { v: 1, rid: 'id0002', q: 'q.two', h: 'def', g: 1, t: '2026-03-03T00:00:00.000Z' },
    ]);
  });

  it('marks a review graded before it was due, keeps the mark through a reload and an export, and drops a source it does not know', async () => {
    const store = open();
    await store.grade('q.one', 'abc', 3, 'ahead');
    await fs.appendFile(logPath, `${JSON.stringify({ v: 1, rid: 'later', q: 'q.two', h: 'h', g: 2, t: '2026-03-02T10:00:00.000Z', s: 'telepathy' })}\n`);
    assert.equal((JSON.parse((await lines())[0] ?? '{}') as { s?: string }).s, 'ahead');
    const reloaded = open();
    await reloaded.load();
    const entries = reloaded.state.entries();
    assert.deepEqual(entries.map((entry) => ('s' in entry ? entry.s : undefined)), ['ahead', undefined]);
    assert.match(await reloaded.exportEntries(), /"s":"ahead"/);
    assert.equal(reloaded.state.progress('q.one', now).reviews, 1, 'an early review counts as a review');
  });

  it('reads every entry kind, treats lines without a kind as reviews and skips unknown kinds', async () => {
    const t = '2026-03-01T00:00:00.000Z';
    await fs.writeFile(logPath, [
      line('a', 'q', 3, t),
      JSON.stringify({ v: 1, rid: 'b', k: 'review', q: 'q', h: 'h', g: 4, t }),
      JSON.stringify({ v: 1, rid: 'c', k: 'undo', r: 'b', t }),
      JSON.stringify({ v: 1, rid: 'd', k: 'suspend', q: 'q', t }),
      JSON.stringify({ v: 1, rid: 'e', k: 'reset', q: ['q', 'p'], t }),
      JSON.stringify({ v: 1, rid: 'f', k: 'reset', q: 'all', t }),
      JSON.stringify({ v: 1, rid: 'g', k: 'reset', q: 'some' }),
      JSON.stringify({ v: 1, rid: 'h', k: 'teleport', q: 'q', t }),
    ].join('\n'));
    const store = open();
    assert.deepEqual((await store.load()).skippedLines, [7, 8]);
    const { entries } = JSON.parse(await store.exportEntries()) as { entries: { rid: string; k?: string }[] };
    assert.deepEqual(entries.map((entry) => `${entry.rid}:${entry.k ?? 'review'}`), ['a:review', 'b:review', 'c:undo', 'd:suspend', 'e:reset', 'f:reset']);
  });

  it('grades, undoes the last grade and keeps every line', async () => {
    const store = open();
    await store.grade('q1', 'h', 3);
    later(10);
    await store.grade('q1', 'h', 3);
    later(60 * 48);
    const before = store.state.progress('q1', now);
    const last = await store.grade('q1', 'h', 1);
    assert.equal(store.state.progress('q1', now).lapses, 1);
    assert.deepEqual(await store.undoLast(), last);
    assert.deepStrictEqual(store.state.progress('q1', now), before);
    const reopened = open();
    await reopened.load();
    assert.deepStrictEqual(reopened.state, store.state);
    assert.equal((await store.undoLast())?.rid, 'id0002');
    assert.equal((await store.undoLast())?.rid, 'id0001');
    assert.equal(await store.undoLast(), undefined);
    assert.equal(store.state.status('q1', now), 'new');
    assert.equal((await lines()).length, 6, 'undo appends, nothing is removed');
  });

  it('suspends and unsuspends', async () => {
    const store = open();
    await store.grade('q1', 'h', 3);
    await store.suspend('q1');
    assert.equal(store.state.status('q1', now), 'suspended');
    await store.unsuspend('q1');
    later(11);
    assert.equal(store.state.status('q1', now), 'due');
    const reopened = open();
    assert.equal((await reopened.load()).state.status('q1', now), 'due');
  });

  it('skips corrupt lines in the middle and at the end, reports their numbers and appends after them', async () => {
    const good = (rid: string) => line(rid, 'q', 3, '2026-03-01T09:00:00.000Z');
    const original = [good('a'), 'garbage', good('b'), line('c', 'q', 7, '2026-03-01T10:00:00Z'), good('d'), good('e').slice(0, 25)].join('\n');
    await fs.writeFile(logPath, original);
    const store = open();
    const result = await store.load();
    assert.deepEqual(result.skippedLines, [2, 4, 6]);
    assert.equal(result.state.progress('q', now).reviews, 3);
    await store.grade('q', 'h', 4);
    const text = await fs.readFile(logPath, 'utf8');
    assert.ok(text.startsWith(`${original}\n{`), 'the partial line is closed, not overwritten');
    const reloaded = await open().load();
    assert.deepEqual(reloaded.skippedLines, [2, 4, 6]);
    assert.equal(reloaded.state.progress('q', now).reviews, 4);
  });

  it('survives a log of 200,000 unreadable lines', async () => {
    await fs.writeFile(logPath, 'x\n'.repeat(200_000));
    const result = await open().load();
    assert.equal(result.skippedLines.length, 200_000);
    assert.equal(result.skippedLines.at(-1), 200_000);
  });

  it('refuses every write to a log of a newer schema and leaves it untouched', async () => {
    const original = `${line('a', 'q', 3, '2026-03-01T09:00:00Z')}\n{"v":2,"rid":"b","k":"future"}\n`;
    await fs.writeFile(logPath, original);
    const store = open();
    const result = await store.load();
    assert.equal(result.newerSchema, 2);
    assert.equal(result.state.progress('q', now).reviews, 1);
    for (const write of [() => store.grade('q', 'h', 3), () => store.suspend('q'), () => store.undoLast(), () => store.reset('all'), () => store.importEntries('[]'), () => store.exportEntries()]) {
      await assert.rejects(write(), NewerSchemaError);
    }
    assert.equal(await fs.readFile(logPath, 'utf8'), original);
    assert.deepEqual(await fs.readdir(dir), ['reviews.jsonl'], 'no backup, no snapshot');
  });

  it('merges imports by rid: importing twice adds nothing', async () => {
    const source = open();
    await source.grade('q1', 'h', 3);
    await source.suspend('q2');
    await source.grade('q3', 'h', 4);
    const exported = await source.exportEntries();
    const sourceLog = await fs.readFile(logPath, 'utf8');

    logPath = path.join(dir, 'other.jsonl');
    const target = open();
    await target.grade('q1', 'h', 2);
    assert.deepEqual(await target.importEntries(exported), { added: 3, duplicates: 0, invalid: 0 });
    assert.deepEqual(await target.importEntries(exported), { added: 0, duplicates: 3, invalid: 0 });
    assert.deepEqual(await target.importEntries(`${sourceLog}not json\n`), { added: 0, duplicates: 3, invalid: 1 });
    assert.equal((await lines()).length, 4);
    const entries = (JSON.parse(await target.exportEntries()) as { entries: unknown[] }).entries;
    assert.equal(entries.length, 4);
    assert.deepStrictEqual((await open().load()).state, target.state);
    await assert.rejects(target.importEntries('{"format":"interview-coach-review-log","v":5,"entries":[]}'), NewerSchemaError);
  });

  it('writes a backup of the log before a reset', async () => {
    const store = open();
    await store.grade('t/a', 'h', 3);
    await store.grade('t/b', 'h', 3);
    const beforeReset = await fs.readFile(logPath);
    const backup = await store.reset(['t/a', 't/b']);
    assert.equal(backup, `${logPath}.backup-2026-03-02T09-00-00-000Z`);
    assert.deepEqual(await fs.readFile(backup), beforeReset);
    assert.equal(store.state.status('t/a', now), 'new');
    assert.equal((await lines()).length, 3);
    assert.equal(await store.reset('all'), `${backup}-1`, 'a second reset in the same millisecond keeps the first backup');
    assert.equal(await open().reset([]), undefined);
  });

  it('picks up what another window appended on reload', async () => {
    const first = open();
    const second = open();
    await first.load();
    await second.load();
    await first.grade('q1', 'h', 3);
    assert.equal(second.state.progress('q1', now).reviews, 0);
    assert.equal((await second.reload()).state.progress('q1', now).reviews, 1);
    await second.grade('q2', 'h', 3);
    await first.reload();
    assert.deepStrictEqual(first.state, second.state);
  });

  it("ignores the snapshot file earlier versions kept beside the log", async () => {
    const writer = open();
    for (let i = 0; i < 12; i++) {
      later(30);
      await writer.grade(`q${i % 4}`, 'h', ((i % 4) + 1) as 1 | 2 | 3 | 4);
    }
    const full = replay((await lines()).map((text) => JSON.parse(text) as LogEntry), writer.scheduler);
    // A snapshot as earlier versions wrote it, claiming other progress: never read, never changed.
    const snapshotPath = path.join(dir, 'reviews.snapshot.json');
    const stale = JSON.stringify({ format: 'interview-coach-practice-snapshot', v: 1, log: { bytes: 0, lines: 0, hash: '0', skippedLines: [] }, state: { questions: [], resets: [], undone: [], rids: [] } });
    await fs.writeFile(snapshotPath, stale);
    const loaded = await open().load();
    assert.deepStrictEqual(loaded.state, full);
    assert.equal(await fs.readFile(snapshotPath, 'utf8'), stale);
  });
});
