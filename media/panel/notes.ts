import { MAX_NOTE_CHARS, type FromWebviewMessage, type NoteDraft, type QuestionView } from '../../src/panel/protocol';

export interface NotesArea {
  /** Shows the note of a newly shown question (after saving nothing: every edit was already sent). */
  show(questionId: string, note: QuestionView['note']): void;
  saved(version: string, note: string, status: string): void;
  updated(note: string, version: string | undefined): void;
}

/** Where the webview keeps text the extension has not confirmed as saved (its setState). */
export interface DraftKeeper {
  /** The draft kept before this page was loaded (a window reload), and the question it is for. */
  readonly restored: { readonly questionId: string; readonly draft: NoteDraft } | undefined;
  remember(draft: NoteDraft | undefined): void;
}

/**
 * The notes textarea: every edit goes to the extension, which debounces the writes to disk. Until
 * the extension confirms a text as saved it is also kept as a draft in the webview's state, so a
 * reload right after typing (before the old extension host wrote it) saves it from the new one.
 */
export function connectNotes(post: (message: FromWebviewMessage) => void, drafts: DraftKeeper): NotesArea {
  const textarea = document.getElementById('note') as HTMLTextAreaElement;
  const status = document.getElementById('note-status') as HTMLElement;
  const where = document.getElementById('notes-where') as HTMLElement;
  let questionId = '';
  let version: string | undefined;
  let savedText = '';
  let restoredPending = drafts.restored;

  const save = (draft: NoteDraft): void => {
    drafts.remember(draft);
    if (draft.text.length > MAX_NOTE_CHARS) {
      status.textContent = `Not saved: a note can hold ${MAX_NOTE_CHARS.toLocaleString('en')} characters and this one has ${draft.text.length.toLocaleString('en')}. Shorten it to save; the text stays here meanwhile.`;
      return;
    }
    post({ type: 'noteChanged', questionId, text: draft.text, baseVersion: draft.baseVersion });
  };
  const confirm = (note: string, newVersion: string | undefined): void => {
    savedText = note;
    version = newVersion;
    if (textarea.value === note) drafts.remember(undefined);
  };

  textarea.addEventListener('input', () => {
    status.textContent = 'Saving...';
    save({ text: textarea.value, baseVersion: version });
  });
  document.getElementById('open-notes')?.addEventListener('click', () => post({ type: 'openNotes' }));

  return {
    show(id, note) {
      if (id === questionId && textarea.value !== savedText) return; // same question, unsaved typing: keep it
      questionId = id;
      textarea.value = note.text;
      savedText = note.text;
      version = note.version;
      where.textContent = `Saved automatically ${note.where}`;
      status.textContent = '';
      const restored = restoredPending?.questionId === id ? restoredPending.draft : undefined;
      restoredPending = undefined;
      if (restored && restored.text !== note.text) {
        textarea.value = restored.text;
        status.textContent = 'Restored the note you typed before the reload. Saving...';
        save(restored);
      } else {
        drafts.remember(undefined);
      }
    },
    saved(newVersion, note, text) {
      confirm(note, newVersion);
      status.textContent = text;
    },
    updated(note, newVersion) {
      if (note === textarea.value) {
        confirm(note, newVersion);
        return;
      }
      const userHasUnsavedText = textarea.value !== savedText;
      if (userHasUnsavedText) {
        status.textContent = 'This note was changed elsewhere; your text will be kept and the other version saved as a copy.';
        return;
      }
      textarea.value = note;
      confirm(note, newVersion);
      status.textContent = 'Updated from the notes file.';
    },
  };
}
