import * as assert from 'node:assert/strict';
import { parsePack } from '../../src/core/pack/parsePack';
import { QuestionBank } from '../../src/core/pack/questionBank';
import type { Grade } from '../../src/core/practice/grade';
import type { LogEntry, ReviewEntry } from '../../src/core/practice/logEntries';
import { replay } from '../support/practiceView';
import { createScheduler } from '../../src/core/practice/scheduler';
import { localDay, previousLocalDay } from '../../src/core/practice/calendar';
import { HEATMAP_DAYS, computeStats, heatmapDays, type StatsModel } from '../../src/core/stats/computeStats';
import { EMPTY_STATS_TEXT, heatLevel, statsErrorHtml, statsHtml } from '../../src/stats/statsHtml';

const scheduler = createScheduler({ desiredRetention: 0.9 });
/** Local dates, so day-based numbers do not depend on the machine's time zone. */
const at = (month: number, date: number, hour = 9, minute = 0) => new Date(2026, month - 1, date, hour, minute);
/** Wednesday 18 March 2026, 12:05 local time. */
const NOW = at(3, 18, 12, 5);

let counter = 0;
const nextRid = () => `r${String(++counter).padStart(6, '0')}`;
const review = (q: string, g: Grade, time: Date): ReviewEntry => ({ v: 1, rid: nextRid(), q, h: 'h1', g, t: time.toISOString() });
const undo = (target: LogEntry, time: Date): LogEntry => ({ v: 1, rid: nextRid(), k: 'undo', r: target.rid, t: time.toISOString() });
const suspend = (q: string, time: Date): LogEntry => ({ v: 1, rid: nextRid(), k: 'suspend', q, t: time.toISOString() });

const question = (title: string, id: string) => `## ${title}\n\nid: ${id}\n\n### Answer\n\nAn answer.\n`;
const PACK = [
  '# Networking\n\nid: net\n',
  question('What does DNS do?', 'net.dns'),
  question('What is TCP?', 'net.tcp'),
  question('What is UDP?', 'net.udp'),
  question('What is HTTP?', 'net.http'),
  '# <img src=x onerror=1> Databases\n\nid: db\n',
  question('What is an index?', 'db.index'),
  question('What is a transaction?', 'db.tx'),
  question('What is a join?', 'db.join'),
  question('What is ACID?', 'db.acid'),
].join('\n');

function bank(): QuestionBank {
  const pack = parsePack('stats.md', PACK);
  assert.deepEqual(pack.problems, []);
  return new QuestionBank([pack]);
}

function history(): LogEntry[] {
  const undone = review('db.tx', 3, at(3, 18, 11));
  return [
    review('gone.q', 3, new Date(2025, 11, 1, 9)), // not in the bank, before the heatmap
    review('net.tcp', 4, at(2, 1)),
    review('net.tcp', 4, at(2, 17)),
    review('net.dns', 4, at(3, 1)),
    review('net.udp', 4, at(3, 1, 10)),
    review('db.index', 4, at(3, 1, 11)),
    review('db.acid', 3, at(3, 10)),
    review('net.udp', 1, at(3, 16)),
    review('net.udp', 3, at(3, 16, 9, 30)),
    review('net.udp', 1, at(3, 17)),
    review('db.index', 1, at(3, 18, 10)),
    undone,
    undo(undone, at(3, 18, 11, 1)),
    review('db.join', 3, at(3, 18, 12)),
    suspend('net.http', at(3, 2)),
  ];
}

function compute(entries: readonly LogEntry[] = history(), now = NOW): StatsModel {
  return computeStats(bank(), replay(entries, scheduler), now);
}

const TOPIC_TITLE = '<img src=x onerror=1> Databases';
const OPTIONS = { nonce: 'n0nce', cspSource: 'https://csp.example', styleUris: ['https://csp.example/media/shared/base.css', 'https://csp.example/media/stats/stats.css'] };

/** The number inside the element with this id. */
function figure(html: string, id: string): number | undefined {
  const match = new RegExp(`id="${id}">(\\d+)<`).exec(html);
  return match ? Number(match[1]) : undefined;
}

