import type { Question, Topic } from '../core/pack/types';
import { escapeHtml, renderMarkdown } from '../core/render/renderMarkdown';
import { GRADE_NAMES, type Grade } from '../core/practice/reviewLog';

export interface PanelHtmlInput {
  readonly question: Question;
  readonly topic: Topic | undefined;
  readonly revealed: boolean;
  readonly timerVisible: boolean;
  readonly nonce: string;
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
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
    .map((grade) => `<button type="button" class="grade" data-grade="${grade}" title="Key ${grade}">${grade} · ${GRADE_NAMES[grade]}</button>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(input.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${input.styleUri}">
<title>${escapeHtml(question.title)}</title>
</head>
<body data-state="${state}">
<main>
  <header><div class="meta">${meta}</div><h1 id="question-title">${escapeHtml(question.title)}</h1></header>
  <section id="prompt" aria-labelledby="question-title">${renderMarkdown(question.prompt)}</section>
  <div class="actions" id="reveal-bar">
    <button type="button" id="reveal" class="primary">Show answer</button>
    <span class="hint">Think it through first, then press <kbd>Space</kbd></span>
    ${timer}
  </div>
  <section id="answer" hidden aria-label="Answer">${renderMarkdown(question.answer)}</section>
  <div class="actions" id="grade-bar" hidden role="group" aria-label="How well did you know it?">
    <span class="hint">How well did you know it? Keys <kbd>1</kbd>-<kbd>4</kbd></span>${grades}
  </div>
  <p id="status" role="status" aria-live="polite"></p>
</main>
<script nonce="${nonce}" src="${input.scriptUri}"></script>
</body>
</html>`;
}
