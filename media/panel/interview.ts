import { isGrade, type Grade } from '../../src/core/practice/grade';
import type { InterviewClock, InterviewView } from '../../src/panel/interviewProtocol';
import type { FromWebviewMessage } from '../../src/panel/protocol';
import { interviewCountdown } from './interviewCountdown';
import { showFeedback } from './interviewFeedback';
import { isTextField } from './keys';

export interface InterviewLayout {
  show(view: InterviewView): void;
  clock(stepKey: string, clock: InterviewClock): void;
  hide(): void;
}

const DRAFT_DELAY_MS = 400;

/**
 * The mock interview's layout: the question, a countdown (a stopwatch in spoken mode), the answer
 * box, and once the answer is in, the comparison with the key points and the grade to confirm.
 * The extension decides every step; this page shows it and reports what the user does.
 */
export function interviewLayout(post: (message: FromWebviewMessage) => void, byId: <T extends HTMLElement>(id: string) => T): InterviewLayout {
  const section = byId('interview');
  const answerBox = byId<HTMLTextAreaElement>('iv-answer');
  const answering = byId('iv-answering');
  const feedback = byId('iv-feedback');
  const pause = byId<HTMLButtonElement>('iv-pause');
  const gradeButtons = [...byId('iv-grade-bar').querySelectorAll<HTMLButtonElement>('button[data-iv-grade]')];
  let view: InterviewView | undefined;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  let submitted = false;
  let gradePending = false;

  const flushDraft = (): void => {
    if (draftTimer === undefined || !view) return;
    clearTimeout(draftTimer);
    draftTimer = undefined;
    post({ type: 'interviewDraft', stepKey: view.stepKey, text: answerBox.value });
  };
  const submit = (timeUp: boolean): void => {
    if (!view || view.feedback || submitted) return;
    submitted = true;
    if (draftTimer !== undefined) clearTimeout(draftTimer);
    draftTimer = undefined;
    countdown.stop();
    post({ type: 'interviewSubmit', stepKey: view.stepKey, text: answerBox.value, timeUp });
  };
  const countdown = interviewCountdown(byId('iv-clock'), () => submit(true));
  const action = (name: 'pause' | 'resume' | 'skip' | 'end' | 'continue'): void => {
    if (!view) return;
    flushDraft();
    post({ type: 'interviewAction', stepKey: view.stepKey, action: name });
  };
  const grade = (value: Grade): void => {
    if (!view?.feedback?.gradable || gradePending) return;
    gradePending = true;
    for (const button of gradeButtons) button.disabled = true;
    post({ type: 'interviewGrade', stepKey: view.stepKey, grade: value });
  };

  answerBox.addEventListener('input', () => {
    if (draftTimer !== undefined) clearTimeout(draftTimer);
    draftTimer = setTimeout(flushDraft, DRAFT_DELAY_MS);
    updateWords();
  });
  answerBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit(false);
    }
  });
  window.addEventListener('blur', flushDraft);
  byId('iv-submit').addEventListener('click', () => submit(false));
  pause.addEventListener('click', () => {
    const running = pause.dataset.running === 'true';
    countdown.set(view?.mode ?? 'typed', { ...countdown.current(), running: !running });
    setPauseLabel(!running);
    action(running ? 'pause' : 'resume');
  });
  byId('iv-skip').addEventListener('click', () => action('skip'));
  byId('iv-end').addEventListener('click', () => action('end'));
  byId('iv-continue').addEventListener('click', () => action('continue'));
  byId('iv-grade-bar').addEventListener('click', (event) => {
    const value = Number((event.target as HTMLElement).closest<HTMLButtonElement>('button[data-iv-grade]')?.dataset.ivGrade);
    if (isGrade(value)) grade(value);
  });
  document.addEventListener('keydown', (event) => {
    if (section.hidden || event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
    const value = Number(event.key);
    if (isGrade(value) && view?.feedback?.gradable) {
      event.preventDefault();
      grade(value);
    }
  });

  function updateWords(): void {
    const words = answerBox.value.trim() ? answerBox.value.trim().split(/\s+/).length : 0;
    byId('iv-words').textContent = words === 0 ? '' : `${words} word${words === 1 ? '' : 's'}`;
  }

  function setPauseLabel(running: boolean): void {
    pause.dataset.running = String(running);
    pause.textContent = running ? 'Pause' : 'Resume';
    answerBox.disabled = !running && !view?.feedback;
  }

  return {
    show(next) {
      const hadFocus = document.hasFocus();
      const sameStep = view?.stepKey === next.stepKey;
      if (!sameStep) flushDraft();
      view = next;
      submitted = false;
      gradePending = false;
      section.hidden = false;
      byId('iv-position').textContent = next.position;
      byId('iv-title').textContent = next.title;
      byId('iv-prompt').innerHTML = next.promptHtml;
      byId('notice').textContent = next.notice;
      const spoken = next.mode === 'spoken';
      byId('iv-answer-label').textContent = spoken ? 'Answer aloud. Type it too if you like (optional): then you also see which key points you covered.' : 'Your answer';
      byId('iv-submit').textContent = spoken ? 'I have answered' : 'Submit answer';
      if (!sameStep || answerBox.value === '') answerBox.value = next.draft;
      updateWords();
      answering.hidden = next.feedback !== undefined;
      feedback.hidden = next.feedback === undefined;
      pause.hidden = next.feedback !== undefined;
      byId('iv-skip').hidden = next.feedback !== undefined && next.feedback.gradable;
      if (next.feedback) {
        countdown.stop();
        byId('iv-clock').textContent = '';
        showFeedback(next.feedback, byId);
        for (const button of gradeButtons) button.disabled = false;
        byId('iv-grade-bar').hidden = !next.feedback.gradable;
        byId('iv-continue-bar').hidden = next.feedback.gradable;
      } else {
        countdown.set(next.mode, next.clock);
        setPauseLabel(next.clock.running);
      }
      if (!sameStep) window.scrollTo({ top: 0 });
      // Only a page that had focus moves it: a step shown while the user is elsewhere never takes the keys.
      if (!hadFocus) return;
      if (!next.feedback) answerBox.focus({ preventScroll: true });
      else (next.feedback.gradable ? (gradeButtons[(next.feedback.suggested ?? 3) - 1] ?? byId('iv-title')) : byId('iv-continue')).focus({ preventScroll: true });
    },
    clock(stepKey, clock) {
      if (!view || view.stepKey !== stepKey || view.feedback) return;
      countdown.set(view.mode, clock);
      setPauseLabel(clock.running);
    },
    hide() {
      flushDraft();
      countdown.stop();
      section.hidden = true;
      view = undefined;
    },
  };
}
