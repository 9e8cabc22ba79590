import { escapeHtml } from '../core/render/renderMarkdown';
import type { ForecastModel } from '../core/stats/forecast';

const WIDTH = 600;
const HEIGHT = 120;
const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * "Interview on <date>": expected recall on the day without more study and with the plan, per
 * topic, and a chart of expected recall by day (line) over the reviews planned per day (bars). The
 * table says the same for screen readers.
 */
export function forecastSection(forecast: ForecastModel): string {
  const days = forecast.recallByDay;
  const step = days.length > 1 ? WIDTH / (days.length - 1) : WIDTH;
  const maxReviews = Math.max(1, ...forecast.reviewsByDay.map((day) => day.count));
  const y = (recall: number): number => Math.round(HEIGHT - recall * HEIGHT);
  const line = (pick: (day: ForecastModel['recallByDay'][number]) => number): string =>
    days.map((day, index) => `${Math.round(index * step)},${y(pick(day))}`).join(' ');
  const bars = forecast.reviewsByDay
    .map((day, index) => {
      const height = Math.round((day.count / maxReviews) * (HEIGHT / 2));
      return `<rect class="plan-bar" x="${Math.round(index * step) - 4}" y="${HEIGHT - height}" width="8" height="${height}"><title>${escapeHtml(day.day)}: ${day.count} planned</title></rect>`;
    })
    .join('');
  const target = `<line class="plan-target" x1="0" x2="${WIDTH}" y1="${y(forecast.targetRecall)}" y2="${y(forecast.targetRecall)}"><title>Target ${percent(forecast.targetRecall)}</title></line>`;
  const chart = days.length > 0
    ? `<svg class="forecast" id="forecast-chart" viewBox="-6 -6 ${WIDTH + 12} ${HEIGHT + 12}" role="img" aria-label="Expected recall by day until the interview, with the plan and without more study">${bars}${target}<polyline class="plan-without" points="${line((day) => day.withoutStudy)}"/><polyline class="plan-with" points="${line((day) => day.withPlan)}"/></svg>`
    : '';
  const rows = forecast.topics
    .map((topic) => `<tr><th scope="row">${escapeHtml(topic.title)}</th><td class="num">${percent(topic.withoutStudy)}</td><td class="num">${percent(topic.withPlan)}</td></tr>`)
    .join('\n');
  const count = forecast.infeasible.length;
  const infeasible = count === 0
    ? ''
    : `<details id="forecast-infeasible"><summary>${count === 1 ? '1 question cannot' : `${count} questions cannot`} reach ${percent(forecast.targetRecall)} in time within the daily cap (setting <code>interviewCoach.plan.dailyCap</code>)</summary>` +
      `<ul>${forecast.infeasible.map((title) => `<li>${escapeHtml(title)}</li>`).join('')}</ul></details>`;
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  const axis = first && last ? `<p class="legend axis"><span>${escapeHtml(first)}</span><span>${escapeHtml(last)} (interview)</span></p>` : '';
  return `<section aria-labelledby="forecast-title" id="forecast">
<h2 id="forecast-title">Interview on ${escapeHtml(forecast.date)}</h2>
<p>Expected recall on the day: <strong id="forecast-with">${percent(forecast.overall.withPlan)}</strong> if you follow the plan, <span id="forecast-without">${percent(forecast.overall.withoutStudy)}</span> without more study (target ${percent(forecast.targetRecall)}).</p>
${chart}
${axis}
<p class="legend"><span class="swatch plan-with"></span> with the plan <span class="swatch plan-without"></span> without more study <span class="swatch plan-bar"></span> reviews planned per day</p>
${infeasible}
<table id="forecast-table"><caption>Expected recall on the interview day, by topic</caption>
<thead><tr><th scope="col">Topic</th><th scope="col">Without more study</th><th scope="col">With the plan</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}
