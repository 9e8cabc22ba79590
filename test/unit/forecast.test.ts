import * as assert from 'node:assert/strict';
import { parsePack } from '../../src/core/pack/parsePack';
import { QuestionBank } from '../../src/core/pack/questionBank';
import type { InterviewPlan } from '../../src/core/plan/interviewPlan';
import { forecastModel } from '../../src/core/stats/forecast';
import { forecastSection } from '../../src/stats/forecastHtml';

const question = (title: string, id: string): string => `## ${title}\n\nid: ${id}\n\n### Answer\n\nAn answer.\n`;
const bank = new QuestionBank([parsePack('p.md', ['# <b>Nets</b>\n\nid: net\n', question('DNS?', 'net.dns'), question('TCP?', 'net.tcp'), '# Data\n\nid: db\n', question('Index?', 'db.index')].join('\n'))]);

const plan: InterviewPlan = {
  days: [{ day: '2026-12-08', questionIds: ['net.dns', 'db.index'] }, { day: '2026-12-09', questionIds: ['net.tcp'] }],
  today: ['net.dns', 'db.index'],
  infeasible: ['db.index'],
  forecast: new Map([
    ['net.dns', { withoutStudy: 0.5, withPlan: 0.95 }],
    ['net.tcp', { withoutStudy: 0.7, withPlan: 0.91 }],
    ['db.index', { withoutStudy: 0, withPlan: 0.6 }],
  ]),
  recallByDay: [
    { day: '2026-12-08', withoutStudy: 0.5, withPlan: 0.6 },
    { day: '2026-12-09', withoutStudy: 0.45, withPlan: 0.8 },
    { day: '2026-12-10', withoutStudy: 0.4, withPlan: 0.82 },
  ],
};

describe('interview forecast on the statistics page', () => {
  it('averages expected recall overall and per topic, and names what cannot reach the target', () => {
    const model = forecastModel(bank, plan, '2026-12-10', 0.9);
    const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);
    close(model.overall.withoutStudy, 0.4);
    close(model.overall.withPlan, 0.82);
    assert.deepEqual(model.topics.map((topic) => [topic.title, topic.questions]), [['<b>Nets</b>', 2], ['Data', 1]]);
    close(model.topics[0]?.withPlan ?? 0, 0.93);
    assert.deepEqual(model.reviewsByDay, [{ day: '2026-12-08', count: 2 }, { day: '2026-12-09', count: 1 }]);
    assert.deepEqual(model.infeasible, ['Index?']);
  });

  it('draws the chart and the table, folds the list of questions out of reach, and escapes titles', () => {
    const html = forecastSection(forecastModel(bank, plan, '2026-12-10', 0.9));
    assert.match(html, /<svg class="forecast" id="forecast-chart"/);
    assert.match(html, /<polyline class="plan-with" points="0,48 300,24 600,22"\/>/);
    assert.match(html, /<details id="forecast-infeasible"><summary>1 question cannot reach 90% in time/);
    assert.match(html, /<th scope="row">&lt;b&gt;Nets&lt;\/b&gt;<\/th><td class="num">60%<\/td><td class="num">93%<\/td>/);
    assert.ok(!html.includes('<b>Nets'), 'no raw markup from a topic title');
  });
});
