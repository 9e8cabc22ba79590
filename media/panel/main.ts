import type { Grade } from '../../src/core/practice/grade';
import { isPanelState, parseToWebview, type DoneView, type FromWebviewMessage, type PanelState, type QuestionView } from '../../src/panel/protocol';
import type { FromExerciseMessage } from '../../src/exercise/exerciseProtocol';
import { decorateCodeBlocks } from './codeBlocks';
import { interviewLayout } from './interview';
import { showSummary, summaryActionOf } from './interviewSummary';
import { connectExercise } from './exercise';
import { handlePanelKeys, isTextField } from './keys';
import { connectNotes } from './notes';
import { foldSections } from './sections';
import { thinkTimer } from './thinkTimer';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage | FromExerciseMessage): void;
  setState(state: PanelState): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: FromWebviewMessage): void => vscode.postMessage(message);
const saved = vscode.getState();
let state: PanelState | undefined = isPanelState(saved) ? saved : undefined;
const remember = (next: PanelState): void => {
  state = next;
  vscode.setState(next);
};

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
};
const questionSection = byId('question');
const doneSection = byId('done');
const summarySection = byId('interview-summary');
const answer = byId('answer');
const revealBar = byId('reveal-bar');
const gradeBar = byId('grade-bar');
const notice = byId('notice');
const gradeButtons = [...gradeBar.querySelectorAll<HTMLButtonElement>('button[data-grade]')];
const autoAdvance = byId<HTMLInputElement>('auto-advance');
const timer = thinkTimer(byId('think-time'), byId<HTMLButtonElement>('think-toggle'), (visible) => post({ type: 'timerVisible', visible }));
const notes = connectNotes(post, {
  restored: state?.draft ? { questionId: state.questionId, draft: state.draft } : undefined,
  remember(draft) {
    if (state) remember({ questionId: state.questionId, revealed: state.revealed, ...(draft ? { draft } : {}) });
  },
});

const interview = interviewLayout(post, byId);

let shown: QuestionView | undefined;
/** The saved state's reveal applies only to the first question after the page (re)loads: a restore. */
let restoring = true;
let gradePending = false;
let gone = false;

function setGradingEnabled(enabled: boolean): void {
  for (const button of gradeButtons) button.disabled = !enabled;
}

function showQuestion(view: QuestionView): void {
  const hadFocus = document.hasFocus();
  const sameQuestion = shown?.questionId === view.questionId;
  shown = view;
  gradePending = false;
  gone = false;
  leaveInterview();
  doneSection.hidden = true;
  questionSection.hidden = false;
  byId('session').textContent = view.session;
  notice.textContent = view.notice;
  byId('ahead').hidden = view.ahead === '';
  byId('ahead').textContent = view.ahead;
  byId('gone').hidden = true;
  byId('chips').replaceChildren(
    ...view.chips.map((chip) => {
      const element = document.createElement('span');
      element.className = `chip chip-${chip.kind}`;
      element.textContent = chip.kind === 'tag' ? `#${chip.text}` : chip.text;
      return element;
    }),
  );
  byId('question-title').textContent = view.title;
  const prompt = byId('prompt');
  prompt.innerHTML = view.promptHtml;
  answer.innerHTML = view.answerHtml;
  foldSections(answer, view.openSections, (section, open) => post({ type: 'sectionToggled', section, open }));
  decorateCodeBlocks(prompt, post);
  decorateCodeBlocks(answer, post);
  for (const button of gradeButtons) {
    const interval = view.intervals[Number(button.dataset.grade) as Grade];
    button.querySelector('.interval')!.textContent = interval;
    button.title = `Key ${button.dataset.grade}: next review in ${interval}`;
  }
  setGradingEnabled(true);
  autoAdvance.checked = view.autoAdvance;
  notes.show(view.questionId, view.note);
  const revealed = view.revealed || (restoring && state?.questionId === view.questionId && state.revealed);
  restoring = false;
  remember({ questionId: view.questionId, revealed: false, ...(state?.questionId === view.questionId && state.draft ? { draft: state.draft } : {}) });
  setRevealed(revealed);
  if (!revealed) timer.restart(view.timerVisible);
  if (!sameQuestion) window.scrollTo({ top: 0 });
  // Focus moves only when the page had it: a question shown while the user types elsewhere
  // (the palette, a search box) must never take the keys away from there.
  if (hadFocus) (revealed ? answer : byId('reveal')).focus({ preventScroll: true });
}

function setRevealed(revealed: boolean): void {
  answer.hidden = !revealed;
  revealBar.hidden = revealed;
  gradeBar.hidden = !revealed;
  if (state) remember({ ...state, revealed });
  if (revealed) timer.stop();
}

