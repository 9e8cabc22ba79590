import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LogChangedError, findDamage, moveDamagedLines } from '../../src/core/practice/logDamage';
import { NewerSchemaError } from '../../src/core/practice/logFile';
import { PracticeStore } from '../../src/core/practice/practiceStore';
import type { FileAccess } from '../../src/core/storage/fileAccess';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

const AT = new Date('2026-03-02T09:00:00Z');
const BACKUP_NAME = 'reviews.damaged-2026-03-02T09-00-00-000Z.txt';
const review = (rid: string, t: string, q = 'q'): string => JSON.stringify({ v: 1, rid, q, h: 'h', g: 3, t });
const bytes = (...parts: (string | number[] | Uint8Array)[]): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

/** A FileAccess over the disk that runs `meanwhile` once, just before the first replace of `target`. */
function withWriteBefore(target: string, meanwhile: () => Promise<void>): FileAccess {
  const inner = new NodeFileAccess();
  let done = false;
  return {
    read: (file) => inner.read(file),
    readFrom: (file, offset) => inner.readFrom(file, offset),
    append: (file, text) => inner.append(file, text),
    copy: (from, to) => inner.copy(from, to),
    replaceAtomically: async (file, content, onlyIf) => {
      if (file === target && !done) {
        done = true;
        await meanwhile();
      }
      return inner.replaceAtomically(file, content, onlyIf);
    },
  };
}

