// 4c. Mock interview: `matchKeyPoints` of one 300-word answer against a question's key points, as
//     the panel checks a submitted answer. For each built-in question (data/**/*.md, as the
//     extension loads them) the answer is the first 300 words of its own model answer text, which
//     says many key-point words (the most work for the matcher); median of 20 matches per question
//     after 5 unmeasured ones. The figure is the median over the questions; the note names the slowest.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { core, ROOT } from '../lib/fixtures.mjs';
import { median, row, settle, time, writeRows } from '../lib/measure.mjs';

const { parsePack } = await core('pack/parsePack');
const { interviewMaterial } = await core('interview/interviewMaterial');
const { matchKeyPoints } = await core('interview/matchKeyPoints');

const WORDS = 300;
const files = ['data', 'data/mid-level'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(ROOT, dir, name)),
);
const questions = files.flatMap((file) => parsePack(file, readFileSync(file, 'utf8')).topics.flatMap((topic) => topic.questions));

const perQuestion = [];
for (const question of questions) {
  const { keyPoints } = interviewMaterial(question);
  const words = question.answer.replace(/<!--[\s\S]*?-->/g, ' ').match(/[^\s#*`>|]+/g) ?? [];
  const answer = Array.from({ length: WORDS }, (_, i) => words[i % words.length]).join(' ');
  for (let i = 0; i < 5; i++) matchKeyPoints(keyPoints, answer);
  settle();
  const samples = [];
  for (let i = 0; i < 20; i++) samples.push(await time(() => matchKeyPoints(keyPoints, answer)));
  perQuestion.push({ id: question.id, keyPoints: keyPoints.length, ms: median(samples) });
}
const slowest = perQuestion.reduce((a, b) => (b.ms > a.ms ? b : a));
await writeRows([
  row({
    id: 'interview.match',
    name: `Check a ${WORDS}-word answer against a question's key points`,
    value: median(perQuestion.map((q) => q.ms)),
    unit: 'ms',
    target: 5,
    kind: 'max',
    note: `median over ${perQuestion.length} built-in questions; slowest ${slowest.id} (${slowest.keyPoints} key points) ${slowest.ms.toFixed(2)} ms`,
  }),
]);
