import type { HardQuestion, HeatmapDay, StatsModel, StatusCounts, TopicMastery } from '../core/stats/computeStats';
import { HEATMAP_WEEKS } from '../core/stats/computeStats';
import { webviewDocument } from '../webview/webviewDocument';
import { forecastSection } from './forecastHtml';
import { interviewHistorySection } from './interviewHistoryHtml';
import { escapeHtml } from '../core/render/renderMarkdown';

export interface StatsHtmlOptions {
  readonly nonce: string;
  readonly cspSource: string;
  /** Webview URI of media/stats/stats.css. */
  readonly styleUris: readonly string[];
}

export const EMPTY_STATS_TEXT = 'No reviews yet — open a question and grade yourself.';

/** No script-src at all: the page is static and is re-rendered by the extension. */
export function statsContentSecurityPolicy(cspSource: string, nonce: string): string {
  return ["default-src 'none'", `style-src ${cspSource} 'nonce-${nonce}'`, `img-src ${cspSource}`].join('; ');
}

/** The page shown when the statistics could not be computed. */
export function statsErrorHtml(message: string, options: StatsHtmlOptions): string {
  return page(options, `<h1>Practice statistics</h1>\n<p class="empty" role="alert">Could not compute the statistics: ${escapeHtml(message)}</p>`);
}

/** The statistics page: static HTML and inline SVG, every text escaped, no inline styles, no script. */
export function statsHtml(model: StatsModel, options: StatsHtmlOptions): string {
  const interviewSections = [...(model.forecast ? [forecastSection(model.forecast)] : []), ...(model.interviews ? [interviewHistorySection(model.interviews)] : [])];
  const body = model.hasReviews
    ? [headline(model), ...interviewSections, heatmapSection(model), masterySection(model), hardestSection(model.hardest)]
    : [headline(model), `<p class="empty" id="stats-empty" role="status">${escapeHtml(EMPTY_STATS_TEXT)}</p>`, ...interviewSections, masterySection(model)];
  const header = `<header>\n<h1>Practice statistics</h1>\n<p class="hint">As of ${escapeHtml(model.today)}</p>\n</header>`;
  return page(options, [header, ...body].join('\n'));
}

function page(options: StatsHtmlOptions, content: string): string {
  return webviewDocument({
    title: 'Interview Coach: Statistics',
    contentSecurityPolicy: statsContentSecurityPolicy(options.cspSource, options.nonce),
    nonce: options.nonce,
    styleUris: options.styleUris,
    main: content,
  });
}

function headline(model: StatsModel): string {
  const figures: readonly (readonly [id: string, label: string, value: number])[] = [
    ['stat-due', 'Due today', model.dueToday],
    ['stat-new', 'New today', model.newToday],
    ['stat-reviews-today', 'Reviews today', model.reviewsToday],
    ['stat-streak', 'Streak (days)', model.streak],
    ['stat-total', 'Total reviews', model.totalReviews],
  ];
  const items = figures
    .map(([id, label, value]) => `<div class="figure"><dt>${escapeHtml(label)}</dt><dd id="${id}">${escapeHtml(String(value))}</dd></div>`)
    .join('');
  return `<section aria-labelledby="today-title">
<h2 id="today-title" class="visually-hidden">Today</h2>
<dl class="figures">${items}</dl>
</section>`;
}

