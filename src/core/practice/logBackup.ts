import type { FileAccess } from '../storage/fileAccess';

const MAX_ATTEMPTS = 10;

/**
 * Copies `file` byte for byte to `<file>.backup-<time>` (time with ':' and '.' as '-', so the name
 * is valid on Windows) and returns the copy's path. Never overwrites an earlier backup: a second
 * one within the same millisecond gets a `-1`, `-2`... suffix. Only a taken name (EEXIST) is
 * retried; any other error (EACCES, ENOSPC...) is thrown at once.
 */
export async function backUpFile(files: FileAccess, file: string, at: Date): Promise<string> {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const target = `${file}.backup-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      await files.copy(file, target);
      return target;
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'EEXIST' || attempt + 1 >= MAX_ATTEMPTS) throw error;
    }
  }
}
