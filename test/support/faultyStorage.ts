import * as nodeFs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import type { FileAccess } from '../../src/core/storage/fileAccess';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

// Faults for the storage tests, injected two ways: `FaultyFiles` wraps a real NodeFileAccess and
// makes chosen operations fail (root ignores chmod, so permission errors are simulated), and
// `patchFs` makes Node's fs fail inside NodeFileAccess, to check what a half-done atomic replace
// leaves on disk.

const fs = nodeFs.promises;

type Method = keyof FileAccess;

interface Rule {
  readonly method: Method;
  readonly code: string;
  readonly when: (file: string) => boolean;
  /** Text of a torn write that lands before the error (append only). */
  readonly partial?: (text: string) => string;
}

export function errnoError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  const messages: Record<string, string> = { ENOSPC: 'no space left on device', EACCES: 'permission denied', EIO: 'i/o error' };
  return Object.assign(new Error(`${code}: ${messages[code] ?? 'simulated failure'}, ${syscall} '${file}'`), { code, syscall, path: file, errno: -1 });
}

/** A FileAccess over the real disk whose operations fail on demand, until `heal()`. */
export class FaultyFiles {
  private rules: Rule[] = [];
  /** How many calls failed. */
  failures = 0;
  readonly files: FileAccess;

  constructor(inner: FileAccess = new NodeFileAccess()) {
    // A proxy rather than a class, so the wrapper keeps up with methods added to FileAccess.
    this.files = new Proxy(inner, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          const file = String(args[0]);
          const rule = this.rules.find((candidate) => candidate.method === property && candidate.when(file));
          if (rule) {
            this.failures++;
            if (rule.partial && property === 'append') await fs.appendFile(file, rule.partial(String(args[1])));
            throw errnoError(rule.code, String(property), file);
          }
          return (value as (...params: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  fail(method: Method, code: string, options: { when?: (file: string) => boolean; partial?: (text: string) => string } = {}): this {
    this.rules.push({ method, code, when: options.when ?? (() => true), partial: options.partial });
    return this;
  }

  heal(): void {
    this.rules = [];
  }
}

type FsPromises = typeof nodeFs.promises;

/** Replaces one function of Node's fs.promises (which NodeFileAccess calls) until the returned restore. */
function patchFs<K extends keyof FsPromises>(name: K, replacement: (original: FsPromises[K]) => FsPromises[K]): () => void {
  const original = nodeFs.promises[name];
  nodeFs.promises[name] = replacement(original);
  return () => {
    nodeFs.promises[name] = original;
  };
}

export interface FsFault {
  readonly name: string;
  readonly code: string;
  fired(): number;
  restore(): void;
}

/** fs.promises.rename fails with `code` when it would replace `target`. */
export function failRename(code: string, target: string): FsFault {
  let fired = 0;
  const restore = patchFs('rename', (original) => (async (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
    if (String(to) === target) {
      fired++;
      throw errnoError(code, 'rename', String(from));
    }
    return original(from, to);
  }) as FsPromises['rename']);
  return { name: 'rename', code, fired: () => fired, restore };
}

/** The temp file NodeFileAccess opens for writing in `folder` gets half its data, then the write fails with `code` (a disk that fills up). */
export function failWriteHalfway(code: string, folder: string): FsFault {
  let fired = 0;
  const restore = patchFs('open', (original) => (async (file: nodeFs.PathLike, flags?: string | number, mode?: nodeFs.Mode) => {
    const handle = await original(file, flags, mode);
    if (typeof file === 'string' && path.dirname(file) === folder && String(flags).includes('w')) {
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = async (data: Parameters<FileHandle['writeFile']>[0]) => {
        fired++;
        const text = String(data);
        await writeFile(text.slice(0, Math.floor(text.length / 2)));
        throw errnoError(code, 'write', file);
      };
    }
    return handle;
  }) as FsPromises['open']);
  return { name: 'write', code, fired: () => fired, restore };
}
