import * as vscode from 'vscode';
import type { PackProblem } from '../core/pack/types';

/** Shows pack problems in the Problems panel, on the line they name; replaced on every load. */
export class PackDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('interview-coach');

  publish(problems: readonly PackProblem[], uriOf: (file: string) => vscode.Uri | undefined): void {
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const problem of problems) {
      const uri = uriOf(problem.location.file);
      if (!uri) continue;
      const line = Math.max(0, problem.location.line - 1);
      const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), `${problem.message} ${problem.hint}`, severity);
      diagnostic.source = 'Interview Coach';
      const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(diagnostic);
      byUri.set(uri.toString(), entry);
    }
    this.collection.clear();
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
