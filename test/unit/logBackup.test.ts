import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { backUpFile } from '../../src/core/practice/logBackup';
import type { FileAccess } from '../../src/core/storage/fileAccess';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

const AT = new Date('2026-03-02T09:00:00Z');
const FIRST = '/data/reviews.jsonl.backup-2026-03-02T09-00-00-000Z';

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated failure, copyfile`), { code });

/** A FileAccess whose `copy` is `copy` and that records each target it was asked to write. */
function copyStub(copy: (to: string) => void): { files: FileAccess; targets: string[] } {
  const targets: string[] = [];
  const unused = (): Promise<never> => Promise.reject(new Error('backUpFile only copies'));
  const files: FileAccess = {
    read: unused,
    readFrom: unused,
    append: unused,
    replaceAtomically: unused,
    copy: async (_from, to) => {
      targets.push(to);
      copy(to);
    },
  };
  return { files, targets };
}

describe('backUpFile', () => {
  // Root ignores chmod, so a folder that cannot be written is simulated by the error it gives.
  it('fails at once with the error when the folder is not writable (EACCES), trying no other name', async () => {
    const error = failure('EACCES');
    const { files, targets } = copyStub(() => {
      throw error;
    });
    await assert.rejects(backUpFile(files, '/data/reviews.jsonl', AT), (thrown: unknown) => thrown === error);
    assert.deepEqual(targets, [FIRST]);
  });

  it('fails at once on a full disk (ENOSPC) and on errors without a code', async () => {
    for (const error of [failure('ENOSPC'), new Error('unexpected')]) {
      const { files, targets } = copyStub(() => {
        throw error;
      });
      await assert.rejects(backUpFile(files, '/data/reviews.jsonl', AT), (thrown: unknown) => thrown === error);
      assert.equal(targets.length, 1, error.message);
    }
  });

  it('tries the next name while the name is taken (EEXIST)', async () => {
    const { files, targets } = copyStub(() => {
      if (targets.length < 3) throw failure('EEXIST');
    });
    assert.equal(await backUpFile(files, '/data/reviews.jsonl', AT), `${FIRST}-2`);
    assert.deepEqual(targets, [FIRST, `${FIRST}-1`, `${FIRST}-2`]);
  });

  it('gives up with EEXIST after ten taken names', async () => {
    const { files, targets } = copyStub(() => {
      throw failure('EEXIST');
    });
    await assert.rejects(backUpFile(files, '/data/reviews.jsonl', AT), { code: 'EEXIST' });
    assert.equal(targets.length, 10);
  });

  it('with NodeFileAccess: keeps a backup of the same millisecond and writes the next name', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-backup-'));
    try {
      const log = path.join(dir, 'reviews.jsonl');
      await fs.writeFile(log, 'log\n');
      const earlier = `${log}.backup-2026-03-02T09-00-00-000Z`;
      await fs.writeFile(earlier, 'earlier backup\n');
      assert.equal(await backUpFile(new NodeFileAccess(), log, AT), `${earlier}-1`);
      assert.equal(await fs.readFile(earlier, 'utf8'), 'earlier backup\n');
      assert.equal(await fs.readFile(`${earlier}-1`, 'utf8'), 'log\n');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
