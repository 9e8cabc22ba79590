import type { InterviewFeedback } from '../../src/panel/interviewProtocol';

/** The answer as typed, as text nodes, with the ranges that matched a key point in <mark>. */
export function highlightedAnswer(text: string, ranges: readonly (readonly [number, number])[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** Fills the comparison: what the user said beside the key points, each covered or missing. */
export function showFeedback(feedback: InterviewFeedback, byId: <T extends HTMLElement>(id: string) => T): void {
  byId('iv-coverage').textContent = feedback.coverage;
  const yours = byId('iv-your-answer');
  if (feedback.answerText.trim()) yours.replaceChildren(...highlightedAnswer(feedback.answerText, feedback.highlights));
  else yours.replaceChildren(Object.assign(document.createElement('em'), { textContent: 'Nothing typed.' }));
  byId('iv-timing').textContent = feedback.timing;
  byId('iv-keypoints').replaceChildren(
    ...feedback.keyPoints.map((point) => {
      const item = document.createElement('li');
      item.className = point.covered ? 'covered' : 'missing';
      const label = document.createElement('span');
      label.className = 'iv-mark';
      label.textContent = point.covered ? 'Covered' : 'Missing';
      const text = document.createElement('span');
      // Rendered by the extension's safe renderer (raw HTML off, safe links only).
      text.innerHTML = point.html;
      item.append(label, ' ', text);
      if (point.matched.length > 0) {
        const words = document.createElement('span');
        words.className = 'hint iv-matched';
        // A missing point may still share a word or two with the answer: not enough to count.
        words.textContent = ` ${point.covered ? 'matched' : 'only matched'}: ${point.matched.join(', ')}`;
        item.append(words);
      }
      return item;
    }),
  );
  byId('iv-model-body').innerHTML = feedback.modelHtml;
  (byId('iv-model') as HTMLDetailsElement).open = feedback.keyPoints.length === 0;
  for (const button of byId('iv-grade-bar').querySelectorAll<HTMLButtonElement>('button[data-iv-grade]')) {
    const grade = Number(button.dataset.ivGrade) as 1 | 2 | 3 | 4;
    button.querySelector('.interval')!.textContent = feedback.intervals[grade];
    button.classList.toggle('suggested', feedback.suggested === grade);
  }
  byId('iv-suggestion').textContent = feedback.suggested ? 'Suggested grade marked:' : 'How well did you answer?';
}