function reveal(): void {
  if (!shown || !answer.hidden) return;
  setRevealed(true);
  post({ type: 'revealed', questionId: shown.questionId });
  // The answer takes focus so that Space now scrolls it, as in any page; it never grades.
  if (document.hasFocus()) answer.focus({ preventScroll: true });
}

function grade(value: Grade): void {
  if (!shown || gradePending || gone) return;
  gradePending = true;
  setGradingEnabled(false);
  post({ type: 'rate', questionId: shown.questionId, grade: value });
}

function showDone(view: DoneView): void {
  const hadFocus = document.hasFocus();
  shown = undefined;
  // A reload now restores the session's next step (the done view), not the last question graded.
  remember({ questionId: '', revealed: false });
  timer.stop();
  leaveInterview();
  questionSection.hidden = true;
  doneSection.hidden = false;
  byId('session').textContent = '';
  byId('done-summary').textContent = view.summary;
  byId('done-next').textContent = view.nextDue;
  byId('study-ahead').hidden = !view.canStudyAhead;
  const moreNew = byId('more-new');
  moreNew.hidden = view.moreNewLabel === '';
  moreNew.textContent = view.moreNewLabel;
  window.scrollTo({ top: 0 });
  if (hadFocus) byId('done-title').focus({ preventScroll: true });
}

/** Leaves the interview's layout for the question or done view. */
function leaveInterview(): void {
  interview.hide();
  summarySection.hidden = true;
}

/** Shows the interview's layout (`summary`: its summary) in place of the question and done views. */
function enterInterview(interviewId: string, summary: boolean): void {
  shown = undefined;
  timer.stop();
  remember({ questionId: '', revealed: false, interviewId });
  questionSection.hidden = true;
  doneSection.hidden = true;
  byId('session').textContent = '';
  summarySection.hidden = !summary;
  if (summary) interview.hide();
}

const inInterview = (): boolean => questionSection.hidden && doneSection.hidden;
// The grade bar shows with the answer, or after an exercise's matching run (exercise.ts); an interview grades in its own layout.
handlePanelKeys(document, { revealed: () => !answer.hidden || !gradeBar.hidden || inInterview(), canGrade: () => !gradePending && !gone && !inInterview(), reveal, grade });
byId('reveal').addEventListener('click', reveal);
autoAdvance.addEventListener('change', () => post({ type: 'autoAdvance', enabled: autoAdvance.checked }));
gradeBar.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-grade]');
  const value = Number(button?.dataset.grade);
  if (value >= 1 && value <= 4) grade(value as Grade);
});
summarySection.addEventListener('click', (event) => {
  const action = summaryActionOf(event.target);
  if (action) post({ type: 'summaryAction', action });
});
doneSection.addEventListener('click', (event) => {
  const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
  if (action === 'studyAhead' || action === 'moreNew' || action === 'stop') post({ type: 'doneAction', action });
});

// Users' own keybindings (keybindings.json) can test `interviewCoach.panelFocus`: true while this
// page has focus outside its text fields.
const reportKeys = (): void => post({ type: 'keysActive', active: document.hasFocus() && !isTextField(document.activeElement) });
window.addEventListener('focus', reportKeys);
window.addEventListener('blur', reportKeys);
document.addEventListener('focusin', reportKeys);
document.addEventListener('focusout', () => setTimeout(reportKeys, 0));

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

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseToWebview(event.data);
  if (!message) return;
  switch (message.type) {
    case 'question':
      showQuestion(message.view);
      return;
    case 'done':
      showDone(message.view);
      return;
    case 'reveal':
      reveal();
      return;
    case 'notice':
      notice.textContent = message.text;
      if (gradePending && !gone) {
        gradePending = false;
        setGradingEnabled(true);
      }
      return;
    case 'gone':
      gone = true;
      setGradingEnabled(false);
      byId('gone').textContent = message.text;
      byId('gone').hidden = false;
      return;
    case 'noteSaved':
      notes.saved(message.version, message.note, message.text);
      return;
    case 'noteUpdated':
      notes.updated(message.note, message.version);
      return;
    case 'interview':
      enterInterview(message.view.interviewId, false);
      interview.show(message.view);
      return;
    case 'interviewSummary': {
      const hadFocus = document.hasFocus();
      enterInterview(message.view.interviewId, true);
      showSummary(message.view, byId);
      window.scrollTo({ top: 0 });
      if (hadFocus) byId('ivs-title').focus({ preventScroll: true });
      return;
    }
    case 'interviewClock':
      interview.clock(message.stepKey, message.clock);
      return;
  }
});

connectExercise((message) => vscode.postMessage(message));
post({ type: 'ready' });
