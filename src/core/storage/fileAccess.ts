/**
 * The file operations the core needs. The Node implementation backs the desktop and code-server
 * hosts; a web build (no Node fs) can supply one over vscode.workspace.fs (where `readFrom` may
 * read the whole file and return its end).
 */
export interface FileAccess {
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * The bytes from `offset` to the end of the file (empty when the file is not longer than
   * `offset`), or undefined when it does not exist. Lets an append-only log be read incrementally.
   */
  readFrom(path: string, offset: number): Promise<Uint8Array | undefined>;
  /** Appends text in one write, creating the file and its folder when missing. */
  append(path: string, text: string): Promise<void>;
  /**
   * Replaces the file's content so readers see either the old or the new file, never a mix.
   * With `onlyIf`, replaces it only while it still holds exactly `onlyIf.current` (undefined: only
   * while it does not exist), checked after the new content is on disk, just before the swap, and
   * returns false, changing nothing, when it does not. Returns true when the file was replaced.
   */
  replaceAtomically(path: string, content: string | Uint8Array, onlyIf?: { readonly current: Uint8Array | undefined }): Promise<boolean>;
  /**
   * Copies a file byte for byte (a backup); fails rather than overwrite an existing `to`, with an
   * error whose `code` is 'EEXIST' (so a caller can tell "name taken" from other failures).
   */
  copy(from: string, to: string): Promise<void>;
}
