import { randomUUID } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileAccess } from './fileAccess';

export class NodeFileAccess implements FileAccess {
  async read(file: string): Promise<Uint8Array | undefined> {
    try {
      return await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async readFrom(file: string, offset: number): Promise<Uint8Array | undefined> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      // Up to the size seen now: what is appended meanwhile is read next time.
      const length = Math.max(0, (await handle.stat()).size - offset);
      const bytes = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(bytes, filled, length - filled, offset + filled);
        if (bytesRead === 0) break; // truncated meanwhile
        filled += bytesRead;
      }
      return filled === length ? bytes : bytes.subarray(0, filled);
    } finally {
      await handle.close();
    }
  }

  async append(file: string, text: string): Promise<void> {
    await fs.mkdir(path.dirname(file), { recursive: true });
    // O_APPEND with one write call: concurrent writers each land whole lines.
    await fs.appendFile(file, text, { encoding: 'utf8', flag: 'a' });
  }

  async replaceAtomically(file: string, content: string | Uint8Array, onlyIf?: { readonly current: Uint8Array | undefined }): Promise<boolean> {
    const folder = path.dirname(file);
    await fs.mkdir(folder, { recursive: true });
    // A random name: two calls in the same millisecond (or two processes) never share a temp file.
    const temp = `${file}.${randomUUID()}.tmp`;
    const handle = await fs.open(temp, 'wx');
    try {
      try {
        await handle.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
        // On disk before the rename, so a crash cannot leave the new name on an empty file.
        await handle.sync();
      } catch (error) {
        await handle.close().catch(() => undefined);
        throw error;
      }
      await handle.close();
      // Checked as late as possible: only a write landing between this read and the rename is missed.
      if (onlyIf && !sameBytes(await this.read(file), onlyIf.current)) {
        await fs.rm(temp, { force: true });
        return false;
      }
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
    await syncFolder(folder);
    return true;
  }

  async copy(from: string, to: string): Promise<void> {
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * Makes a rename in `folder` durable (POSIX). Best effort: Windows cannot open a folder, and some
 * file systems refuse to fsync one; the rename itself has already happened either way.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not supported here
  }
}
