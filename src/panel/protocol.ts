/**
 * The one message protocol between the question panel's webview and the extension.
 * Shared by both sides; every message received is validated before use.
 */
import { isGrade, type Grade } from '../core/practice/grade';
import { isOptionalString, isRecord, isString } from './messageChecks';
import { parseInterviewFromWebview, parseInterviewToWebview, type InterviewFromWebview, type InterviewToWebview } from './interviewProtocol';

export type ChipKind = 'topic' | 'difficulty' | 'tag';

/** Everything the panel shows for one question; HTML fields are rendered by the safe renderer. */
export interface QuestionView {
  readonly questionId: string;
  readonly title: string;
  readonly chips: readonly { readonly kind: ChipKind; readonly text: string }[];
  readonly promptHtml: string;
  readonly answerHtml: string;
  readonly intervals: Readonly<Record<Grade, string>>;
  readonly note: { readonly text: string; readonly version: string | undefined; readonly where: string };
  readonly revealed: boolean;
  /** Where the user is in today's session, e.g. "2 due left · new 3/10 today". */
  readonly session: string;
  /** Set while studying ahead of schedule, e.g. "Studying ahead: this question is due in 3 d." */
  readonly ahead: string;
  /** A confirmation to announce, e.g. "Saved: Good. Next review in 3 d." ('' for none). */
  readonly notice: string;
  readonly autoAdvance: boolean;
  readonly timerVisible: boolean;
  /** Answer sections (by title) the user folded or unfolded, remembered across questions. */
  readonly openSections: Readonly<Record<string, boolean>>;
}

/** The end of a day's session: what was done, when more comes due, and what the user can do next. */
export interface DoneView {
  readonly summary: string;
  readonly nextDue: string;
  readonly canStudyAhead: boolean;
  /** Label of the button that raises today's new-question limit ('' when no new questions are left). */
  readonly moreNewLabel: string;
}

export type DoneAction = 'studyAhead' | 'moreNew' | 'stop';

export type ToWebviewMessage =
  | { readonly type: 'question'; readonly view: QuestionView }
  | { readonly type: 'done'; readonly view: DoneView }
  /** The Reveal Answer command: show the answer of the shown question. */
  | { readonly type: 'reveal' }
  | { readonly type: 'notice'; readonly text: string }
  /** The shown question left its pack (deleted, or its pack no longer loads): grading is off. */
  | { readonly type: 'gone'; readonly text: string }
  /** `note` is the text that was saved, `text` the status line to show. */
  | { readonly type: 'noteSaved'; readonly version: string; readonly note: string; readonly text: string }
  | { readonly type: 'noteUpdated'; readonly note: string; readonly version: string | undefined }
  | InterviewToWebview;

export type FromWebviewMessage =
  /** The page loaded (first open, a reload, or the tab shown again): send what it should show. */
  | { readonly type: 'ready' }
  | { readonly type: 'revealed'; readonly questionId: string }
  | { readonly type: 'rate'; readonly questionId: string; readonly grade: Grade }
  | { readonly type: 'doneAction'; readonly action: DoneAction }
  /** Focus entered or left the panel's page (outside its text fields): for users' own keybindings. */
  | { readonly type: 'keysActive'; readonly active: boolean }
  | { readonly type: 'openLink'; readonly href: string }
  | { readonly type: 'copyCode'; readonly code: string }
  | { readonly type: 'openCode'; readonly code: string; readonly language: string }
  | { readonly type: 'timerVisible'; readonly visible: boolean }
  | { readonly type: 'sectionToggled'; readonly section: string; readonly open: boolean }
  | { readonly type: 'noteChanged'; readonly questionId: string; readonly text: string; readonly baseVersion: string | undefined }
  | { readonly type: 'openNotes' }
  | { readonly type: 'autoAdvance'; readonly enabled: boolean }
  | InterviewFromWebview;

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
  /** Set while the panel shows a mock interview (its questions and drafts are kept by the extension). */
  readonly interviewId?: string;
}

/** Code blocks larger than this are not sent across (the built-in ones are a few hundred bytes). */
export const MAX_CODE_MESSAGE = 1_000_000;
/** Longer notes are not sent across; the panel says so and keeps the text (it is never cut). */
export const MAX_NOTE_CHARS = 10_000_000;

const DONE_ACTIONS: readonly DoneAction[] = ['studyAhead', 'moreNew', 'stop'];
const CHIP_KINDS: readonly ChipKind[] = ['topic', 'difficulty', 'tag'];

