import { GRADES, GRADE_NAMES } from '../core/practice/grade';
import { webviewDocument } from '../webview/webviewDocument';

export interface PanelShellInput {
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

/** The mock interview's layout and its summary, filled in by media/panel/interview.ts. */
function interviewSections(grades: string): string {
  return `  <section id="interview" hidden aria-labelledby="iv-title">
    <div class="iv-head">
      <span id="iv-position" class="hint"></span>
      <span id="iv-clock" class="iv-clock" role="timer" aria-label="Time left"></span>
      <button type="button" id="iv-pause" class="small">Pause</button>
      <span class="iv-head-actions"><button type="button" id="iv-skip" class="link">Skip question</button><button type="button" id="iv-end" class="link">End interview</button></span>
    </div>
    <h1 id="iv-title" tabindex="-1"></h1>
    <section id="iv-prompt" aria-labelledby="iv-title"></section>
    <div id="iv-answering">
      <label for="iv-answer" id="iv-answer-label">Your answer</label>
      <textarea id="iv-answer" rows="10" spellcheck="true"></textarea>
      <div class="actions"><button type="button" id="iv-submit" class="primary">Submit answer</button><span class="hint"><kbd>Ctrl</kbd>+<kbd>Enter</kbd></span><span id="iv-words" class="hint"></span></div>
    </div>
    <div id="iv-feedback" hidden>
      <p id="iv-coverage" class="iv-coverage"></p>
      <div class="iv-compare">
        <section aria-labelledby="iv-yours-title"><h2 id="iv-yours-title">What you said</h2><div id="iv-your-answer" class="iv-user"></div><p id="iv-timing" class="hint"></p></section>
        <section aria-labelledby="iv-points-title"><h2 id="iv-points-title">Key points</h2><ul id="iv-keypoints" class="iv-points"></ul>
          <details id="iv-model"><summary>Model answer</summary><div id="iv-model-body"></div></details></section>
      </div>
      <div class="actions" id="iv-grade-bar" role="group" aria-label="Grade this answer">
        <span class="hint grade-hint" id="iv-suggestion"></span>${grades.replaceAll('data-grade=', 'data-iv-grade=')}
      </div>
      <div class="actions" id="iv-continue-bar"><button type="button" id="iv-continue" class="primary">Continue</button></div>
    </div>
  </section>
  <section id="interview-summary" hidden aria-labelledby="ivs-title">
    <h1 id="ivs-title" tabindex="-1">Mock interview: summary</h1>
    <p id="ivs-headline"></p>
    <table id="ivs-table"><thead><tr><th scope="col">Question</th><th scope="col">Grade</th><th scope="col">Time</th><th scope="col">Key points</th></tr></thead><tbody id="ivs-rows"></tbody></table>
    <h2>By topic</h2><ul id="ivs-topics"></ul>
    <h2>Key points to learn</h2><div id="ivs-missing"></div>
    <h2>Follow-ups to prepare</h2><ul id="ivs-followups"></ul>
    <div class="actions"><button type="button" id="ivs-review" class="primary" data-summary="reviewMisses">Review the misses now</button><button type="button" data-summary="close">Close</button></div>
  </section>`;
}

/**
 * The panel's page, loaded once per webview: every question and the "done for today" view are
 * filled in by the script from `question` / `done` messages, so moving to the next question
 * updates the page in place instead of loading a new document.
 */
export function panelHtml(input: PanelShellInput): string {
  const grades = GRADES.map(
    (grade) => `<button type="button" class="grade" data-grade="${grade}"><span class="grade-name"><kbd>${grade}</kbd> ${GRADE_NAMES[grade]}</span><span class="interval"></span></button>`,
  ).join('');
  return webviewDocument({
    title: 'Interview Coach',
    contentSecurityPolicy: contentSecurityPolicy(input.cspSource, input.nonce),
    nonce: input.nonce,
    styleUris: input.styleUris,
    scriptUri: input.scriptUri,
    main: `  <p id="session" class="session hint"></p>
  <p id="notice" class="notice" role="status" aria-live="polite"></p>
  <section id="question" hidden>
    <p id="ahead" class="banner" hidden></p>
    <p id="gone" class="banner warning" role="alert" hidden></p>
    <header><div class="meta" id="chips"></div><h1 id="question-title" tabindex="-1"></h1></header>
    <section id="prompt" aria-labelledby="question-title"></section>
    <div class="actions" id="reveal-bar">
      <button type="button" id="reveal" class="primary">Show answer</button>
      <span class="hint">Think it through first, then press <kbd>Space</kbd></span>
      <div class="think"><span id="think-time" role="timer" aria-label="Thinking time">0:00</span><button type="button" id="think-toggle" class="link">Hide timer</button></div>
    </div>
    <section id="answer" hidden aria-label="Answer" tabindex="-1"></section>
    <div class="actions" id="grade-bar" hidden role="group" aria-label="How well did you know it?">
      <span class="hint grade-hint">How well did you know it?</span>${grades}
      <label class="advance"><input type="checkbox" id="auto-advance"> Next question after grading</label>
    </div>
    <section id="notes" aria-labelledby="notes-title">
      <div class="notes-head">
        <h2 id="notes-title">My notes</h2>
        <span class="hint" id="notes-where"></span>
        <button type="button" id="open-notes" class="link">Open as editor tab</button>
      </div>
      <textarea id="note" rows="6" spellcheck="true" aria-labelledby="notes-title" placeholder="Your own answer, a story from your experience, follow-ups to ask..."></textarea>
      <p id="note-status" class="hint" role="status" aria-live="polite"></p>
    </section>
  </section>
  <section id="done" hidden aria-labelledby="done-title">
    <h1 id="done-title" tabindex="-1">Done for today</h1>
    <p id="done-summary"></p>
    <p id="done-next" class="hint"></p>
    <div class="actions">
      <button type="button" id="study-ahead" data-action="studyAhead">Study ahead</button>
      <button type="button" id="more-new" data-action="moreNew"></button>
      <button type="button" id="stop" data-action="stop">Stop for today</button>
    </div>
    <p class="hint">Studying ahead is logged as early reviews; it helps less than a review at the right time.</p>
  </section>
${interviewSections(grades)}`,
  });
}
