import type * as vscode from 'vscode';
import type { ExerciseFeature } from './exerciseFeature';
import type { ExerciseDependencies } from './exerciseServices';

/**
 * The part of SQL exercises that lives in coach.js: it decides when the exercise bundle is needed
 * (the panel shows an exercise, Run Exercise, a workspace pack with exercises) and hands over to it.
 */
export class LazyExercises implements vscode.Disposable {
  private feature: ExerciseFeature | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: ExerciseDependencies) {
    this.subscriptions = [
      deps.panel.onDidReceiveExerciseMessage((message) => {
        void (async () => {
          // The page asks about every question it shows; only an exercise needs the bundle.
          if (message.type === 'exerciseWanted' && !this.feature && !(await deps.bankService.bank()).question(message.questionId)?.exercise) return;
          await this.load().handle(message);
        })().catch((error: unknown) => deps.reportError('Could not run the exercise', error));
      }),
      deps.bankService.onDidChange(() => void this.onBankChange().catch((error: unknown) => deps.log().error(`Could not check the exercises: ${String(error)}`))),
    ];
  }

  /** Run Exercise. */
  run(): Promise<void> {
    return this.load().run();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.feature?.dispose();
  }

  private async onBankChange(): Promise<void> {
    if (!this.feature) {
      const bank = await this.deps.bankService.bank();
      if (!bank.questions().some((question) => question.exercise && this.deps.bankService.workspacePackUri(question.location.file))) return;
    }
    this.load().checkPacks();
  }

  private load(): ExerciseFeature {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.feature ??= (require('./exerciseFeature') as typeof import('./exerciseFeature')).createExerciseFeature(this.deps);
    return this.feature;
  }
}
