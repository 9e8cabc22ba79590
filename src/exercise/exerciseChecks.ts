import * as vscode from 'vscode';
import { showProblems, type LineProblem } from '../bank/problemDiagnostics';
import type { QuestionBankService } from '../bank/questionBankService';
import type { Exercise } from '../core/exercise/exercise';
import { SqlTimeoutError, type SqlEngine } from '../sql/sqlEngine';
import type { ExerciseServices } from './exerciseServices';
import { referenceProblem, type ReferenceProblem } from './referenceCheck';

/** After this many references over the time limit in one pass, the remaining ones are not checked. */
const MAX_TIMEOUTS_PER_CHECK = 3;

/**
 * Pack diagnostics that need the SQL engine: every exercise of a workspace pack must have a
 * reference solution that runs on its seed and returns rows. Run in the SQL worker only when a
 * workspace pack holds exercises; each (seed, solution) is checked once, so an edit re-checks only
 * what changed. The built-in exercises are checked by a unit test instead.
 */
export class ExerciseChecks implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('interview-coach-exercises');
  private readonly results = new Map<string, Promise<ReferenceProblem | undefined>>();
  private generation = 0;

  constructor(
    private readonly bankService: QuestionBankService,
    private readonly engine: () => SqlEngine,
    private readonly services: ExerciseServices,
  ) {}

  /** Checks the workspace packs' exercises of the current bank (after every load). */
  check(): void {
    this.checkNow().catch((error: unknown) => this.services.log().error(`Could not check the exercises: ${String(error)}`));
  }

  private async checkNow(): Promise<void> {
    const generation = ++this.generation;
    const bank = await this.bankService.bank();
    const checks = bank
      .questions()
      .flatMap((question) => {
        const uri = this.bankService.workspacePackUri(question.location.file);
        return uri && question.exercise ? [{ uri, exercise: question.exercise }] : [];
      });
    const found: LineProblem[] = [];
    let timeouts = 0;
    for (const { uri, exercise } of checks) {
      // A pack of slow references must not keep a core busy for long: the rest are not checked.
      if (timeouts >= MAX_TIMEOUTS_PER_CHECK) break;
      const problem = await this.problemOf(exercise);
      if (generation !== this.generation) return;
      if (problem?.timedOut) timeouts++;
      if (!problem) continue;
      found.push({ uri, line: problem.line, text: `${problem.message} ${problem.hint}`, severity: vscode.DiagnosticSeverity.Error });
    }
    showProblems(this.collection, found);
  }

  dispose(): void {
    this.generation++;
    this.collection.dispose();
  }

  private problemOf(exercise: Exercise): Promise<ReferenceProblem | undefined> {
    const key = `${exercise.seedLine}\u0000${exercise.solutionLine}\u0000${exercise.planWords ?? ''}\u0000${exercise.seed}\u0000${exercise.solution}`;
    let result = this.results.get(key);
    if (!result) {
      result = this.engine()
        .run(exercise.seed, exercise.solution)
        .then(
          (outcome) => referenceProblem(exercise, outcome),
          (error: unknown) => {
            if (error instanceof SqlTimeoutError) return referenceProblem(exercise, { kind: 'timeout', message: error.message });
            this.results.delete(key);
            throw error;
          },
        );
      this.results.set(key, result);
    }
    return result;
  }
}
