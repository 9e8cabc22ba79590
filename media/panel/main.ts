import { isPanelState, parseToWebview, type FromWebviewMessage, type Grade, type PanelState } from '../../src/panel/protocol';
import { decorateCodeBlocks } from './codeBlocks';
import { connectNotes } from './notes';
import { startThinkTimer } from './thinkTimer';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
  setState(state: PanelState): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: FromWebviewMessage): void => vscode.postMessage(message);
const initial: unknown = JSON.parse(document.body.dataset.state ?? '{}');
let state: PanelState = isPanelState(initial) ? initial : { questionId: '', revealed: false };
const savedState = vscode.getState();
/** What this webview kept before a reload, when it showed the same question. */
const before = isPanelState(savedState) && savedState.questionId === state.questionId ? savedState : undefined;

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
};
const answer = byId<HTMLElement>('answer');
const revealBar = byId<HTMLElement>('reveal-bar');
const gradeBar = byId<HTMLElement>('grade-bar');
const status = byId<HTMLElement>('status');
const revealButton = byId<HTMLButtonElement>('reveal');
const timer = startThinkTimer(byId('think-time'), byId<HTMLButtonElement>('think-toggle'), (visible) => post({ type: 'timerVisible', visible }));

function reveal(): void {
  if (!answer.hidden) return;
  answer.hidden = false;
  revealBar.hidden = true;
  gradeBar.hidden = false;
  timer.stop();
  state = { ...state, revealed: true };
  vscode.setState(state);
  gradeBar.querySelector<HTMLButtonElement>('button[data-grade="3"]')?.focus({ preventScroll: true });
  answer.scrollIntoView({ block: 'start' });
}

// Keys (Space, 1-4) are VS Code keybindings forwarded from this webview, so users can rebind them;
// the extension only needs to know when a text field has focus.
const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName) || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)));
document.addEventListener('focusin', (event) => post({ type: 'typing', typing: isTextField(event.target) }));
document.addEventListener('focusout', () => post({ type: 'typing', typing: false }));

// The extension shows the answer (a `reveal` message) once the 1-4 keybindings are enabled, so a
// grade key pressed right after never falls between the two.
revealButton.addEventListener('click', () => post({ type: 'showAnswer' }));
const autoAdvance = document.getElementById('auto-advance') as HTMLInputElement | null;
autoAdvance?.addEventListener('change', () => post({ type: 'autoAdvance', enabled: autoAdvance.checked }));
gradeBar.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-grade]');
  const grade = Number(button?.dataset.grade);
  if (grade === 1 || grade === 2 || grade === 3 || grade === 4) post({ type: 'rate', grade: grade as Grade });
});

// Links never navigate the webview; http(s) and mailto go to the extension, which re-checks them.
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a');
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) {
    document.getElementById(href.slice(1))?.scrollIntoView();
  } else if (/^(https?|mailto):/i.test(href)) {
    post({ type: 'openLink', href });
  }
});

decorateCodeBlocks(document, post);
const notes = connectNotes(state.questionId, post, {
  restored: before?.draft,
  remember(draft) {
    state = { questionId: state.questionId, revealed: state.revealed, ...(draft ? { draft } : {}) };
    vscode.setState(state);
  },
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseToWebview(event.data);
  if (!message) return;
  switch (message.type) {
    case 'reveal':
      reveal();
      return;
    case 'graded':
      status.textContent = message.text;
      return;
    case 'noteSaved':
      notes.saved(message.version, message.note, message.text);
      return;
    case 'noteUpdated':
      notes.updated(message.note, message.version);
      return;
  }
});

if (state.revealed || before?.revealed) reveal();
vscode.setState(state);
if (answer.hidden) revealButton.focus();
