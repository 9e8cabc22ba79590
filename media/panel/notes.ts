import type { FromWebviewMessage } from '../../src/panel/protocol';

export interface NotesArea {
  saved(version: string, text: string): void;
  updated(note: string, version: string | undefined): void;
}

/** The notes textarea: every edit goes to the extension, which debounces the writes to disk. */
export function connectNotes(questionId: string, post: (message: FromWebviewMessage) => void): NotesArea {
  const textarea = document.getElementById('note') as HTMLTextAreaElement;
  const status = document.getElementById('note-status') as HTMLElement;
  let version: string | undefined = textarea.dataset.version || undefined;
  let savedText = textarea.value;

  textarea.addEventListener('input', () => {
    status.textContent = 'Saving...';
    post({ type: 'noteChanged', questionId, text: textarea.value, baseVersion: version });
  });
  document.getElementById('open-notes')?.addEventListener('click', () => post({ type: 'openNotes' }));

  return {
    saved(newVersion, text) {
      version = newVersion;
      savedText = textarea.value;
      status.textContent = text;
    },
    updated(note, newVersion) {
      const userHasUnsavedText = textarea.value !== savedText;
      if (userHasUnsavedText) {
        status.textContent = 'This note was changed elsewhere; your text will be kept and the other version saved as a copy.';
        return;
      }
      textarea.value = note;
      savedText = note;
      version = newVersion;
      status.textContent = 'Updated from the notes file.';
    },
  };
}
