// 4b. Interview plan: `planInterview` for a realistic bank (500 questions, the practice state of a
//    10,000-review log over them, as the practice suite generates it) to an interview 30 days
//    ahead, daily cap 40, target recall 0.9. Median of 20 plans.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { generateLog } from '../generate/log.mjs';
import { core, workDir } from '../lib/fixtures.mjs';
import { median, row, settle, time, writeRows } from '../lib/measure.mjs';

const { planInterview } = await core('plan/interviewPlan');
const { createScheduler } = await core('practice/scheduler');
const { PracticeStore } = await core('practice/practiceStore');
const { NodeFileAccess } = await core('storage/nodeFileAccess');

const QUESTIONS = 500;
const DAYS = 30;
const DAILY_CAP = 40;
const questions = Array.from({ length: QUESTIONS }, (_, i) => ({ id: `bench/t${i % 25}/q${i}`, hash: `h${i}`, topicId: `bench/t${i % 25}` }));
const text = generateLog({ questions, reviews: 10_000, seed: 17 });
const dir = workDir('plan');
const log = path.join(dir, 'reviews.jsonl');
await fs.writeFile(log, text);
const { state } = await new PracticeStore(new NodeFileAccess(), log, () => new Date()).load();
await fs.rm(dir, { recursive: true, force: true });

const lastReview = new Date(JSON.parse(text.trimEnd().split('\n').at(-1)).t);
const now = new Date(lastReview.getFullYear(), lastReview.getMonth(), lastReview.getDate() + 1, 19);
const interviewAt = new Date(now.getFullYear(), now.getMonth(), now.getDate() + DAYS, 9);
const bank = questions.map(({ id }) => {
  const progress = state.progress(id, now);
  return { id, card: progress.card, suspended: progress.status === 'suspended' };
});
const options = { now, interviewAt, targetRecall: 0.9, dailyCap: DAILY_CAP, scheduler: createScheduler({ desiredRetention: 0.9 }), reviewedToday: new Set() };

let plan;
for (let i = 0; i < 3; i++) plan = planInterview(bank, options);
const samples = [];
for (let i = 0; i < 20; i++) {
  settle();
  samples.push(await time(() => (plan = planInterview(bank, options))));
}
const planned = plan.days.reduce((sum, day) => sum + day.questionIds.length, 0);
const seen = bank.filter((question) => question.card !== undefined).length;
await writeRows([
  row({
    id: 'plan.interview',
    name: `Interview plan: ${QUESTIONS} questions, ${DAYS} days`,
    value: median(samples),
    unit: 'ms',
    target: 50,
    kind: 'max',
    note: `median of ${samples.length}; ${seen} with history, cap ${DAILY_CAP}/day: ${planned} reviews planned, ${plan.infeasible.length} infeasible`,
  }),
]);
