import * as vscode from 'vscode';

/** A problem to show on a line (1-based) of a file, already worded with its fix. */
export interface LineProblem {
  readonly uri: vscode.Uri;
  readonly line: number;
  readonly text: string;
  readonly severity: vscode.DiagnosticSeverity;
}

/** Replaces what `collection` shows with `problems`, grouped by file, each on its whole line. */
export function showProblems(collection: vscode.DiagnosticCollection, problems: Iterable<LineProblem>): void {
  const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  for (const { uri, line, text, severity } of problems) {
    const at = Math.max(0, line - 1);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(at, 0, at, Number.MAX_SAFE_INTEGER), text, severity);
    diagnostic.source = 'Interview Coach';
    const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
    entry.diagnostics.push(diagnostic);
    byUri.set(uri.toString(), entry);
  }
  collection.clear();
  for (const { uri, diagnostics } of byUri.values()) collection.set(uri, diagnostics);
}
