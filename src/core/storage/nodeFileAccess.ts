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

  async size(file: string): Promise<number | undefined> {
    try {
      return (await fs.stat(file)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async append(file: string, text: string): Promise<void> {
    await fs.mkdir(path.dirname(file), { recursive: true });
    // O_APPEND with one write call: concurrent writers each land whole lines.
    await fs.appendFile(file, text, { encoding: 'utf8', flag: 'a' });
  }

  async replaceAtomically(file: string, text: string): Promise<void> {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await fs.writeFile(temp, text, 'utf8');
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async copy(from: string, to: string): Promise<void> {
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.copyFile(from, to, constants.COPYFILE_EXCL);
  }
}