// Heatmap geometry, in SVG user units (CSS pixels at the default size).
const CELL = 12;
const STEP = 15;
const LEFT = 30;
const TOP = 16;
const WEEKDAY_LABELS: Readonly<Record<number, string>> = { 0: 'Mon', 2: 'Wed', 4: 'Fri' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 0 for no reviews, else 1..4 by share of the busiest day. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

function reviewsText(count: number): string {
  return `${count} ${count === 1 ? 'review' : 'reviews'}`;
}

function heatmapSection(model: StatsModel): string {
  const width = LEFT + HEATMAP_WEEKS * STEP;
  const height = TOP + 7 * STEP;
  const cells = model.heatmap
    .map((cell, index) => (cell.future ? '' : heatCell(cell, index, model.heatmapMax)))
    .join('');
  const weekdays = Object.entries(WEEKDAY_LABELS)
    .map(([row, label]) => `<text class="label" x="0" y="${TOP + Number(row) * STEP + CELL - 2}">${escapeHtml(label)}</text>`)
    .join('');
  const months = monthLabels(model.heatmap)
    .map(({ column, label }) => `<text class="label" x="${LEFT + column * STEP}" y="${TOP - 5}">${escapeHtml(label)}</text>`)
    .join('');
  const summary = `${reviewsText(model.heatmapReviews)} in the last ${HEATMAP_WEEKS} weeks`;
  const legend = [0, 1, 2, 3, 4]
    .map((level) => `<rect class="cell l${level}" x="${level * STEP}" y="0" width="${CELL}" height="${CELL}" rx="2"></rect>`)
    .join('');
  return `<section aria-labelledby="activity-title">
<h2 id="activity-title">Activity</h2>
<p class="hint" id="heatmap-summary">${escapeHtml(summary)}</p>
<svg class="heatmap" id="heatmap" role="img" aria-labelledby="activity-title heatmap-summary" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${months}${weekdays}${cells}</svg>
<div class="legend" aria-hidden="true"><span class="hint">Less</span><svg width="${4 * STEP + CELL}" height="${CELL}" viewBox="0 0 ${4 * STEP + CELL} ${CELL}">${legend}</svg><span class="hint">More</span></div>
</section>`;
}

function heatCell(cell: HeatmapDay, index: number, max: number): string {
  const x = LEFT + Math.floor(index / 7) * STEP;
  const y = TOP + cell.weekday * STEP;
  const title = `${cell.day}: ${reviewsText(cell.count)}`;
  return `<rect class="cell l${heatLevel(cell.count, max)}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2" data-day="${escapeHtml(cell.day)}" data-count="${cell.count}"><title>${escapeHtml(title)}</title></rect>`;
}

/** A month's short name above the first column whose Monday falls in it (and above column 0). */
function monthLabels(days: readonly HeatmapDay[]): { column: number; label: string }[] {
  const labels: { column: number; label: string }[] = [];
  let previous = '';
  for (let column = 0; column < HEATMAP_WEEKS; column++) {
    const monday = days[column * 7];
    if (!monday) continue;
    const month = monday.day.slice(0, 7);
    if (month !== previous) {
      // Skip a label that would run into the next one (a month starting in column 0's last days).
      const last = labels.at(-1);
      if (last && column - last.column < 2) labels.pop();
      labels.push({ column, label: MONTHS[Number(month.slice(5, 7)) - 1] ?? month });
      previous = month;
    }
  }
  return labels;
}

/** Bar segments, in drawing order: the status counts that make up a topic. */
const SEGMENTS: readonly (readonly [key: string, label: string, count: (counts: StatusCounts) => number])[] = [
  ['mastered', 'Mastered', (c) => c.mastered],
  ['learning', 'Learning / review', (c) => c.learning + c.review],
  ['due', 'Due', (c) => c.due],
  ['new', 'New', (c) => c.new],
  ['suspended', 'Suspended', (c) => c.suspended],
];

function masterySection(model: StatsModel): string {
  if (model.topics.length === 0) {
    return `<section aria-labelledby="mastery-title">
<h2 id="mastery-title">Mastery by topic</h2>
<p class="empty">No questions are loaded.</p>
</section>`;
  }
  const legend = SEGMENTS.map(([key, label]) => `<li><svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect class="seg-${key}" width="10" height="10" rx="2"></rect></svg>${escapeHtml(label)}</li>`).join('');
  const bars = model.topics.map(topicBar).join('\n');
  const header = ['Topic', 'Questions', ...SEGMENTS.map(([, label]) => label)]
    .map((label, index) => `<th scope="col"${index === 0 ? '' : ' class="num"'}>${escapeHtml(label)}</th>`)
    .join('');
  const row = (title: string, counts: StatusCounts, tag: 'td' | 'th' = 'td') =>
    `<tr><th scope="row">${escapeHtml(title)}</th><${tag} class="num">${counts.total}</${tag}>${SEGMENTS.map(([, , count]) => `<${tag} class="num">${count(counts)}</${tag}>`).join('')}</tr>`;
  const rows = model.topics.map((topic) => row(topic.title, topic.counts)).join('\n');
  return `<section aria-labelledby="mastery-title">
<h2 id="mastery-title">Mastery by topic</h2>
<ul class="bar-legend" aria-hidden="true">${legend}</ul>
<div class="bars" aria-hidden="true">
${bars}
</div>
<table id="mastery-table">
<caption>Questions per topic and status</caption>
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>${row('All topics', model.statusCounts)}</tfoot>
</table>
</section>`;
}

function topicBar(topic: TopicMastery): string {
  const { total } = topic.counts;
  let x = 0;
  const rects: string[] = [];
  for (const [key, label, count] of SEGMENTS) {
    const value = count(topic.counts);
    if (value === 0 || total === 0) continue;
    const width = (value / total) * 100;
    rects.push(
      `<rect class="seg-${key}" x="${round(x)}" y="0" width="${round(width)}" height="10"><title>${escapeHtml(`${label}: ${value} of ${total}`)}</title></rect>`,
    );
    x += width;
  }
  if (rects.length === 0) rects.push('<rect class="seg-none" x="0" y="0" width="100" height="10"></rect>');
  const mastered = `${topic.counts.mastered}/${total} mastered`;
  return `<div class="bar-row"><span class="bar-title">${escapeHtml(topic.title)}</span><svg class="bar" width="100%" height="14" viewBox="0 0 100 10" preserveAspectRatio="none">${rects.join('')}</svg><span class="bar-count hint">${escapeHtml(mastered)}</span></div>`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function hardestSection(hardest: readonly HardQuestion[]): string {
  const items = hardest
    .map((question) => {
      const lapses = `${question.lapses} ${question.lapses === 1 ? 'lapse' : 'lapses'}`;
      const recall = `${Math.round(question.retrievability * 100)}% recall now`;
      const detail = [lapses, reviewsText(question.reviews), recall].join(' · ');
      return `<li><span class="hard-title">${escapeHtml(question.title)}</span> <span class="chip">${escapeHtml(question.topicTitle)}</span><div class="hint">${escapeHtml(detail)}</div></li>`;
    })
    .join('\n');
  return `<section aria-labelledby="hardest-title">
<h2 id="hardest-title">Hardest questions</h2>
${hardest.length === 0 ? '<p class="empty">No reviewed questions in the loaded packs.</p>' : `<ol class="hardest" id="hardest">\n${items}\n</ol>`}
</section>`;
}
