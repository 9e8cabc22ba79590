import * as vscode from 'vscode';
import { MAX_PACK_BYTES } from '../core/pack/decodePack';
import type { ParsedPack } from '../core/pack/types';
import { parsePackOffThread } from './parsePackOffThread';

/** The two file operations a pack read needs; vscode.workspace.fs in the extension, a fake in tests. */
export interface PackFileSystem {
  stat(uri: vscode.Uri): Thenable<vscode.FileStat>;
  readFile(uri: vscode.Uri): Thenable<Uint8Array>;
}

/**
 * Reads one pack file and parses it. Never throws: a file that cannot be used (too big, a folder, a
 * pipe, a broken or looping symbolic link, unreadable, deleted meanwhile) becomes one error on
 * line 1 that says why, and the parser explains a pack without questions, so every file it is given
 * is explained in the Problems panel. The size is checked with `stat` first, so a huge file is never
 * read into memory, and only regular files are opened (opening a pipe would block).
 */
export async function readPackFile(uri: vscode.Uri, label: string, files: PackFileSystem = vscode.workspace.fs): Promise<ParsedPack> {
  const refuse = (message: string, hint: string): ParsedPack => ({
    file: label,
    topics: [],
    problems: [{ severity: 'error', location: { file: label, line: 1 }, message, hint }],
  });
  let stat: vscode.FileStat;
  try {
    stat = await files.stat(uri);
  } catch (error) {
    return refuse(...describeOpenError(error, 'open'));
  }
  if (stat.type & vscode.FileType.Directory) return refuse('This is a folder, not a question pack.', 'Rename it or narrow interviewCoach.questionPacks.');
  if (!(stat.type & vscode.FileType.File)) {
    return stat.type & vscode.FileType.SymbolicLink
      ? refuse('This symbolic link points to a file that does not exist.', 'Point the link at a pack file or delete it.')
      : refuse('This is not a regular file (a pipe, socket or device), so it is not read.', 'Remove it or exclude it from interviewCoach.questionPacks.');
  }
  if (stat.size > MAX_PACK_BYTES) return refuse(tooLarge(stat.size), 'Split it into several smaller .questions.md files.');
  let bytes: Uint8Array;
  try {
    bytes = await files.readFile(uri);
  } catch (error) {
    return refuse(...describeOpenError(error, 'read'));
  }
  // Let other extension-host work run between files.
  await new Promise((resolve) => setImmediate(resolve));
  return parsePackOffThread(label, bytes);
}

function tooLarge(bytes: number): string {
  return `Pack is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${+(MAX_PACK_BYTES / 1024 / 1024).toFixed(1)} MB), so it is not read.`;
}

/** A message and hint for a failed stat or read, by the error's code (vscode.FileSystemError or a Node errno). */
function describeOpenError(error: unknown, step: 'open' | 'read'): [message: string, hint: string] {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ELOOP':
      return ['Could not open the pack: it is a symbolic link loop (the link points back to itself, directly or through other links).', 'Point the link at a real file or delete it.'];
    case 'FileNotFound':
    case 'ENOENT':
      return step === 'read'
        ? ['The file was deleted or moved while it was being loaded.', 'Nothing to do if you removed it; otherwise save it again.']
        : ['The file does not exist (deleted while loading, or a symbolic link to a missing file).', 'Nothing to do if you removed it; otherwise point the link at a pack file.'];
    case 'FileIsADirectory':
    case 'EISDIR':
      return ['This is a folder, not a question pack.', 'Rename it or narrow interviewCoach.questionPacks.'];
    case 'NoPermissions':
    case 'EACCES':
    case 'EPERM':
      return ['Could not read the pack: permission denied.', 'Make the file readable, or exclude it from interviewCoach.questionPacks.'];
    default:
      return [`Could not read the pack: ${detail}`, 'Check that the file exists and is readable.'];
  }
}

/**
 * The most specific code an error carries. vscode.FileSystemError has a `code` such as
 * 'FileNotFound' but reports some errno failures (a symbolic link loop) only as 'Unknown' with
 * the Node message ("ELOOP: too many symbolic links encountered ..."), so the message is checked too.
 */
function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const errno = /\b(ELOOP|ENOENT|EISDIR|EACCES|EPERM)\b/.exec(message)?.[1];
  if (errno === 'ELOOP') return errno;
  if (typeof code === 'string' && code !== 'Unknown' && code !== '') return code;
  return errno ?? (typeof code === 'string' ? code : undefined);
}
