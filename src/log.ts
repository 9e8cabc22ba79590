import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The "Interview Coach" output channel, created on first use so activation stays light. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Interview Coach', { log: true });
  return channel;
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

/** Logs an error once and shows one clear message to the user. */
export function reportError(action: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  log().error(`${action}: ${detail}`);
  void vscode.window.showErrorMessage(`Interview Coach: ${action}: ${detail}`);
}
