import * as vscode from 'vscode';
import { examplePack, topicFromFileName } from './examplePack';

/** Creates a commented example pack in the workspace (or an untitled one with no folder open). */
export async function newQuestionPack(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: examplePack({ title: 'My Topic', id: 'my-topic' }) });
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage('Interview Coach: save this pack as "<name>.questions.md" inside a workspace folder to use it.');
    return;
  }
  const name = await vscode.window.showInputBox({
    title: 'New Question Pack',
    prompt: 'File name for the new pack (created in the first workspace folder)',
    value: 'my-topic.questions.md',
    valueSelection: [0, 'my-topic'.length],
    validateInput: (value) => (/^[\w .-]+\.questions\.md$/.test(value.trim()) ? undefined : 'Use a file name ending in ".questions.md".'),
  });
  if (!name) return;
  const uri = vscode.Uri.joinPath(folder.uri, name.trim());
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (exists) {
    void vscode.window.showWarningMessage(`Interview Coach: ${name} already exists; it was not changed.`);
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(examplePack(topicFromFileName(name))));
  }
  await vscode.window.showTextDocument(uri);
  if (!exists) void vscode.window.showInformationMessage(`Interview Coach: created ${name.trim()}. Write your first "##" question in it; the comment at the top shows the format.`);
}
