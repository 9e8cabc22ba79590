// The panel's exercise layout (SQL exercises): Run, hints, Show solution, and the result table or
// the database's error. The question itself (task, schema, solution as the answer, grade buttons)
// is shown by main.ts; this adds to it when the extension says the question is an exercise.
import { GRADE_NAMES } from '../../src/core/practice/grade';
import { parseToExercise, type Cell, type ExerciseView, type FromExerciseMessage, type RunView } from '../../src/exercise/exerciseProtocol';
import { parseToWebview } from '../../src/panel/protocol';
import { isTextField } from './keys';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: { id?: string; className?: string; text?: string } = {}): HTMLElementTagNameMap[K] => {
  const created = document.createElement(tag);
  if (props.id) created.id = props.id;
  if (props.className) created.className = props.className;
  if (props.text !== undefined) created.textContent = props.text;
  return created;
};

function buildSection(): Record<'section' | 'rules' | 'file' | 'runKey' | 'hints' | 'status' | 'error' | 'result', HTMLElement> & Record<'run' | 'hint' | 'solution', HTMLButtonElement> {
  const section = element('section', { id: 'exercise', className: 'exercise' });
  section.hidden = true;
  section.setAttribute('aria-label', 'SQL exercise');
  const rules = element('p', { id: 'exercise-rules', className: 'hint' });
  const bar = element('div', { className: 'actions' });
  const run = element('button', { id: 'exercise-run', className: 'primary', text: 'Run' });
  const where = element('span', { className: 'hint' });
  const runKey = element('kbd');
  const file = element('button', { id: 'exercise-file', className: 'link' });
  where.append('or ', runKey, ' in ', file);
  const hint = element('button', { id: 'exercise-hint', text: 'Hint' });
  const solution = element('button', { id: 'exercise-solution', text: 'Show solution' });
  for (const button of [run, hint, solution, file]) button.type = 'button';
  bar.append(run, where, hint, solution);
  const hints = element('ol', { id: 'exercise-hints', className: 'exercise-hints' });
  const status = element('p', { id: 'exercise-status', className: 'exercise-status' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const error = element('pre', { id: 'exercise-error', className: 'exercise-error' });
  error.hidden = true;
  const result = element('div', { id: 'exercise-result', className: 'exercise-result' });
  section.append(rules, bar, hints, status, error, result);
  return { section, rules, file, runKey, hints, status, error, result, run, hint, solution };
}

const cellText = (cell: Cell): string => (cell === null ? 'NULL' : cell);

function tableRow(cells: readonly Cell[], tag: 'td' | 'th', className = ''): HTMLTableRowElement {
  const row = element('tr', { className });
  for (const cell of cells) row.append(element(tag, { text: cellText(cell), className: cell === null ? 'null' : '' }));
  return row;
}

function resultTable(view: RunView): HTMLElement {
  const table = element('table', { className: 'result-table' });
  table.createTHead().append(tableRow(view.columns, 'th'));
  const body = table.createTBody();
  view.rows.forEach((cells, index) => {
    const differs = index === view.differingRow;
    const row = tableRow(cells, 'td', differs ? 'differs' : '');
    if (differs) row.title = 'The first row that differs from the reference';
    body.append(row);
    if (differs && view.expectedRow) {
      const expected = tableRow(view.expectedRow, 'td', 'expected');
      expected.title = "The reference's row here";
      body.append(expected);
    }
  });
  return table;
}

/** Adds the exercise layout to the panel; `post` is the page's one channel to the extension. */
export function connectExercise(post: (message: FromExerciseMessage) => void): void {
  const parts = buildSection();
  document.getElementById('prompt')?.after(parts.section);
  const answer = document.getElementById('answer');
  const revealBar = document.getElementById('reveal-bar');
  const gradeBar = document.getElementById('grade-bar');
  let shownId = '';
  let exercise: ExerciseView | undefined;
  let hintsShown = 0;

  const clearResult = (): void => {
    parts.status.textContent = '';
    parts.status.className = 'exercise-status';
    parts.error.hidden = true;
    parts.result.replaceChildren();
    for (const button of gradeBar?.querySelectorAll('button.suggested') ?? []) button.classList.remove('suggested');
  };

  const prompt = document.getElementById('prompt');
  const hide = (): void => {
    exercise = undefined;
    parts.section.hidden = true;
    prompt?.classList.remove('exercise-prompt');
    clearResult();
  };

  const updateHintButton = (): void => {
    const total = exercise?.hintsHtml.length ?? 0;
    parts.hint.hidden = total === 0;
    parts.hint.disabled = hintsShown >= total;
    parts.hint.textContent = hintsShown >= total ? 'No more hints' : `Hint (${hintsShown + 1} of ${total})`;
  };

  const show = (view: ExerciseView): void => {
    if (view.questionId !== shownId) return;
    const same = exercise?.questionId === view.questionId;
    exercise = view;
    parts.section.hidden = false;
    prompt?.classList.add('exercise-prompt');
    parts.rules.textContent = view.rules;
    parts.file.textContent = view.fileName;
    parts.file.title = 'Open the editor of this exercise';
    parts.runKey.textContent = view.runKey;
    if (!same) {
      hintsShown = 0;
      parts.hints.replaceChildren();
      clearResult();
    }
    updateHintButton();
    // Show solution replaces the question's Show answer bar (the solution is its answer).
    if (revealBar && answer?.hidden) revealBar.hidden = true;
    parts.solution.hidden = answer?.hidden === false;
  };

  const showResult = (view: RunView): void => {
    if (view.questionId !== exercise?.questionId) return;
    clearResult();
    parts.run.disabled = false;
    const suggestion = view.suggestedGrade ? ` Suggested grade: ${GRADE_NAMES[view.suggestedGrade]}.` : '';
    parts.status.textContent = `${view.status === 'match' ? '✓ ' : view.status === 'mismatch' ? '✗ ' : ''}${view.message}${suggestion}`;
    parts.status.classList.add(view.status);
    if (view.errorAt) {
      parts.error.textContent = `line ${view.errorAt.line}: ${view.errorAt.text}\n${' '.repeat(`line ${view.errorAt.line}: `.length + view.errorAt.column - 1)}^`;
      parts.error.hidden = false;
    }
    if (view.columns.length > 0) parts.result.append(resultTable(view));
    if (view.moreRows > 0) parts.result.append(element('p', { className: 'hint', text: `… and ${view.moreRows} more rows.` }));
    if (view.status === 'mismatch' && view.expectedRow && view.differingRow === undefined) {
      parts.result.append(element('p', { className: 'hint', text: `The reference also returns: (${view.expectedRow.map(cellText).join(', ')})` }));
    }
    if (view.status === 'match' && gradeBar) {
      gradeBar.hidden = false;
      if (view.suggestedGrade) gradeBar.querySelector(`button[data-grade="${view.suggestedGrade}"]`)?.classList.add('suggested');
    }
    // Run is usually pressed in the editor beside the panel: bring the verdict into view (scrolling takes no focus).
    parts.status.scrollIntoView({ block: 'nearest' });
  };

  const run = (): void => {
    if (exercise && !parts.run.disabled) post({ type: 'exerciseRun', questionId: exercise.questionId });
  };
  parts.run.addEventListener('click', run);
  parts.file.addEventListener('click', () => exercise && post({ type: 'exerciseOpenEditor', questionId: exercise.questionId }));
  parts.hint.addEventListener('click', () => {
    const html = exercise?.hintsHtml[hintsShown];
    if (!exercise || html === undefined) return;
    const item = element('li');
    item.innerHTML = html; // rendered by the extension's safe renderer, like the rest of the question
    parts.hints.append(item);
    hintsShown += 1;
    updateHintButton();
    post({ type: 'exerciseHint', questionId: exercise.questionId, shown: hintsShown });
  });
  parts.solution.addEventListener('click', () => {
    if (!exercise) return;
    post({ type: 'exerciseSolution', questionId: exercise.questionId });
    parts.solution.hidden = true;
    document.getElementById('reveal')?.click();
  });

  // While an exercise is unsolved, Space must not reveal its solution (main.ts reveals on Space);
  // Ctrl+Enter runs it from the panel as from its editor.
  window.addEventListener(
    'keydown',
    (event) => {
      if (!exercise) return;
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        run();
      } else if (event.key === ' ' && answer?.hidden && !isTextField(event.target) && !(event.target instanceof HTMLElement && event.target.closest('button, a[href], summary, label, input'))) {
        event.preventDefault();
      }
    },
    true,
  );

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const panelMessage = parseToWebview(event.data);
    if (panelMessage?.type === 'question') {
      const changed = panelMessage.view.questionId !== shownId;
      shownId = panelMessage.view.questionId;
      if (changed) hide();
      // Asked on every show: the extension answers only for an exercise.
      post({ type: 'exerciseWanted', questionId: shownId });
      if (!changed && exercise) show(exercise);
      return;
    }
    // Anything else the panel shows in place of a question (done for today, a mock interview) ends the exercise there,
    // so its keys (Ctrl+Enter runs) never act on another layout.
    if (panelMessage?.type === 'done' || panelMessage?.type === 'interview' || panelMessage?.type === 'interviewSummary') {
      shownId = '';
      hide();
      return;
    }
    if (panelMessage?.type === 'reveal') parts.solution.hidden = true;
    const message = parseToExercise(event.data);
    if (!message) return;
    switch (message.type) {
      case 'exercise':
        show(message.view);
        return;
      case 'exerciseRunning':
        if (message.questionId !== exercise?.questionId) return;
        clearResult();
        parts.run.disabled = true;
        parts.status.textContent = 'Running…';
        return;
      case 'exerciseResult':
        showResult(message.view);
        return;
    }
  });
}
