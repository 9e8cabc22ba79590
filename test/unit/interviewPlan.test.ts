import * as assert from 'node:assert/strict';
import { planInterview, type InterviewPlan, type PlanOptions, type PlanQuestion } from '../../src/core/plan/interviewPlan';
import { DAY, HOUR, localDay } from '../../src/core/practice/calendar';
import { createScheduler, type CardState } from '../../src/core/practice/scheduler';
import { seededRandom } from '../support/seededRandom';

const scheduler = createScheduler({ desiredRetention: 0.9 });
/** Local times, so the tests read the same in every time zone; June has no daylight-saving change. */
const now = new Date(2026, 5, 10, 20, 30);
const nineAm = (daysAhead: number, from: Date = now) => new Date(from.getFullYear(), from.getMonth(), from.getDate() + daysAhead, 9);

/** A card graded Good `reviews` times, a few days apart, the last one `lastDaysAgo` days before now. */
function studied(reviews: number, lastDaysAgo: number, random: () => number): CardState {
  let time = now.getTime() - lastDaysAgo * DAY;
  const times = [time];
  for (let i = 1; i < reviews; i++) times.unshift((time -= Math.floor(1 + random() * 6) * DAY));
  let card: CardState | undefined;
  for (const at of times) card = scheduler.next(card, 3, at);
  return card as CardState;
}

function mixedBank(seed: number, seen: number, fresh: number): PlanQuestion[] {
  const random = seededRandom(seed);
  const questions: PlanQuestion[] = [];
  for (let i = 0; i < seen; i++) questions.push({ id: `seen-${i}`, card: studied(1 + Math.floor(random() * 5), Math.floor(random() * 30), random), suspended: false });
  for (let i = 0; i < fresh; i++) questions.push({ id: `new-${i}`, card: undefined, suspended: false });
  return questions;
}

function options(interviewAt: Date, overrides: Partial<PlanOptions> = {}): PlanOptions {
  return { now, interviewAt, targetRecall: 0.9, dailyCap: 20, scheduler, reviewedToday: new Set(), ...overrides };
}

/** Grades Good every planned review (today at `at`, later days at 09:00); returns the cards after the plan. */
function follow(questions: readonly PlanQuestion[], plan: InterviewPlan, at: Date): Map<string, CardState | undefined> {
  const cards = new Map(questions.map((question) => [question.id, question.card]));
  plan.days.forEach((day, index) => {
    const time = index === 0 ? at.getTime() : nineAm(index, at).getTime();
    assert.equal(day.day, localDay(time));
    for (const id of day.questionIds) cards.set(id, scheduler.next(cards.get(id), 3, time));
  });
  return cards;
}

const recallAt = (card: CardState | undefined, at: Date) => (card === undefined ? 0 : scheduler.retrievability(card, at));

