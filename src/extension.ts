import * as vscode from 'vscode';
import type { Coach, InterviewCoachApi } from './coach';
import { LazyTreeDataProvider } from './tree/lazyTreeDataProvider';
import type { CoachNode } from './tree/treeNodes';
import { QUESTION_PANEL_VIEW_TYPE, QUESTIONS_VIEW_ID } from './viewIds';

export type { InterviewCoachApi } from './coach';

let loadedCoach: Coach | undefined;
const API_KEYS = ['treeProvider', 'bankService', 'panel', 'study', 'interview', 'practice', 'notes', 'stats', 'exercises', 'commands'] as const satisfies readonly (keyof InterviewCoachApi)[];

/**
 * Registers the entry points only: the contributed commands, the tree view and the panel serializer.
 * The rest (dist/coach.js) is loaded on first use, so activating costs about what an empty
 * extension costs (docs/performance.md).
 */
export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const tree = new LazyTreeDataProvider<CoachNode>(() => coach().treeProvider);
  const treeView = vscode.window.createTreeView(QUESTIONS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const coach = (): Coach => {
    if (!loadedCoach) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createCoach } = require('./coach') as typeof import('./coach');
      loadedCoach = createCoach(context, treeView);
    }
    return loadedCoach;
  };
  const contributed = (context.extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands;
  context.subscriptions.push(
    tree,
    treeView,
    ...contributed.map(({ command }) =>
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        const handler = coach().commands.get(command);
        if (!handler) throw new Error(`Interview Coach: the command ${command} is contributed but has no handler.`);
        return handler(...args);
      }),
    ),
    vscode.window.registerWebviewPanelSerializer(QUESTION_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => coach().revivePanel(panel, state),
    }),
  );
  // For the integration tests: each service, from the coach loaded on first access.
  const api = {} as InterviewCoachApi;
  for (const key of API_KEYS) Object.defineProperty(api, key, { get: () => coach()[key], enumerable: true });
  return api;
}

/** Writes notes still waiting for their debounce before the host goes away (reload, close). */
export async function deactivate(): Promise<void> {
  await loadedCoach?.flush();
  loadedCoach = undefined;
}
