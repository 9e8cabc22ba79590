import { escapeHtml } from '../core/render/renderMarkdown';
import type { InterviewHistory } from '../core/stats/interviewHistory';

const WIDTH = 300;
const HEIGHT = 60;

/** "Mock interviews": the score trend as a line (0-100) and the latest interviews as a table. */
export function interviewHistorySection(history: InterviewHistory): string {
  const { scores, change } = history;
  const step = scores.length > 1 ? WIDTH / (scores.length - 1) : 0;
  const points = scores.map((score, index) => `${Math.round(index * step)},${Math.round(HEIGHT - (score / 100) * HEIGHT)}`).join(' ');
  const chart =
    scores.length > 1
      ? `<svg class="trend" id="mock-trend" viewBox="-4 -4 ${WIDTH + 8} ${HEIGHT + 8}" role="img" aria-label="Mock interview scores, oldest to latest: ${scores.join(', ')}"><polyline class="trend-line" points="${points}"/></svg>`
      : '';
  const last = scores.at(-1) ?? 0;
  const trend = change === undefined ? '' : change === 0 ? ', the same as the one before' : `, ${Math.abs(change)} points ${change > 0 ? 'up on' : 'down on'} the one before`;
  const rows = history.recent
    .map((row) => `<tr><td>${escapeHtml(row.day)}</td><td class="num">${row.questions} question${row.questions === 1 ? '' : 's'}</td><td class="num">${row.score}${row.endedEarly ? ' (ended early)' : ''}</td></tr>`)
    .join('\n');
  return `<section aria-labelledby="mock-title" id="mock-interviews">
<h2 id="mock-title">Mock interviews</h2>
<p>Latest score: <strong id="mock-last">${last} of 100</strong>${escapeHtml(trend)}.</p>
${chart}
<table id="mock-table"><caption>Latest mock interviews</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Questions</th><th scope="col">Score</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}
