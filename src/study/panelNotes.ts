import * as vscode from 'vscode';
import type { LoadedNote } from '../core/notes/notesStore';
import type { NotesService } from '../notes/notesService';
import type { QuestionPanel } from '../panel/questionPanel';
import type { FromWebviewMessage, QuestionView } from '../panel/protocol';

/** The notes box of the panel: loads the shown question's note, saves what is typed, follows outside edits. */
export class PanelNotes implements vscode.Disposable {
  private questionId: string | undefined;
  private watch: vscode.Disposable | undefined;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly notes: NotesService,
    private readonly panel: QuestionPanel,
  ) {
    this.listener = notes.onDidChangeNote((id) => void this.refresh(id));
  }

  /** Switches to the note of `questionId` (undefined: none shown); resolves to what the panel should show. */
  async show(questionId: string | undefined): Promise<QuestionView['note']> {
    if (questionId !== this.questionId) {
      this.watch?.dispose();
      this.watch = questionId === undefined ? undefined : this.notes.watch(questionId);
      if (this.questionId !== undefined) void this.notes.flush();
      this.questionId = questionId;
    }
    const note = questionId === undefined ? { text: '', version: undefined } : await this.load(questionId);
    return { ...note, where: this.notes.location.description };
  }

  handle(message: FromWebviewMessage): void {
    if (message.type !== 'noteChanged') return;
    this.notes.scheduleSave(message.questionId, message.text, message.baseVersion, (result) => {
      if (this.questionId !== message.questionId) return;
      const text = result.status === 'conflict' ? 'Saved; the version changed elsewhere was kept as a copy.' : 'Saved.';
      this.panel.post({ type: 'noteSaved', version: result.version, note: message.text, text });
    });
  }

  dispose(): void {
    this.watch?.dispose();
    this.listener.dispose();
  }

  private async load(questionId: string): Promise<LoadedNote> {
    try {
      return await this.notes.load(questionId);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Coach: could not read your note (${error instanceof Error ? error.message : String(error)}).`);
      return { text: '', version: undefined };
    }
  }

  private async refresh(questionId: string): Promise<void> {
    if (this.questionId !== questionId) return;
    const note = await this.load(questionId);
    this.panel.post({ type: 'noteUpdated', note: note.text, version: note.version });
  }
}
