import type { Question, Topic } from '../core/pack/types';
import { escapeHtml, renderMarkdown } from '../core/render/renderMarkdown';
import { webviewDocument } from '../webview/webviewDocument';
import { GRADE_NAMES, type Grade } from '../core/practice';

export interface PanelHtmlInput {
  readonly question: Question;
  readonly topic: Topic | undefined;
  readonly revealed: boolean;
  readonly timerVisible: boolean;
  readonly intervals: Readonly<Record<Grade, string>>;
  readonly autoAdvance: boolean;
  readonly note: { readonly text: string; readonly version: string | undefined; readonly where: string };
  readonly nonce: string;
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUris: readonly string[];
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function panelHtml(input: PanelHtmlInput): string {
  const { question, topic, nonce } = input;
  const state = escapeHtml(JSON.stringify({ questionId: question.id, revealed: input.revealed }));
  const timer = `<div class="think" id="think" data-visible="${input.timerVisible}">` +
    `<span id="think-time" role="timer" aria-label="Thinking time"${input.timerVisible ? '' : ' hidden'}>0:00</span>` +
    `<button type="button" id="think-toggle" class="link">${input.timerVisible ? 'Hide timer' : 'Show timer'}</button></div>`;
  const meta = [topic?.title, question.difficulty, ...question.tags.map((tag) => `#${tag}`)]
    .filter((part): part is string => Boolean(part))
    .map((part) => `<span class="chip">${escapeHtml(part)}</span>`)
    .join(' ');
  const grades = ([1, 2, 3, 4] as Grade[])
    .map(
      (grade) =>
        `<button type="button" class="grade" data-grade="${grade}" title="Key ${grade}: next review in ${escapeHtml(input.intervals[grade])}">` +
        `${grade} · ${GRADE_NAMES[grade]}<span class="interval">${escapeHtml(input.intervals[grade])}</span></button>`,
    )
    .join('');
  return webviewDocument({
    title: question.title,
    contentSecurityPolicy: contentSecurityPolicy(input.cspSource, nonce),
    nonce,
    styleUris: input.styleUris,
    bodyAttributes: ` data-state="${state}"`,
    scriptUri: input.scriptUri,
    main: `  <header><div class="meta">${meta}</div><h1 id="question-title">${escapeHtml(question.title)}</h1></header>
  <section id="prompt" aria-labelledby="question-title">${renderMarkdown(question.prompt)}</section>
  <div class="actions" id="reveal-bar">
    <button type="button" id="reveal" class="primary">Show answer</button>
    <span class="hint">Think it through first, then press <kbd>Space</kbd></span>
    ${timer}
  </div>
  <section id="answer" hidden aria-label="Answer">${renderMarkdown(question.answer)}</section>
  <div class="actions" id="grade-bar" hidden role="group" aria-label="How well did you know it?">
    <span class="hint">How well did you know it? Keys <kbd>1</kbd>-<kbd>4</kbd></span>${grades}
    <label class="advance"><input type="checkbox" id="auto-advance"${input.autoAdvance ? ' checked' : ''}> Open the next question after grading</label>
  </div>
  <p id="status" role="status" aria-live="polite"></p>
  <section id="notes" aria-labelledby="notes-title">
    <div class="notes-head">
      <h2 id="notes-title">My notes</h2>
      <span class="hint">Saved automatically ${escapeHtml(input.note.where)}</span>
      <button type="button" id="open-notes" class="link">Open as editor tab</button>
    </div>
    <textarea id="note" rows="6" spellcheck="true" aria-labelledby="notes-title" data-version="${escapeHtml(input.note.version ?? '')}" placeholder="Your own answer, a story from your experience, follow-ups to ask...">${escapeHtml(input.note.text)}</textarea>
    <p id="note-status" class="hint" role="status" aria-live="polite"></p>
  </section>`,
  });
}
