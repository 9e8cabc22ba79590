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
const OWN_VERSIONS_KEPT = 32;

/**
 * One markdown file per question in a folder. Writes are atomic (temp file + rename), and a save
 * only overwrites the file when it still holds the version the writer loaded; otherwise both texts
 * are kept and the caller is told.
 */
export class NotesStore {
  private readonly saving = new Map<string, Promise<SaveResult>>();
  /** Per question, the versions this store wrote in a row (and the one they started from), and the latest. */
  private readonly ownWrites = new Map<string, { readonly versions: Set<string | undefined>; latest: string }>();

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

  /**
   * Saves one question's note; saves of the same question run one after another. `loadedVersion`
   * is the version the writer last knew; a version this store wrote itself (or the one its writes
   * started from) counts as the latest it wrote, because the writer may not have heard back yet.
   */
  save(questionId: string, text: string, loadedVersion: string | undefined): Promise<SaveResult> {
    const saveNow = (): Promise<SaveResult> => this.saveNow(questionId, text, loadedVersion);
    const result = (this.saving.get(questionId) ?? Promise.resolve()).then(saveNow, saveNow);
    this.saving.set(questionId, result);
    const forget = (): void => {
      if (this.saving.get(questionId) === result) this.saving.delete(questionId);
    };
    void result.then(forget, forget);
    return result;
  }

  private async saveNow(questionId: string, text: string, loadedVersion: string | undefined): Promise<SaveResult> {
    const own = this.ownWrites.get(questionId);
    const ours = own?.versions.has(loadedVersion) === true;
    const result = await this.write(questionId, text, own && ours ? own.latest : loadedVersion);
    if (own && ours) {
      own.versions.add(result.version);
      own.latest = result.version;
      // A writer is at most a few saves behind; the oldest versions need not be recognised.
      if (own.versions.size > OWN_VERSIONS_KEPT) own.versions.delete(own.versions.values().next().value);
    } else {
      this.ownWrites.set(questionId, { versions: new Set([loadedVersion, result.version]), latest: result.version });
    }
    return result;
  }

  private async write(questionId: string, text: string, baseVersion: string | undefined): Promise<SaveResult> {
    const path = this.pathFor(questionId);
    const current = await this.load(questionId);
    if (current.text === text) return { status: 'unchanged', version: versionOf(text) };
    const theirsChanged = current.version !== baseVersion && current.text.trim() !== '';
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
