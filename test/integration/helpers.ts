import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';

export const EXTENSION_ID = 'interview-coach.interview-coach';

export async function activateExtension(): Promise<InterviewCoachApi> {
  const extension = vscode.extensions.getExtension<InterviewCoachApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  return extension.activate();
}

/** Polls until `check` returns a value (not undefined/false) or the deadline passes. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function questionPanelTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('interviewCoach.question'));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** `promise`, or a rejection naming `what` after `ms`. */
export async function withDeadline<T>(what: string, promise: Thenable<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Measures the longest delay of a 10 ms timer: how long the extension host's event loop was blocked. */
export function watchEventLoop(): { readonly maxMs: number; stop(): void } {
  let last = Date.now();
  let maxMs = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    maxMs = Math.max(maxMs, now - last - 10);
    last = now;
  }, 10);
  return {
    get maxMs() {
      return maxMs;
    },
    stop: () => clearInterval(timer),
  };
}

/** `items`, or undefined when there are none (for `waitFor`, which waits while it gets undefined). */
export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}
