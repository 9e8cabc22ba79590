import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import { buildNotesExport, type NoteExportEntry } from '../core/notes/notesExport';
import type { NotesService } from '../notes/notesService';
import type { StudyController } from '../study/studyController';
import { pickQuestion } from './questionPicker';
import { questionIdFrom } from './commandArgs';

/** Opens a question's note as a real markdown editor tab (VS Code's undo, hot exit and save apply). */
export async function openNotes(arg: unknown, bankService: QuestionBankService, notes: NotesService, study: StudyController): Promise<void> {
  const bank = await bankService.bank();
  const id = questionIdFrom(arg) ?? study.current?.id ?? (await pickQuestion(bank, 'Open the notes of which question?'))?.id;
  if (!id) return;
  await notes.flush();
  const uri = notes.uriFor(id);
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (!exists) {
    const title = bank.question(id)?.title ?? id;
    await vscode.workspace.fs.createDirectory(notes.location.folder);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`<!-- Notes for: ${title} -->\n\n`));
  }
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/** Writes every note of this workspace into one markdown document; `target` skips the save dialog. */
export async function exportNotes(target: unknown, bankService: QuestionBankService, notes: NotesService): Promise<vscode.Uri | undefined> {
  await notes.flush();
  const bank = await bankService.bank();
  const entries: NoteExportEntry[] = [];
  for (const topic of bank.topics) {
    for (const question of topic.questions) {
      const note = await notes.load(question.id);
      if (note.text.trim()) entries.push({ topicTitle: topic.title, questionTitle: question.title, answerMarkdown: question.answer, note: note.text });
    }
  }
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(`Interview Coach: there are no notes to export yet (notes are kept ${notes.location.description}).`);
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  const uri =
    target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          title: 'Export Interview Coach notes',
          defaultUri: folder ? vscode.Uri.joinPath(folder.uri, 'interview-notes.md') : undefined,
          filters: { Markdown: ['md'] },
        });
  if (!uri) return undefined;
  const title = `Interview notes${folder ? ` — ${folder.name}` : ''}`;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(buildNotesExport(title, entries, new Date())));
  if (!(target instanceof vscode.Uri)) await vscode.window.showTextDocument(uri);
  return uri;
}
