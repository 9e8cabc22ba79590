import * as vscode from 'vscode';

/**
 * Context keys for the panel's keybindings: Space reveals and 1-4 grade only while the panel is the
 * active editor, the answer is (or is not yet) revealed, and no text field in it has focus.
 */
export function setPanelContext(keys: { revealed?: boolean; typing?: boolean }): void {
  if (keys.revealed !== undefined) void vscode.commands.executeCommand('setContext', 'interviewCoach.answerRevealed', keys.revealed);
  if (keys.typing !== undefined) void vscode.commands.executeCommand('setContext', 'interviewCoach.panelTyping', keys.typing);
}
