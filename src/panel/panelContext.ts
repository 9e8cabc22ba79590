import * as vscode from 'vscode';

/**
 * Context keys for the panel's keybindings: Space reveals and 1-4 grade only while the panel is the
 * active editor, the answer is (or is not yet) revealed, and no text field in it has focus.
 */
export async function setPanelContext(keys: { revealed?: boolean; typing?: boolean }): Promise<void> {
  const updates: Thenable<unknown>[] = [];
  if (keys.revealed !== undefined) updates.push(vscode.commands.executeCommand('setContext', 'interviewCoach.answerRevealed', keys.revealed));
  if (keys.typing !== undefined) updates.push(vscode.commands.executeCommand('setContext', 'interviewCoach.panelTyping', keys.typing));
  await Promise.all(updates);
}
