// 2. Rendering one question (its prompt and its answer, as the panel renders them) with our
//    renderer vs markdown-it's own render of the same text with the same options and the same
//    syntax colouring (markdown-it's `highlight` option calling the highlighter we ship), so the
//    floor produces what ours produces. Median over all built-in questions of each question's
//    median time.
import MarkdownIt from 'markdown-it';
import { builtInQuestions, core } from '../lib/fixtures.mjs';
import { median, row, time, writeRows } from '../lib/measure.mjs';

const REPETITIONS = 25;
const WARMUP = 20;
const { renderMarkdown } = await core('render/renderMarkdown');
const { highlightCode } = await core('render/highlighter');
const md = new MarkdownIt({ html: false, linkify: true, highlight: (code, language) => highlightCode(code, language.toLowerCase()) ?? '' });
const questions = await builtInQuestions();
const ours = (q) => renderMarkdown(q.prompt).length + renderMarkdown(q.answer).length;
const floor = (q) => md.render(q.prompt).length + md.render(q.answer).length;

for (let i = 0; i < WARMUP; i++) {
  for (const q of questions) {
    ours(q);
    floor(q);
  }
}
const samples = questions.map(() => ({ ours: [], floor: [] }));
for (let i = 0; i < REPETITIONS; i++) {
  for (const [index, q] of questions.entries()) {
    const first = i % 2 === 0;
    if (first) samples[index].floor.push(await time(() => floor(q)));
    samples[index].ours.push(await time(() => ours(q)));
    if (!first) samples[index].floor.push(await time(() => floor(q)));
  }
}
const perQuestion = samples.map((s) => ({ ours: median(s.ours), floor: median(s.floor) }));
const value = median(perQuestion.map((q) => q.ours));
const floorValue = median(perQuestion.map((q) => q.floor));
const ratio = median(perQuestion.map((q) => q.ours / q.floor));
const slowest = Math.max(...perQuestion.map((q) => q.ours));
await writeRows([
  row({
    id: 'render.ratio',
    name: `Render one question (median of ${questions.length} built-in)`,
    value,
    unit: 'ms',
    floor: floorValue,
    floorName: 'markdown-it render with the same highlighting',
    ratio,
    target: 1.3,
    kind: 'ratio',
    note: 'ratio = median of the per-question ratios',
  }),
  row({ id: 'render.absolute', name: 'Render one question, absolute (median)', value, unit: 'ms', target: 5, kind: 'max', note: `slowest question ${slowest.toFixed(2)} ms` }),
]);
