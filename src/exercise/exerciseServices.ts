import type * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import type { QuestionPanel } from '../panel/questionPanel';

/**
 * What the exercise bundle (dist/exercise.js) gets from coach.js instead of importing it: these
 * modules hold state (the output channel, the configured renderer), and a second copy of them in
 * the other bundle would be a second "Interview Coach" log and a second markdown-it setup.
 */
export interface ExerciseServices {
  readonly render: (markdown: string) => string;
  readonly log: () => vscode.LogOutputChannel;
  readonly reportError: (action: string, error: unknown) => void;
}

export interface ExerciseDependencies extends ExerciseServices {
  readonly context: vscode.ExtensionContext;
  readonly bankService: QuestionBankService;
  readonly panel: QuestionPanel;
}
