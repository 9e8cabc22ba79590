import * as vscode from 'vscode';

/** Fence info strings people write, mapped to VS Code language ids. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript',
  ts: 'typescript', py: 'python', python3: 'python', rb: 'ruby', rs: 'rust', kt: 'kotlin',
  sh: 'shellscript', shell: 'shellscript', bash: 'shellscript', zsh: 'shellscript', console: 'shellscript',
  yml: 'yaml', md: 'markdown', docker: 'dockerfile', cs: 'csharp', 'c#': 'csharp', golang: 'go',
  psql: 'sql', postgres: 'sql', postgresql: 'sql', text: 'plaintext', txt: 'plaintext',
};

export async function languageIdFor(fenceLanguage: string): Promise<string> {
  const wanted = fenceLanguage.toLowerCase();
  const candidate = LANGUAGE_ALIASES[wanted] ?? (wanted || 'plaintext');
  const known = await vscode.languages.getLanguages();
  return known.includes(candidate) ? candidate : 'plaintext';
}

/** Opens a code example in an untitled editor beside the panel, so the user can run or change it. */
export async function openCodeInEditor(code: string, fenceLanguage: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: await languageIdFor(fenceLanguage), content: code });
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

export async function copyCode(code: string): Promise<void> {
  await vscode.env.clipboard.writeText(code);
  vscode.window.setStatusBarMessage('$(check) Code copied', 2000);
}