describe('computeStats', () => {
  it('counts due, new and reviews today, the streak and the total', () => {
    const model = compute();
    assert.equal(model.today, '2026-03-18');
    assert.equal(model.dueToday, 4, 'net.dns, net.udp, db.index and db.acid have reached their due time');
    assert.equal(model.newToday, 1, 'db.join; the undone db.tx review does not count');
    assert.equal(model.reviewsToday, 2);
    assert.equal(model.streak, 3, '16, 17 and 18 March');
    assert.equal(model.totalReviews, 12, 'every review that is not undone, including a question no longer in the bank');
    assert.equal(model.hasReviews, true);
  });

  it('keeps the streak through today until a day is missed', () => {
    assert.equal(compute(history(), at(3, 19, 20)).streak, 3, 'no review yet today: the streak ends yesterday');
    assert.equal(compute(history(), at(3, 19, 20)).reviewsToday, 0);
    assert.equal(compute(history(), at(3, 20, 8)).streak, 0);
  });

  it('builds 12 Monday-to-Sunday weeks of review counts, oldest first, ending with this week', () => {
    const { heatmap, heatmapReviews, heatmapMax } = compute();
    assert.equal(heatmap.length, HEATMAP_DAYS);
    assert.equal(HEATMAP_DAYS, 84);
    assert.equal(heatmap[0]?.day, '2025-12-29', 'the Monday eleven weeks before Monday 16 March');
    assert.equal(heatmap.at(-1)?.day, '2026-03-22', 'the Sunday of the current week');
    heatmap.forEach((cell, index) => assert.equal(cell.weekday, index % 7));
    const today = heatmap.findIndex((cell) => cell.day === '2026-03-18');
    assert.equal(today, 79, 'column 11, row 2 (Wednesday)');
    assert.deepEqual(heatmap[today], { day: '2026-03-18', count: 2, weekday: 2, future: false });
    assert.equal(heatmap.find((cell) => cell.day === '2026-03-01')?.count, 3);
    assert.equal(heatmap.find((cell) => cell.day === '2026-03-16')?.count, 2);
    assert.equal(heatmap.find((cell) => cell.day === '2026-03-15')?.count, 0);
    assert.deepEqual(
      heatmap.filter((cell) => cell.future).map((cell) => cell.day),
      ['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22'],
    );
    assert.equal(heatmapReviews, 11, 'the December 2025 review lies before the heatmap');
    assert.equal(heatmapMax, 3);
  });

  it('lays out consecutive local days starting on a Monday for every day of the year (DST included)', () => {
    for (let date = 1; date <= 366; date++) {
      const now = new Date(2026, 0, date, 23, 30);
      const days = heatmapDays(new Map([[localDay(now), 5]]), now);
      assert.equal(days.length, 84);
      assert.equal(new Set(days.map((cell) => cell.day)).size, 84, `unique days for ${localDay(now)}`);
      const [year, month, day] = (days[0]?.day ?? '').split('-').map(Number) as [number, number, number];
      assert.equal(new Date(year, month - 1, day).getDay(), 1, `starts on a Monday for ${localDay(now)}`);
      for (let index = 1; index < days.length; index++) {
        assert.equal(previousLocalDay(days[index]?.day ?? ''), days[index - 1]?.day, `consecutive for ${localDay(now)}`);
      }
      const today = days.find((cell) => cell.day === localDay(now));
      assert.equal(today?.count, 5);
      assert.equal(today?.future, false);
      assert.equal(Math.floor(days.indexOf(today!) / 7), 11, 'today is in the last column');
    }
  });

  it('ends the heatmap today when today is a Sunday', () => {
    const { heatmap } = compute(history(), at(3, 22, 18));
    assert.equal(heatmap.at(-1)?.day, '2026-03-22');
    assert.equal(heatmap.some((cell) => cell.future), false);
  });

  it('counts mastery per topic in bank order and overall', () => {
    const model = compute();
    assert.deepEqual(
      model.topics.map((topic) => [topic.topicId, topic.title]),
      [
        ['net', 'Networking'],
        ['db', TOPIC_TITLE],
      ],
    );
    assert.deepEqual(model.topics[0]?.counts, { total: 4, mastered: 1, learning: 0, review: 0, due: 2, new: 0, suspended: 1 });
    assert.deepEqual(model.topics[1]?.counts, { total: 4, mastered: 0, learning: 1, review: 0, due: 2, new: 1, suspended: 0 });
    assert.deepEqual(model.statusCounts, { total: 8, mastered: 1, learning: 1, review: 0, due: 4, new: 1, suspended: 1 });
  });

  it('lists the five hardest reviewed questions: forgotten last time first, then by FSRS difficulty', () => {
    const { hardest } = compute();
    const ids = hardest.map((question) => question.questionId);
    assert.deepEqual(ids.slice(0, 2).sort(), ['db.index', 'net.udp'], 'the two questions last graded Again come first');
    assert.deepEqual(ids.slice(2, 4), ['db.acid', 'db.join'], 'graded Good once: harder than those graded Easy; db.acid, seen longer ago, is likelier forgotten');
    assert.equal(ids.length, 5);
    assert.ok(!ids.includes('net.http') && !ids.includes('db.tx'), 'never-graded questions never appear');
    const state = replay(history(), scheduler);
    const difficulty = (id: string): number => state.card(id)?.difficulty ?? 0;
    assert.ok(difficulty('db.acid') >= difficulty('net.dns') && difficulty('db.acid') >= difficulty('net.tcp'));
    const index = hardest.find((question) => question.questionId === 'db.index');
    assert.deepEqual(
      { title: index?.title, topicTitle: index?.topicTitle, reviews: index?.reviews, status: index?.status },
      { title: 'What is an index?', topicTitle: TOPIC_TITLE, reviews: 2, status: 'due' },
    );
  });

  it('reports an empty state when nothing was reviewed', () => {
    const model = compute([]);
    assert.equal(model.hasReviews, false);
    assert.deepEqual(
      [model.dueToday, model.newToday, model.reviewsToday, model.streak, model.totalReviews, model.heatmapReviews, model.heatmapMax],
      [0, 0, 0, 0, 0, 0, 0],
    );
    assert.equal(model.heatmap.length, 84);
    assert.ok(model.heatmap.every((cell) => cell.count === 0));
    assert.deepEqual(model.hardest, []);
    assert.deepEqual(model.statusCounts, { total: 8, mastered: 0, learning: 0, review: 0, due: 0, new: 8, suspended: 0 });
  });
});

