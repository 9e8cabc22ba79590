// 4. Picker: one smart-random choice over the 10,000-question bank with the practice state of the
//    100,000-review log, as QuestionChooser (src/study) makes it: PracticeState.pickWeights over the
//    bank's question list, then pickWeighted (the target). The clock moves on 30 s per pick, a brisk learner's pace, so weights that change
//    with time (a card falling due, a day passing) are recomputed as they would be in use. For
//    comparison: the first pick after loading (nothing kept yet), PracticeState.pickWeight per
//    question (a lookup each), a candidate object per question, a progress() per question, and the
//    weighted pick alone over ready candidates.
import { benchLogText, benchQuestions, core } from '../lib/fixtures.mjs';
import { median, row, settle, time, writeRows } from '../lib/measure.mjs';

const { pickQuestion, pickWeighted, seededRandom } = await core('picking/pickQuestion');
const { PracticeState } = await core('practice/practiceState');
const { parseLogText } = await core('practice/logParser');
const { createScheduler, DEFAULT_DESIRED_RETENTION } = await core('practice/scheduler');

const questions = await benchQuestions();
const { entries } = parseLogText(await benchLogText());
const state = PracticeState.replay(entries, createScheduler({ desiredRetention: DEFAULT_DESIRED_RETENTION }));
const start = Date.parse(entries.at(-1).t) + 86_400_000;
let clock = start;
const PICK_EVERY_MS = 30_000;
const random = seededRandom(99);
let lastId;

// As QuestionChooser (src/study) builds candidates today: a full progress object per question.
const viaProgress = () => {
  const now = new Date(clock);
  return questions.map((question) => {
    const progress = state.progress(question.id, now);
    return { id: question.id, topicId: question.topicId, tags: question.tags, status: progress.status, retrievability: progress.retrievability, lapses: progress.lapses };
  });
};
// The core's own path: PracticeState.candidate per question.
const viaCandidate = () => {
  const now = new Date(clock);
  return questions.map((question) => state.candidate(question, now));
};
const pick = (candidates) => {
  const picked = pickQuestion(candidates, { random, lastId });
  lastId = picked?.id;
};
const ready = viaCandidate();
// The fast path: a weight per question straight from the state, no candidate objects.
const chooseAt = (target) => {
  const weights = target.pickWeights(questions, new Date(clock));
  const picked = pickWeighted(questions, (_, index) => weights[index], { random, lastId });
  lastId = picked?.id;
};
const chooseByLookup = () => {
  const now = new Date(clock);
  const picked = pickWeighted(questions, (question) => state.pickWeight(question.id, now), { random, lastId });
  lastId = picked?.id;
};
const choose = () => {
  clock += PICK_EVERY_MS;
  chooseAt(state);
};
const chooseViaCandidates = () => pick(viaCandidate());
const chooseViaProgress = () => pick(viaProgress());
const pickOnly = () => pick(ready);

const REPETITIONS = 200;
const samples = { choose: [], lookup: [], candidates: [], progress: [], pick: [], first: [] };
for (let i = 0; i < 20; i++) {
  choose();
  chooseByLookup();
  chooseViaCandidates();
  chooseViaProgress();
  pickOnly();
}
settle();
for (let i = 0; i < REPETITIONS; i++) {
  samples.choose.push(await time(choose));
  samples.pick.push(await time(pickOnly));
  if (i % 4 === 1) samples.lookup.push(await time(chooseByLookup));
  if (i % 4 === 0) samples.candidates.push(await time(chooseViaCandidates));
  if (i % 4 === 2) samples.progress.push(await time(chooseViaProgress));
}
// A state fresh from the log, nothing kept yet: what the first pick after start-up costs.
for (let i = 0; i < 7; i++) {
  const fresh = PracticeState.replay(entries, state.scheduler);
  samples.first.push(await time(() => chooseAt(fresh)));
}
const withHistory = state.questionIds().length;
await writeRows([
  row({
    id: 'picker.choose',
    name: `Pick a question: ${questions.length.toLocaleString('en')} questions, ${withHistory.toLocaleString('en')} with history`,
    value: median(samples.choose),
    unit: 'ms',
    target: 1,
    kind: 'max',
    note: `PracticeState.pickWeights + pickWeighted; the clock moves ${PICK_EVERY_MS / 1000} s per pick`,
  }),
  row({ id: 'picker.first', name: 'Same, the first pick after loading (no weight kept yet)', value: median(samples.first), unit: 'ms', kind: 'info' }),
  row({ id: 'picker.byLookup', name: 'Same, PracticeState.pickWeight per question (a lookup each)', value: median(samples.lookup), unit: 'ms', kind: 'info' }),
  row({ id: 'picker.viaCandidates', name: 'Same, a PracticeState.candidate per question + pickQuestion', value: median(samples.candidates), unit: 'ms', kind: 'info' }),
  row({ id: 'picker.viaProgress', name: 'Same, candidates built from progress()', value: median(samples.progress), unit: 'ms', kind: 'info' }),
  row({ id: 'picker.pickOnly', name: 'Weighted pick alone (candidates ready)', value: median(samples.pick), unit: 'ms', kind: 'info' }),
]);