describe('moving damaged log lines to a backup', () => {
  let dir: string;
  let logPath: string;
  const good = [review('a', '2026-03-01T09:00:00.000Z'), review('b', '2026-03-01T10:00:00.000Z'), review('c', '2026-03-01T11:00:00.000Z')];
  // Line 2 is garbage with bytes that are not UTF-8; line 5 a record of no known kind; line 7 torn by a crash, without newline.
  const damagedLog = (): Buffer =>
    bytes(`${good[0]}\n`, [0x7b, 0xff, 0xfe, 0x22, 0x0a], `${good[1]}\r\n`, '\n', '{"v":1,"rid":"x","k":"mystery","t":"2026-03-01T10:30:00.000Z"}\n', `${good[2]}\n`, good[0]!.slice(0, 25));
  const goodLines = (): Buffer => bytes(`${good[0]}\n`, `${good[1]}\r\n`, '\n', `${good[2]}\n`);

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-damage-'));
    logPath = path.join(dir, 'reviews.jsonl');
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('finds the damaged lines a load skips, each with a fingerprint of its place and content', async () => {
    const damage = findDamage(damagedLog());
    assert.deepEqual(damage.damaged.map(({ line }) => line), [2, 5, 7]);
    await fs.writeFile(logPath, damagedLog());
    const loaded = await new PracticeStore(new NodeFileAccess(), logPath, () => AT).load();
    assert.deepEqual(loaded.skippedLines, [2, 5, 7]);

    assert.deepEqual(findDamage(damagedLog()).damaged.map(({ fingerprint }) => fingerprint), damage.damaged.map(({ fingerprint }) => fingerprint), 'the same damage, the same fingerprints');
    const otherGarbage = findDamage(bytes(`${good[0]}\n`, 'not json\n')).damaged[0]!;
    assert.notEqual(otherGarbage.fingerprint, damage.damaged[0]!.fingerprint, 'other bytes at the same line, another damage');
    const sameTextElsewhere = findDamage(bytes('\n\n', [0x7b, 0xff, 0xfe, 0x22, 0x0a])).damaged[0]!;
    assert.notEqual(sameTextElsewhere.fingerprint, damage.damaged[0]!.fingerprint, 'the same bytes at another line, another damage');
  });

  it('writes the damaged lines byte for byte with their old numbers, and keeps every other byte of the log', async () => {
    await fs.writeFile(logPath, damagedLog());
    const repair = await moveDamagedLines(new NodeFileAccess(), logPath, AT);
    assert.deepEqual(repair.movedLines, [2, 5, 7]);
    assert.equal(repair.backupPath, path.join(dir, BACKUP_NAME));

    assert.deepEqual(await fs.readFile(logPath), goodLines(), 'the log keeps its good and blank lines, CRLF included');
    const backup = await fs.readFile(repair.backupPath!);
    const records = backup.subarray(backup.indexOf('\n2\t')).toString('latin1').split('\n').filter(Boolean);
    assert.ok(backup.toString('utf8').startsWith('# Damaged lines moved out of reviews.jsonl on 2026-03-02T09:00:00.000Z'));
    assert.deepEqual(
      records.map((record) => Buffer.from(record, 'latin1')),
      [
        bytes('2\t', [0x7b, 0xff, 0xfe, 0x22]),
        bytes('5\t{"v":1,"rid":"x","k":"mystery","t":"2026-03-01T10:30:00.000Z"}'),
        bytes(`7\t${good[0]!.slice(0, 25)}`),
      ],
    );
    assert.deepEqual((await fs.readdir(dir)).sort(), [BACKUP_NAME, 'reviews.jsonl'], 'no temp file is left behind');
  });

  it('finds nothing to do the second time: no backup, the log unchanged', async () => {
    await fs.writeFile(logPath, damagedLog());
    await moveDamagedLines(new NodeFileAccess(), logPath, AT);
    const again = await moveDamagedLines(new NodeFileAccess(), logPath, new Date(AT.getTime() + 1000));
    assert.deepEqual(again, { movedLines: [], backupPath: undefined });
    assert.deepEqual(await fs.readFile(logPath), goodLines());
    assert.equal((await fs.readdir(dir)).length, 2);
    assert.deepEqual(await moveDamagedLines(new NodeFileAccess(), path.join(dir, 'missing.jsonl'), AT), { movedLines: [], backupPath: undefined });
  });

  it('keeps a line another window appends between the read and the replace', async () => {
    await fs.writeFile(logPath, damagedLog());
    const late = review('late', '2026-03-02T08:59:00.000Z');
    // Our store starts a fresh line when the file ends inside one, as the other window's would.
    const files = withWriteBefore(logPath, () => fs.appendFile(logPath, `\n${late}\n`));
    const repair = await moveDamagedLines(files, logPath, AT);
    assert.deepEqual(repair.movedLines, [2, 5, 7]);
    assert.deepEqual(await fs.readFile(logPath), bytes(goodLines(), `\n${late}\n`));
    const reopened = await new PracticeStore(new NodeFileAccess(), logPath, () => AT).load();
    assert.deepEqual(reopened.skippedLines, []);
    assert.equal(reopened.state.progress('q', AT).reviews, 4);
  });

  it('leaves the log as another window rewrote it, and says so', async () => {
    await fs.writeFile(logPath, damagedLog());
    const rewritten = `${good[0]}\n`;
    const files = withWriteBefore(logPath, () => fs.writeFile(logPath, rewritten));
    await assert.rejects(moveDamagedLines(files, logPath, AT), (error: unknown) => error instanceof LogChangedError && error.message.includes('Try again'));
    assert.equal(await fs.readFile(logPath, 'utf8'), rewritten);
    assert.ok((await fs.readdir(dir)).includes(BACKUP_NAME), 'the copy of the damaged lines stays');
  });

  it('never rewrites a log that holds a line of a newer schema', async () => {
    const log = bytes(damagedLog(), '\n', JSON.stringify({ v: 2, rid: 'n', t: '2026-03-01T12:00:00.000Z', z: 1 }), '\n');
    await fs.writeFile(logPath, log);
    await assert.rejects(moveDamagedLines(new NodeFileAccess(), logPath, AT), NewerSchemaError);
    const store = new PracticeStore(new NodeFileAccess(), logPath, () => AT);
    await store.load();
    await assert.rejects(store.moveDamagedLines(), NewerSchemaError);
    assert.deepEqual(await fs.readFile(logPath), log);
    assert.deepEqual(await fs.readdir(dir), ['reviews.jsonl']);
  });

  it('through the store: the state stays, the damage is gone, and another window carries on', async () => {
    await fs.writeFile(logPath, damagedLog());
    const here = new PracticeStore(new NodeFileAccess(), logPath, () => AT, { newId: () => 'here-1' });
    const there = new PracticeStore(new NodeFileAccess(), logPath, () => AT, { newId: () => 'there-1' });
    const before = (await here.load()).state.progress('q', AT);
    await there.load();

    const repair = await here.moveDamagedLines();
    assert.deepEqual(repair.movedLines, [2, 5, 7]);
    assert.deepEqual(await here.damagedLines(), []);
    assert.deepEqual((await here.reload()).skippedLines, []);
    assert.deepEqual(here.state.progress('q', AT), before);

    // The other window's cursor points past lines that moved: it reads the replaced log again.
    await there.grade('q', 'h', 4);
    assert.deepEqual((await there.reload()).skippedLines, []);
    assert.equal(there.state.progress('q', AT).reviews, 4);
    assert.equal((await here.reload()).state.progress('q', AT).reviews, 4);
  });
});