describe('statsHtml', () => {
  it('has a script-free page with a strict CSP and a nonce on the stylesheet', () => {
    const html = statsHtml(compute(), OPTIONS);
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src https://csp.example 'nonce-n0nce'; img-src https://csp.example">`,
      ),
    );
    assert.ok(html.includes('<link rel="stylesheet" nonce="n0nce" href="https://csp.example/media/stats/stats.css">'));
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\sstyle=/i, 'inline style attributes would be blocked by the CSP');
    assert.doesNotMatch(html, /<[^>]*\son[a-z]+=/i, 'no event handler attributes');
  });

  it('shows the headline numbers in the stat-* elements', () => {
    const html = statsHtml(compute(), OPTIONS);
    assert.equal(figure(html, 'stat-due'), 4);
    assert.equal(figure(html, 'stat-new'), 1);
    assert.equal(figure(html, 'stat-reviews-today'), 2);
    assert.equal(figure(html, 'stat-streak'), 3);
    assert.equal(figure(html, 'stat-total'), 12);
  });

  it('draws the heatmap as SVG rects with a level class and a title per past day', () => {
    const html = statsHtml(compute(), OPTIONS);
    const cells = html.match(/<rect class="cell l\d" x="\d+" y="\d+" width="12" height="12" rx="2" data-day=/g) ?? [];
    assert.equal(cells.length, 80, '84 days minus the 4 still to come this week');
    assert.match(html, /data-day="2026-03-18" data-count="2"><title>2026-03-18: 2 reviews<\/title>/);
    assert.match(html, /class="cell l4"[^>]*data-day="2026-03-01"[^>]*><title>2026-03-01: 3 reviews<\/title>/);
    assert.match(html, /class="cell l0"[^>]*data-day="2026-03-15"[^>]*><title>2026-03-15: 0 reviews<\/title>/);
    assert.match(html, /<title>2026-03-17: 1 review<\/title>/);
    assert.doesNotMatch(html, /data-day="2026-03-19"/);
  });

  it('shows mastery bars, the per-topic table and the hardest questions', () => {
    const html = statsHtml(compute(), OPTIONS);
    assert.match(html, /<h2 id="mastery-title">Mastery by topic<\/h2>/);
    assert.match(html, /<table id="mastery-table">/);
    assert.match(html, /<tr><th scope="row">Networking<\/th><td class="num">4<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">2<\/td><td class="num">0<\/td><td class="num">1<\/td><\/tr>/);
    assert.match(html, /<rect class="seg-mastered" x="0" y="0" width="25" height="10"><title>Mastered: 1 of 4<\/title><\/rect>/);
    const hardest = /<ol class="hardest" id="hardest">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const titles = [...hardest.matchAll(/<span class="hard-title">([^<]*)<\/span>/g)].map((match) => match[1]);
    assert.deepEqual(titles.slice(2, 4), ['What is ACID?', 'What is a join?']);
    assert.match(hardest, /2 lapses · 4 reviews · 83% recall now/);
  });

  it('escapes a hostile topic title everywhere it appears', () => {
    const html = statsHtml(compute(), OPTIONS);
    assert.ok(!html.includes('<img'), 'no raw <img');
    assert.ok(html.includes('&lt;img src=x onerror=1&gt; Databases'));
    assert.ok(html.split('&lt;img src=x onerror=1&gt; Databases').length - 1 >= 3, 'bar, table and hardest list');
  });

  it('shows a clear empty state when there are no reviews yet', () => {
    const html = statsHtml(compute([]), OPTIONS);
    assert.ok(html.includes('No reviews yet — open a question and grade yourself'));
    assert.ok(html.includes(EMPTY_STATS_TEXT));
    assert.equal(figure(html, 'stat-total'), 0);
    assert.equal(figure(html, 'stat-due'), 0);
    assert.doesNotMatch(html, /id="heatmap"/);
    assert.doesNotMatch(html, /Hardest questions/);
    assert.match(html, /<table id="mastery-table">/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('escapes the error page message and keeps the same CSP', () => {
    const html = statsErrorHtml('bad <b>thing</b>', OPTIONS);
    assert.ok(html.includes('bad &lt;b&gt;thing&lt;/b&gt;'));
    assert.ok(html.includes(`content="default-src 'none'; style-src https://csp.example 'nonce-n0nce'; img-src https://csp.example"`));
    assert.doesNotMatch(html, /<script/i);
  });

  it('picks heat levels by share of the busiest day', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 8].map((count) => heatLevel(count, 8)), [0, 1, 1, 2, 2, 3, 4]);
    assert.equal(heatLevel(0, 0), 0);
    assert.equal(heatLevel(1, 1), 4);
  });
});
