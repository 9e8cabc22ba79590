// 4. Picker: one Random Question pick as the study flow makes it (core/session `randomStep`: a
//    weighted choice among the due questions and the new ones today's limit allows), with the
//    practice state of the 100,000-review log; over a realistic bank (500 questions) against the
//    target, and over the whole 10,000-question pack for information. The clock moves on 30 s per
//    pick, a brisk learner's pace.
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { benchLogText, benchQuestions, core, workDir } from '../lib/fixtures.mjs';
import { median, row, settle, time, writeRows } from '../lib/measure.mjs';
import { seeded } from '../lib/random.mjs';

const { randomStep } = await core('session/studySession');
const { PracticeStore } = await core('practice/practiceStore');
const { NodeFileAccess } = await core('storage/nodeFileAccess');

const bank = await benchQuestions();
const dir = workDir('picker');
const log = path.join(dir, 'reviews.jsonl');
const text = await benchLogText();
await fs.writeFile(log, text);
const { state } = await new PracticeStore(new NodeFileAccess(), log, () => new Date()).load();
await fs.rm(dir, { recursive: true, force: true });

const lastLine = JSON.parse(text.trimEnd().split('\n').at(-1));
const PICK_EVERY_MS = 30_000;

async function measurePicks(questions) {
  let clock = Date.parse(lastLine.t) + 86_400_000;
  const { next: random } = seeded(99);
  let lastId;
  const choose = () => {
    clock += PICK_EVERY_MS;
    const now = new Date(clock);
    const inputs = { questions, progress: (id) => state.progress(id, now), newToday: state.newToday(now), newLimit: 10, lastId };
    const step = randomStep(inputs, now, random);
    lastId = step.kind === 'question' ? step.question.id : undefined;
  };
  for (let i = 0; i < 20; i++) choose();
  settle();
  const samples = [];
  for (let i = 0; i < 200; i++) samples.push(await time(choose));
  return median(samples);
}

const realistic = bank.slice(0, 500);
const note = `randomStep over the questions' progress; the clock moves ${PICK_EVERY_MS / 1000} s per pick`;
await writeRows([
  row({ id: 'picker.choose', name: `Random Question: ${realistic.length} questions (a large real bank)`, value: await measurePicks(realistic), unit: 'ms', target: 1, kind: 'max', note }),
  row({ id: 'picker.large', name: `Random Question: ${bank.length.toLocaleString('en')} questions, ${state.questionIds().length.toLocaleString('en')} with history`, value: await measurePicks(bank), unit: 'ms', note }),
]);
