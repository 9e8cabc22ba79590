// 4. Picker: one smart-random choice over the 10,000-question bank with the practice state of the
//    100,000-review log, as QuestionChooser (src/study) makes it: pickWeighted with
//    PracticeState.pickWeight per question. The clock moves on 30 s per pick, a brisk learner's pace.
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { benchLogText, benchQuestions, core, workDir } from '../lib/fixtures.mjs';
import { median, row, settle, time, writeRows } from '../lib/measure.mjs';

const { pickWeighted, seededRandom } = await core('picking/pickQuestion');
const { PracticeStore } = await core('practice/practiceStore');
const { NodeFileAccess } = await core('storage/nodeFileAccess');

const questions = await benchQuestions();
const dir = workDir('picker');
const log = path.join(dir, 'reviews.jsonl');
const text = await benchLogText();
await fs.writeFile(log, text);
const { state } = await new PracticeStore(new NodeFileAccess(), log, () => new Date()).load();
await fs.rm(dir, { recursive: true, force: true });

const lastLine = JSON.parse(text.trimEnd().split('\n').at(-1));
let clock = Date.parse(lastLine.t) + 86_400_000;
const PICK_EVERY_MS = 30_000;
const random = seededRandom(99);
let lastId;
const choose = () => {
  clock += PICK_EVERY_MS;
  const now = new Date(clock);
  const picked = pickWeighted(questions, (question) => state.pickWeight(question.id, now), { random, lastId });
  lastId = picked?.id;
};

for (let i = 0; i < 20; i++) choose();
settle();
const samples = [];
for (let i = 0; i < 200; i++) samples.push(await time(choose));
await writeRows([
  row({
    id: 'picker.choose',
    name: `Pick a question: ${questions.length.toLocaleString('en')} questions, ${state.questionIds().length.toLocaleString('en')} with history`,
    value: median(samples),
    unit: 'ms',
    target: 1,
    kind: 'max',
    note: `pickWeighted + PracticeState.pickWeight; the clock moves ${PICK_EVERY_MS / 1000} s per pick`,
  }),
]);