describe('interview plan', () => {
  const interviewAt = nineAm(7);

  it('forecasts recall at the interview as FSRS retrievability at that time, 0 for a new question', () => {
    const questions = mixedBank(1, 25, 5);
    const plan = planInterview(questions, options(interviewAt));
    const cards = follow(questions, plan, now);
    assert.equal(plan.forecast.size, questions.length);
    for (const question of questions) {
      const forecast = plan.forecast.get(question.id);
      assert.equal(forecast?.withoutStudy, question.card === undefined ? 0 : scheduler.retrievability(question.card, interviewAt));
      assert.equal(forecast?.withPlan, recallAt(cards.get(question.id), interviewAt));
    }
    assert.ok([...plan.forecast.values()].some((forecast) => forecast.withoutStudy > 0 && forecast.withoutStudy < 0.9), 'some studied questions are at risk');
  });

  it('brings every question to the target by the interview when the plan is followed', () => {
    const questions = mixedBank(2, 60, 15);
    const plan = planInterview(questions, options(interviewAt));
    assert.deepEqual(plan.infeasible, []);
    assert.deepEqual(plan.days.map((day) => day.day), [0, 1, 2, 3, 4, 5, 6].map((offset) => localDay(nineAm(offset))));
    assert.deepEqual(plan.today, plan.days[0]?.questionIds);
    const cards = follow(questions, plan, now);
    for (const question of questions) assert.ok(recallAt(cards.get(question.id), interviewAt) >= 0.9, `${question.id} reaches the target`);
    // A new question is introduced early: today, as the cap leaves room.
    for (let i = 0; i < 15; i++) assert.ok(plan.today.includes(`new-${i}`));
    // A studied question's one review is as late as it can be: a day later (with room) it would miss the target.
    const lastIndex = plan.days.length - 1;
    for (const question of questions.filter((each) => each.card !== undefined)) {
      const on = plan.days.flatMap((day, index) => (day.questionIds.includes(question.id) ? [index] : []));
      if (on.length !== 1 || on[0] === lastIndex) continue;
      if ((plan.days[(on[0] as number) + 1]?.questionIds.length ?? 0) >= 20) continue; // the next day was full
      const later = scheduler.next(question.card, 3, nineAm((on[0] as number) + 1).getTime());
      assert.ok(recallAt(later, interviewAt) < 0.9, `${question.id} could wait past day ${on[0]}`);
    }
    // A question already safe is not reviewed.
    const safe = questions.filter((question) => (plan.forecast.get(question.id)?.withoutStudy ?? 0) >= 0.9).map((question) => question.id);
    assert.ok(safe.length > 0);
    for (const day of plan.days) for (const id of safe) assert.ok(!day.questionIds.includes(id));
  });

  it('names the questions that cannot reach the target and never exceeds the daily cap', () => {
    const questions = mixedBank(3, 0, 40);
    const plan = planInterview(questions, options(nineAm(2), { dailyCap: 10 }));
    assert.equal(plan.days.length, 2);
    for (const day of plan.days) assert.ok(day.questionIds.length <= 10, `${day.day} has ${day.questionIds.length}`);
    const cards = follow(questions, plan, now);
    const below = questions.filter((question) => recallAt(cards.get(question.id), nineAm(2)) < 0.9).map((question) => question.id);
    assert.deepEqual(plan.infeasible, below);
    assert.equal(plan.infeasible.length, 20);
    assert.ok(plan.infeasible.includes('new-39'));
  });

  it('keeps every day under the cap when studied questions compete for the same days', () => {
    const questions = mixedBank(4, 200, 50);
    const plan = planInterview(questions, options(interviewAt, { dailyCap: 12 }));
    for (const day of plan.days) assert.ok(day.questionIds.length <= 12, `${day.day} has ${day.questionIds.length}`);
    assert.ok(plan.days.some((day) => day.questionIds.length === 12), 'the cap binds');
    const cards = follow(questions, plan, now);
    for (const question of questions) {
      const reached = recallAt(cards.get(question.id), interviewAt) >= 0.9;
      assert.equal(plan.infeasible.includes(question.id), !reached, question.id);
    }
  });

  it('moves the reviews of a skipped day into the remaining days', () => {
    const questions = mixedBank(5, 60, 10);
    const first = planInterview(questions, options(interviewAt));
    assert.ok(first.today.length > 0);
    const tomorrow = new Date(now.getTime() + DAY);
    const second = planInterview(questions, options(interviewAt, { now: tomorrow }));
    assert.equal(second.days.length, first.days.length - 1);
    assert.equal(second.days[0]?.day, first.days[1]?.day);
    const planned = new Set(second.days.flatMap((day) => day.questionIds));
    for (const id of first.today) assert.ok(planned.has(id), `${id}, missed yesterday, is planned again`);
    assert.deepEqual(second.infeasible, []);
    const cards = follow(questions, second, tomorrow);
    for (const question of questions) assert.ok(recallAt(cards.get(question.id), interviewAt) >= 0.9, `${question.id} reaches the target`);
  });

  it('leaves out of today what was graded today', () => {
    const questions = mixedBank(6, 40, 5);
    const plan = planInterview(questions, options(interviewAt));
    const graded = new Set(plan.today.slice(0, 3));
    const again = planInterview(questions, options(interviewAt, { reviewedToday: graded }));
    for (const id of graded) assert.ok(!again.today.includes(id));
    assert.ok(again.today.length > 0);
  });

  it('ignores suspended questions', () => {
    const questions = [...mixedBank(7, 10, 2), { id: 'parked', card: undefined, suspended: true }];
    const plan = planInterview(questions, options(interviewAt));
    assert.ok(!plan.forecast.has('parked'));
    assert.ok(!plan.days.some((day) => day.questionIds.includes('parked')));
  });

  it('charts mean recall from today to the interview day, higher with the plan', () => {
    const questions = mixedBank(8, 30, 5);
    const plan = planInterview(questions, options(interviewAt));
    assert.deepEqual(plan.recallByDay.map((point) => point.day), [0, 1, 2, 3, 4, 5, 6, 7].map((offset) => localDay(nineAm(offset))));
    const mean = (recall: (question: PlanQuestion) => number) => questions.reduce((sum, question) => sum + recall(question), 0) / questions.length;
    assert.equal(plan.recallByDay[3]?.withoutStudy, mean((question) => recallAt(question.card, nineAm(3))));
    const last = plan.recallByDay.at(-1);
    assert.equal(last?.withPlan, mean((question) => plan.forecast.get(question.id)?.withPlan ?? 0));
    assert.ok((last?.withPlan ?? 0) >= 0.9 && (last?.withoutStudy ?? 1) < (last?.withPlan ?? 0));
  });

  it('refuses a target outside (0, 1) and a cap below one review', () => {
    for (const bad of [{ targetRecall: 0 }, { targetRecall: 1 }, { dailyCap: 0 }, { dailyCap: 2.5 }]) {
      assert.throws(() => planInterview(mixedBank(10, 2, 1), options(interviewAt, bad)), RangeError);
    }
  });

  it('plans nothing once the interview has started, or when it is later today', () => {
    const questions = mixedBank(9, 10, 3);
    for (const at of [new Date(now.getTime() - DAY), now, new Date(now.getTime() + HOUR)]) {
      const plan = planInterview(questions, options(at));
      assert.deepEqual(plan.days, []);
      assert.deepEqual(plan.today, []);
      if (at <= now) assert.deepEqual(plan.infeasible, []);
      assert.equal(plan.forecast.size, questions.length);
    }
  });
});
