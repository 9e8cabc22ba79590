import { contentHash } from '../pack/ids';

const SAFE_BYTE = /^[a-z0-9.-]$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/;
const MAX_NAME = 100;

/**
 * A file name for a question's note that is safe on every file system and readable for the usual
 * ids ("databases.indexes" → "databases.indexes.md"). Every other byte, uppercase letters and "_"
 * included, becomes "_xx" (hex), so distinct ids map to distinct names even on case-insensitive
 * disks. Names that would be hidden, reserved on Windows or too long get a prefix or a hash.
 */
export function noteFileName(questionId: string): string {
  let name = '';
  for (const byte of new TextEncoder().encode(questionId)) {
    const char = String.fromCharCode(byte);
    name += SAFE_BYTE.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`;
  }
  if (name === '' || name.startsWith('.') || WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_NAME) name = `${name.slice(0, MAX_NAME - 15)}~${contentHash(questionId)}`;
  return `${name}.md`;
}

export const DEFAULT_NOTES_FOLDER = '.interview-notes';

/**
 * A notes folder from settings as a path inside the workspace folder: workspace settings come from
 * the workspace itself, so "../../somewhere" or a drive path must not move notes outside it.
 */
export function insideWorkspace(folder: string): string {
  const parts = folder.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  return parts.length === 0 || parts.includes('..') || /^[a-zA-Z]:/.test(folder) ? DEFAULT_NOTES_FOLDER : parts.join('/');
}
