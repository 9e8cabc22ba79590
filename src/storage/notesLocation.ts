import * as vscode from 'vscode';
import { DEFAULT_NOTES_FOLDER, insideWorkspace } from '../core/notes/notePaths';

export type NotesLocationKind = 'workspaceStorage' | 'globalFallback' | 'workspaceFolder';

export interface NotesLocation {
  readonly folder: vscode.Uri;
  readonly kind: NotesLocationKind;
  /** Said in the UI, so users know where their notes live. */
  readonly description: string;
}

/**
 * Where this window keeps notes: per workspace in the extension's workspace storage (default), in
 * a folder of the workspace when `interviewCoach.notes.location` is "workspaceFolder" (so notes can
 * live in git), or in global storage when no folder is open.
 */
export function notesLocation(context: vscode.ExtensionContext): NotesLocation {
  const config = vscode.workspace.getConfiguration('interviewCoach.notes');
  const firstFolder = vscode.workspace.workspaceFolders?.[0];
  if (config.get<string>('location') === 'workspaceFolder' && firstFolder) {
    const relative = insideWorkspace(config.get<string>('folder') ?? DEFAULT_NOTES_FOLDER);
    return { folder: vscode.Uri.joinPath(firstFolder.uri, relative), kind: 'workspaceFolder', description: `in ${relative}/ of ${firstFolder.name}` };
  }
  if (context.storageUri) {
    return { folder: vscode.Uri.joinPath(context.storageUri, 'notes'), kind: 'workspaceStorage', description: 'for this workspace' };
  }
  return {
    folder: vscode.Uri.joinPath(context.globalStorageUri, 'notes'),
    kind: 'globalFallback',
    description: 'in global storage, because no folder is open (open a folder to keep notes per workspace)',
  };
}

