/**
 * The one message protocol between the question panel's webview and the extension.
 * Shared by both sides; every message received is validated before use.
 */
export type PanelGrade = 1 | 2 | 3 | 4;

export type ToWebviewMessage =
  | { readonly type: 'reveal' }
  | { readonly type: 'graded'; readonly grade: PanelGrade; readonly text: string };

export type FromWebviewMessage =
  | { readonly type: 'revealed' }
  | { readonly type: 'rate'; readonly grade: PanelGrade }
  | { readonly type: 'openLink'; readonly href: string };

/** State the webview keeps with setState, so a reload restores the same question. */
export interface PanelState {
  readonly questionId: string;
  readonly revealed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPanelGrade(value: unknown): value is PanelGrade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function parseFromWebview(value: unknown): FromWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'revealed':
      return { type: 'revealed' };
    case 'rate':
      return isPanelGrade(value.grade) ? { type: 'rate', grade: value.grade } : undefined;
    case 'openLink':
      return typeof value.href === 'string' && value.href.length < 4096 ? { type: 'openLink', href: value.href } : undefined;
    default:
      return undefined;
  }
}

export function parseToWebview(value: unknown): ToWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'reveal':
      return { type: 'reveal' };
    case 'graded':
      return isPanelGrade(value.grade) && typeof value.text === 'string' ? { type: 'graded', grade: value.grade, text: value.text } : undefined;
    default:
      return undefined;
  }
}

export function isPanelState(value: unknown): value is PanelState {
  return isRecord(value) && typeof value.questionId === 'string' && typeof value.revealed === 'boolean';
}
