import * as vscode from 'vscode';
import { noteFileName } from '../core/notes/notePaths';
import type { Question } from '../core/pack/types';
import { notesLocation } from '../storage/notesLocation';

/**
 * The `.sql` file of each exercise, where the user writes the query: kept per workspace next to
 * the notes (an `exercises/` folder in the notes location), so an attempt survives a reload and
 * lives in git when notes do.
 */
export class ExerciseFiles {
  constructor(private readonly context: vscode.ExtensionContext) {}

  folder(): vscode.Uri {
    return vscode.Uri.joinPath(notesLocation(this.context).folder, 'exercises');
  }

  uriFor(questionId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder(), noteFileName(questionId).replace(/\.md$/, '.sql'));
  }

  isExerciseFile(uri: vscode.Uri): boolean {
    return uri.toString().startsWith(`${this.folder().toString()}/`) && uri.path.endsWith('.sql');
  }

  /** The exercise's file, created with a short header the first time. */
  async ensure(question: Question): Promise<vscode.Uri> {
    const uri = this.uriFor(question.id);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      const header = `-- ${question.title.replace(/\s+/g, ' ')}\n-- Write your SQL below; the result of the last statement is compared.\n\n`;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(header));
    }
    return uri;
  }

  /** The text to run: the editor's, unsaved edits included, or the file's. */
  async read(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return open.getText();
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }
}