const isShortString = (value: unknown): value is string => isString(value) && value.length < 4096;
const isCode = (value: unknown): value is string => isString(value) && value.length <= MAX_CODE_MESSAGE;
const isNote = (value: unknown): value is string => isString(value) && value.length <= MAX_NOTE_CHARS;

export function parseFromWebview(value: unknown): FromWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'revealed':
      return isShortString(value.questionId) ? { type: 'revealed', questionId: value.questionId } : undefined;
    case 'rate':
      return isShortString(value.questionId) && isGrade(value.grade) ? { type: 'rate', questionId: value.questionId, grade: value.grade } : undefined;
    case 'doneAction':
      return DONE_ACTIONS.includes(value.action as DoneAction) ? { type: 'doneAction', action: value.action as DoneAction } : undefined;
    case 'keysActive':
      return typeof value.active === 'boolean' ? { type: 'keysActive', active: value.active } : undefined;
    case 'openLink':
      return isShortString(value.href) ? { type: 'openLink', href: value.href } : undefined;
    case 'copyCode':
      return isCode(value.code) ? { type: 'copyCode', code: value.code } : undefined;
    case 'openCode':
      return isCode(value.code) && isString(value.language) && value.language.length < 64 ? { type: 'openCode', code: value.code, language: value.language } : undefined;
    case 'timerVisible':
      return typeof value.visible === 'boolean' ? { type: 'timerVisible', visible: value.visible } : undefined;
    case 'sectionToggled':
      return isString(value.section) && value.section.length < 200 && typeof value.open === 'boolean' ? { type: 'sectionToggled', section: value.section, open: value.open } : undefined;
    case 'noteChanged':
      return isShortString(value.questionId) && isNote(value.text) && isOptionalString(value.baseVersion)
        ? { type: 'noteChanged', questionId: value.questionId, text: value.text, baseVersion: value.baseVersion }
        : undefined;
    case 'openNotes':
      return { type: 'openNotes' };
    case 'autoAdvance':
      return typeof value.enabled === 'boolean' ? { type: 'autoAdvance', enabled: value.enabled } : undefined;
    default:
      return parseInterviewFromWebview(value);
  }
}

export function parseToWebview(value: unknown): ToWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'question':
      return isQuestionView(value.view) ? { type: 'question', view: value.view } : undefined;
    case 'done':
      return isDoneView(value.view) ? { type: 'done', view: value.view } : undefined;
    case 'reveal':
      return { type: 'reveal' };
    case 'notice':
      return isString(value.text) ? { type: 'notice', text: value.text } : undefined;
    case 'gone':
      return isString(value.text) ? { type: 'gone', text: value.text } : undefined;
    case 'noteSaved':
      return isString(value.version) && isNote(value.note) && isString(value.text) ? { type: 'noteSaved', version: value.version, note: value.note, text: value.text } : undefined;
    case 'noteUpdated':
      return isString(value.note) && isOptionalString(value.version) ? { type: 'noteUpdated', note: value.note, version: value.version } : undefined;
    default:
      return parseInterviewToWebview(value);
  }
}

function isQuestionView(value: unknown): value is QuestionView {
  if (!isRecord(value)) return false;
  const { intervals, note, chips, openSections } = value;
  return (
    [value.questionId, value.title, value.promptHtml, value.answerHtml, value.session, value.ahead, value.notice].every(isString) &&
    typeof value.revealed === 'boolean' &&
    typeof value.autoAdvance === 'boolean' &&
    typeof value.timerVisible === 'boolean' &&
    isRecord(intervals) &&
    [1, 2, 3, 4].every((grade) => isString(intervals[grade])) &&
    isRecord(note) &&
    isNote(note.text) &&
    isOptionalString(note.version) &&
    isString(note.where) &&
    Array.isArray(chips) &&
    chips.every((chip) => isRecord(chip) && CHIP_KINDS.includes(chip.kind as ChipKind) && isString(chip.text)) &&
    isRecord(openSections) &&
    Object.values(openSections).every((open) => typeof open === 'boolean')
  );
}

function isDoneView(value: unknown): value is DoneView {
  return isRecord(value) && isString(value.summary) && isString(value.nextDue) && typeof value.canStudyAhead === 'boolean' && isString(value.moreNewLabel);
}

export function isPanelState(value: unknown): value is PanelState {
  return (
    isRecord(value) &&
    isString(value.questionId) &&
    typeof value.revealed === 'boolean' &&
    (value.draft === undefined || isNoteDraft(value.draft)) &&
    isOptionalString(value.interviewId)
  );
}

function isNoteDraft(value: unknown): value is NoteDraft {
  return isRecord(value) && isString(value.text) && isOptionalString(value.baseVersion);
}
