// The SQL exercises' adapters, bundled on their own (dist/exercise.js) and required by
// src/exercise/lazyExercises.ts the first time an exercise is shown or a workspace pack holds one,
// so the plain study loop never loads them. PGlite itself lives in the worker (dist/pglite/).
import * as vscode from 'vscode';
import { SqlEngine } from '../sql/sqlEngine';
import { ExerciseChecks } from './exerciseChecks';
import { ExerciseController } from './exerciseController';
import { ExerciseFiles } from './exerciseFiles';
import type { FromExerciseMessage } from './exerciseProtocol';
import type { ExerciseDependencies } from './exerciseServices';

/** A run of exercise SQL longer than this is stopped (the worker thread is terminated). */
export const SQL_TIME_LIMIT_MS = 10_000;

export interface ExerciseFeature extends vscode.Disposable {
  handle(message: FromExerciseMessage): Promise<void>;
  run(): Promise<void>;
  checkPacks(): void;
}

export function createExerciseFeature(deps: ExerciseDependencies): ExerciseFeature {
  let engine: SqlEngine | undefined;
  const workerFile = vscode.Uri.joinPath(deps.context.extensionUri, 'dist', 'pglite', 'sqlWorker.js').fsPath;
  const sqlEngine = (): SqlEngine => (engine ??= new SqlEngine({ workerFile, timeoutMs: SQL_TIME_LIMIT_MS }));
  const controller = new ExerciseController(deps.bankService, deps.panel, new ExerciseFiles(deps.context), sqlEngine, deps);
  const checks = new ExerciseChecks(deps.bankService, sqlEngine, deps);
  return {
    handle: (message) => controller.handle(message),
    run: () => controller.run(),
    checkPacks: () => checks.check(),
    dispose() {
      checks.dispose();
      controller.dispose();
      engine?.dispose();
    },
  };
}
