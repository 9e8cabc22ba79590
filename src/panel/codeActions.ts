import * as vscode from 'vscode';
import { contentHash } from '../core/pack/ids';

/** Fence info strings people write, mapped to VS Code language ids. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript', mongosh: 'javascript',
  ts: 'typescript', py: 'python', python3: 'python', rb: 'ruby', rs: 'rust', kt: 'kotlin',
  sh: 'shellscript', shell: 'shellscript', bash: 'shellscript', zsh: 'shellscript', console: 'shellscript',
  yml: 'yaml', md: 'markdown', docker: 'dockerfile', cs: 'csharp', 'c#': 'csharp', golang: 'go',
  psql: 'sql', postgres: 'sql', postgresql: 'sql', text: 'plaintext', txt: 'plaintext',
};

/** File name endings, so the file opens in its language (and tools such as REST clients see .http). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  javascript: 'js', typescript: 'ts', python: 'py', shellscript: 'sh', yaml: 'yaml', markdown: 'md', json: 'json',
  sql: 'sql', go: 'go', java: 'java', ruby: 'rb', rust: 'rs', kotlin: 'kt', csharp: 'cs', http: 'http', plaintext: 'txt',
};

async function languageIdFor(fenceLanguage: string): Promise<string> {
  const wanted = fenceLanguage.toLowerCase();
  const candidate = (Object.hasOwn(LANGUAGE_ALIASES, wanted) ? LANGUAGE_ALIASES[wanted] : undefined) ?? (wanted || 'plaintext');
  const known = await vscode.languages.getLanguages();
  return known.includes(candidate) ? candidate : 'plaintext';
}

/**
 * Opens a code example beside the panel as a file of its own under the extension's storage
 * (`examples/`), named by its content: it has its language, closing it asks nothing, and the user's
 * edits to it are kept (opening the same example again shows the edited file).
 */
export async function openCodeInEditor(code: string, fenceLanguage: string, examplesFolder: vscode.Uri): Promise<vscode.TextEditor> {
  const wanted = fenceLanguage.toLowerCase();
  const languageId = await languageIdFor(fenceLanguage);
  const ending = (id: string): string | undefined => (Object.hasOwn(EXTENSIONS, id) ? EXTENSIONS[id] : undefined);
  const name = wanted === 'dockerfile' || wanted === 'docker' ? `Dockerfile-${contentHash(code)}` : `example-${contentHash(code)}.${ending(Object.hasOwn(LANGUAGE_ALIASES, wanted) ? (LANGUAGE_ALIASES[wanted] as string) : wanted) ?? ending(languageId) ?? 'txt'}`;
  const uri = vscode.Uri.joinPath(examplesFolder, name);
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(code));
  const document = await vscode.workspace.openTextDocument(uri);
  const typed = document.languageId === 'plaintext' && languageId !== 'plaintext' ? await vscode.languages.setTextDocumentLanguage(document, languageId) : document;
  return vscode.window.showTextDocument(typed, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

export async function copyCode(code: string): Promise<void> {
  await vscode.env.clipboard.writeText(code);
  vscode.window.setStatusBarMessage('$(check) Code copied', 2000);
}
