/**
 * The one message protocol between the question panel's webview and the extension.
 * Shared by both sides; every message received is validated before use.
 */
import { isGrade, type Grade } from '../core/practice/grade';

/** The panel's grades are the core's: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type { Grade };

export type ToWebviewMessage =
  | { readonly type: 'reveal' }
  | { readonly type: 'graded'; readonly grade: Grade; readonly text: string }
  /** `note` is the text that was saved, `text` the status line to show. */
  | { readonly type: 'noteSaved'; readonly version: string; readonly note: string; readonly text: string }
  | { readonly type: 'noteUpdated'; readonly note: string; readonly version: string | undefined };

export type FromWebviewMessage =
  /** The user asked for the answer; the extension sets the grade keys' context, then sends `reveal`. */
  | { readonly type: 'showAnswer' }
  | { readonly type: 'rate'; readonly grade: Grade }
  | { readonly type: 'openLink'; readonly href: string }
  | { readonly type: 'copyCode'; readonly code: string }
  | { readonly type: 'openCode'; readonly code: string; readonly language: string }
  | { readonly type: 'typing'; readonly typing: boolean }
  | { readonly type: 'timerVisible'; readonly visible: boolean }
  | { readonly type: 'noteChanged'; readonly questionId: string; readonly text: string; readonly baseVersion: string | undefined }
  | { readonly type: 'openNotes' }
  | { readonly type: 'autoAdvance'; readonly enabled: boolean };

/** Note text typed in the panel that the extension has not confirmed as saved yet. */
export interface NoteDraft {
  readonly text: string;
  /** The note's version on disk when the typing started. */
  readonly baseVersion: string | undefined;
}

/**
 * State the webview keeps with setState, so a reload restores the same question, and a note typed
 * just before a reload (whose save the old extension host may never have run) is saved after it.
 */
export interface PanelState {
  readonly questionId: string;
  readonly revealed: boolean;
  readonly draft?: NoteDraft;
}

/** Code blocks larger than this are not sent across (the built-in ones are a few hundred bytes). */
export const MAX_CODE_MESSAGE = 1_000_000;
/** Longer notes are not sent across; the panel says so and keeps the text (it is never cut). */
export const MAX_NOTE_CHARS = 10_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isOptionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';
const isCode = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_CODE_MESSAGE;
const isNote = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_NOTE_CHARS;

export function parseFromWebview(value: unknown): FromWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'showAnswer':
      return { type: 'showAnswer' };
    case 'rate':
      return isGrade(value.grade) ? { type: 'rate', grade: value.grade } : undefined;
    case 'openLink':
      return typeof value.href === 'string' && value.href.length < 4096 ? { type: 'openLink', href: value.href } : undefined;
    case 'copyCode':
      return isCode(value.code) ? { type: 'copyCode', code: value.code } : undefined;
    case 'openCode':
      return isCode(value.code) && typeof value.language === 'string' && value.language.length < 64
        ? { type: 'openCode', code: value.code, language: value.language }
        : undefined;
    case 'typing':
      return typeof value.typing === 'boolean' ? { type: 'typing', typing: value.typing } : undefined;
    case 'timerVisible':
      return typeof value.visible === 'boolean' ? { type: 'timerVisible', visible: value.visible } : undefined;
    case 'noteChanged':
      return typeof value.questionId === 'string' && isNote(value.text) && isOptionalString(value.baseVersion)
        ? { type: 'noteChanged', questionId: value.questionId, text: value.text, baseVersion: value.baseVersion }
        : undefined;
    case 'openNotes':
      return { type: 'openNotes' };
    case 'autoAdvance':
      return typeof value.enabled === 'boolean' ? { type: 'autoAdvance', enabled: value.enabled } : undefined;
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
      return isGrade(value.grade) && typeof value.text === 'string' ? { type: 'graded', grade: value.grade, text: value.text } : undefined;
    case 'noteSaved':
      return typeof value.version === 'string' && isNote(value.note) && typeof value.text === 'string'
        ? { type: 'noteSaved', version: value.version, note: value.note, text: value.text }
        : undefined;
    case 'noteUpdated':
      return typeof value.note === 'string' && isOptionalString(value.version) ? { type: 'noteUpdated', note: value.note, version: value.version } : undefined;
    default:
      return undefined;
  }
}

export function isPanelState(value: unknown): value is PanelState {
  return isRecord(value) && typeof value.questionId === 'string' && typeof value.revealed === 'boolean' && (value.draft === undefined || isNoteDraft(value.draft));
}

function isNoteDraft(value: unknown): value is NoteDraft {
  return isRecord(value) && typeof value.text === 'string' && isOptionalString(value.baseVersion);
}
