import * as vscode from 'vscode';
import type { PackProblem } from '../core/pack/types';
import { showProblems } from './problemDiagnostics';

/** Shows pack problems in the Problems panel, on the line they name; replaced on every load. */
export class PackDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('interview-coach');

  publish(problems: readonly PackProblem[], uriOf: (file: string) => vscode.Uri | undefined): void {
    showProblems(
      this.collection,
      problems.flatMap((problem) => {
        const uri = uriOf(problem.location.file);
        const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        return uri ? [{ uri, line: problem.location.line, text: `${problem.message} ${problem.hint}`, severity }] : [];
      }),
    );
  }

  dispose(): void {
    this.collection.dispose();
  }
}
