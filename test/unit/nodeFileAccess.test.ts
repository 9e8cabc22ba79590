import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

const fs = nodeFs.promises;
const posix = process.platform !== 'win32';

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated failure`), { code });

type Restore = () => void;

/** Lets `hook` wrap every FileHandle that fs.promises.open (which NodeFileAccess calls) returns. */
function hookOpen(hook: (file: string, handle: FileHandle) => void): Restore {
  const original = nodeFs.promises.open;
  nodeFs.promises.open = (async (file: nodeFs.PathLike, flags?: string | number, mode?: nodeFs.Mode) => {
    const handle = await original(file, flags, mode);
    hook(String(file), handle);
    return handle;
  }) as typeof original;
  return () => (nodeFs.promises.open = original);
}

/** Runs `before` ahead of the handle's own `method`; `before` may throw to make the call fail. */
function before(handle: FileHandle, method: 'writeFile' | 'sync' | 'close', run: () => void): void {
  const original = (handle[method] as (...args: unknown[]) => Promise<void>).bind(handle);
  Object.assign(handle, { [method]: async (...args: unknown[]) => (run(), original(...args)) });
}

function hookRename(run: (from: string, to: string) => void): Restore {
  const original = nodeFs.promises.rename;
  nodeFs.promises.rename = (async (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
    run(String(from), String(to));
    return original(from, to);
  }) as typeof original;
  return () => (nodeFs.promises.rename = original);
}

describe('NodeFileAccess.replaceAtomically', () => {
  let dir: string;
  let target: string;
  const files = new NodeFileAccess();
  const restores: Restore[] = [];
  const listDir = async (): Promise<string[]> => (await fs.readdir(dir)).sort();

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-replace-'));
    target = path.join(dir, 'file.json');
  });
  afterEach(async () => {
    for (const restore of restores.splice(0).reverse()) restore();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes, fsyncs and closes the temp file before renaming it, then fsyncs the folder', async () => {
    const events: string[] = [];
    const name = (file: string): string => (file === dir ? 'folder' : file.endsWith('.tmp') ? 'temp' : file);
    restores.push(
      hookOpen((file, handle) => {
        for (const method of ['writeFile', 'sync', 'close'] as const) before(handle, method, () => events.push(`${method} ${name(file)}`));
      }),
      hookRename((from, to) => events.push(`rename ${name(from)} -> ${name(to) === target ? 'target' : to}`)),
    );
    await files.replaceAtomically(target, 'new text');
    const expected = ['writeFile temp', 'sync temp', 'close temp', 'rename temp -> target', ...(posix ? ['sync folder', 'close folder'] : [])];
    assert.deepEqual(events, expected);
    assert.equal(await fs.readFile(target, 'utf8'), 'new text');
    assert.deepEqual(await listDir(), ['file.json']);
  });

  it('lets calls started in the same millisecond all succeed, leaving one of their texts intact', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => String.fromCharCode(97 + i).repeat(1_000 + 40_000 * i));
    const now = Date.now;
    Date.now = () => 1_767_225_600_000;
    try {
      await Promise.all(texts.map((text) => files.replaceAtomically(target, text)));
    } finally {
      Date.now = now;
    }
    assert.ok(texts.includes(await fs.readFile(target, 'utf8')), 'the file holds one whole text');
    assert.deepEqual(await listDir(), ['file.json'], 'no temp file left behind');
  });

  it('with onlyIf, replaces only a file that still holds those bytes (or does not exist), checked after the temp file is written', async () => {
    await fs.writeFile(target, 'old');
    assert.equal(await files.replaceAtomically(target, Uint8Array.of(0xff, 0x0a), { current: Buffer.from('old') }), true);
    assert.deepEqual(await fs.readFile(target), Buffer.from([0xff, 0x0a]), 'bytes are written as they are');
    assert.equal(await files.replaceAtomically(target, 'lost', { current: undefined }), false, 'the file exists');
    // Another writer lands while the new content is being written: the replace is refused.
    restores.push(hookOpen((file, handle) => file.endsWith('.tmp') && before(handle, 'close', () => nodeFs.appendFileSync(target, 'more'))));
    assert.equal(await files.replaceAtomically(target, 'lost', { current: Uint8Array.of(0xff, 0x0a) }), false);
    assert.deepEqual(await fs.readFile(target), Buffer.from([0xff, 0x0a, ...Buffer.from('more')]));
    assert.deepEqual(await listDir(), ['file.json'], 'no temp file is left');
    assert.equal(await files.replaceAtomically(path.join(dir, 'new.txt'), 'fresh', { current: undefined }), true);
  });

  it('removes the temp file and keeps the old file when the rename fails', async () => {
    await files.replaceAtomically(target, 'old text');
    restores.push(
      hookRename(() => {
        throw failure('EACCES');
      }),
    );
    await assert.rejects(files.replaceAtomically(target, 'new text'), { code: 'EACCES' });
    assert.equal(await fs.readFile(target, 'utf8'), 'old text');
    assert.deepEqual(await listDir(), ['file.json']);
  });

  it('closes and removes the temp file and never renames it when the fsync fails', async () => {
    await files.replaceAtomically(target, 'old text');
    let renamed = 0;
    let closed = 0;
    restores.push(
      hookOpen((file, handle) => {
        if (!file.endsWith('.tmp')) return;
        before(handle, 'sync', () => {
          throw failure('EIO');
        });
        before(handle, 'close', () => closed++);
      }),
      hookRename(() => renamed++),
    );
    await assert.rejects(files.replaceAtomically(target, 'new text'), { code: 'EIO' });
    assert.equal(renamed, 0);
    assert.equal(closed, 1);
    assert.equal(await fs.readFile(target, 'utf8'), 'old text');
    assert.deepEqual(await listDir(), ['file.json']);
  });

  it('succeeds when the folder cannot be fsynced', async function () {
    if (!posix) this.skip();
    let refused = 0;
    restores.push(
      hookOpen((file, handle) => {
        if (file !== dir) return;
        before(handle, 'sync', () => {
          refused++;
          throw failure('EINVAL');
        });
      }),
    );
    await files.replaceAtomically(target, 'new text');
    assert.equal(refused, 1);
    assert.equal(await fs.readFile(target, 'utf8'), 'new text');
  });
});
