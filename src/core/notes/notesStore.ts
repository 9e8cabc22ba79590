import { contentHash } from '../pack/ids';
import type { FileAccess } from '../storage/fileAccess';
import { noteFileName } from './notePaths';

/** A note as loaded: its text and the version it was loaded at (to detect concurrent edits). */
export interface LoadedNote {
  readonly text: string;
  /** Hash of the text on disk when loaded; undefined when there was no note yet. */
  readonly version: string | undefined;
}

export type SaveResult =
  | { readonly status: 'saved'; readonly version: string }
  | { readonly status: 'unchanged'; readonly version: string }
  /** Someone else changed the note since it was loaded: their text was kept in `conflictCopy`. */
  | { readonly status: 'conflict'; readonly version: string; readonly conflictCopy: string };

const versionOf = (text: string): string => contentHash(text);

/**
 * One markdown file per question in a folder. Writes are atomic (temp file + rename), and a save
 * only overwrites the file when it still holds the version the writer loaded; otherwise both texts
 * are kept and the caller is told.
 */
export class NotesStore {
  constructor(
    private readonly files: FileAccess,
    readonly folder: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  pathFor(questionId: string): string {
    return `${this.folder.replace(/[\\/]+$/, '')}/${noteFileName(questionId)}`;
  }

  async load(questionId: string): Promise<LoadedNote> {
    const bytes = await this.files.read(this.pathFor(questionId));
    if (!bytes) return { text: '', version: undefined };
    const text = new TextDecoder().decode(bytes);
    return { text, version: versionOf(text) };
  }

  async save(questionId: string, text: string, loadedVersion: string | undefined): Promise<SaveResult> {
    const path = this.pathFor(questionId);
    const current = await this.load(questionId);
    if (current.text === text) return { status: 'unchanged', version: versionOf(text) };
    const theirsChanged = current.version !== loadedVersion && current.text.trim() !== '';
    if (theirsChanged) {
      const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
      const conflictCopy = path.replace(/\.md$/, `.conflict-${stamp}.md`);
      await this.files.replaceAtomically(conflictCopy, current.text);
      await this.files.replaceAtomically(path, text);
      return { status: 'conflict', version: versionOf(text), conflictCopy };
    }
    await this.files.replaceAtomically(path, text);
    return { status: 'saved', version: versionOf(text) };
  }
}
