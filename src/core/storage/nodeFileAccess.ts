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
