import * as assert from 'node:assert/strict';
import type * as TsFsrs from 'ts-fsrs' with { 'resolution-mode': 'import' };
import { DEFAULT_WEIGHTS } from '../../src/core/practice/fsrs';
import type { Grade } from '../../src/core/practice/grade';
import { createScheduler, type CardPhase, type CardState, type SchedulerOptions } from '../../src/core/practice/scheduler';
import { seededRandom } from '../support/seededRandom';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsrsLib = require('ts-fsrs') as typeof TsFsrs;

/** The scheduler as it was written on ts-fsrs itself: the reference our FSRS must match exactly. */
function referenceScheduler(options: Required<SchedulerOptions>) {
  const fsrs = fsrsLib
    .fsrs({ request_retention: options.desiredRetention, maximum_interval: options.maximumIntervalDays, enable_fuzz: false })
    .useStrategy(fsrsLib.StrategyMode.SEED, () => '');
  const phases: Record<number, CardPhase> = { [fsrsLib.State.Learning]: 'learning', [fsrsLib.State.Review]: 'review', [fsrsLib.State.Relearning]: 'relearning' };
  const states: Record<CardPhase, TsFsrs.State> = { learning: fsrsLib.State.Learning, review: fsrsLib.State.Review, relearning: fsrsLib.State.Relearning };
  const toCard = (card: CardState | undefined, now: Date): TsFsrs.Card =>
    card === undefined
      ? fsrsLib.createEmptyCard(now)
      : {
          due: new Date(card.due),
          stability: card.stability,
          difficulty: card.difficulty,
          elapsed_days: card.elapsedDays,
          scheduled_days: card.scheduledDays,
          reps: card.reps,
          lapses: card.lapses,
          learning_steps: card.learningSteps,
          state: states[card.phase],
          last_review: new Date(card.lastReview),
        };
  const fromCard = (card: TsFsrs.Card, now: Date): CardState => ({
    phase: phases[card.state] ?? 'learning',
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    learningSteps: card.learning_steps,
    scheduledDays: card.scheduled_days,
    elapsedDays: card.elapsed_days,
    lastReview: (card.last_review ?? now).getTime(),
  });
  return {
    next: (card: CardState | undefined, grade: Grade, now: Date) => fromCard(fsrs.next(toCard(card, now), now, grade).card, now),
    preview: (card: CardState | undefined, now: Date) => {
      const record = fsrs.repeat(toCard(card, now), now);
      return ([1, 2, 3, 4] as const).map((grade) => record[grade].card.due.getTime());
    },
    retrievability: (card: CardState | undefined, now: Date) => (card === undefined ? 1 : fsrs.get_retrievability(toCard(card, now), now, false)),
  };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('FSRS parity with ts-fsrs', () => {
  it('uses the default FSRS-6 weights of ts-fsrs', () => {
    assert.deepEqual([...DEFAULT_WEIGHTS], [...fsrsLib.fsrs({ enable_fuzz: false }).parameters.w]);
  });

  const settings: Required<SchedulerOptions>[] = [
    { desiredRetention: 0.9, maximumIntervalDays: 36500 },
    { desiredRetention: 0.8, maximumIntervalDays: 36500 },
    { desiredRetention: 0.95, maximumIntervalDays: 180 },
    { desiredRetention: 0.7, maximumIntervalDays: 10 },
  ];
  for (const options of settings) {
    it(`schedules random histories identically (retention ${options.desiredRetention}, max ${options.maximumIntervalDays} d)`, function () {
      this.timeout(20_000);
      const ours = createScheduler(options);
      const reference = referenceScheduler(options);
      const random = seededRandom(Math.round(options.desiredRetention * 1000) + options.maximumIntervalDays);
      let compared = 0;
      for (let history = 0; history < 300; history++) {
        let card: CardState | undefined;
        let now = Date.UTC(2025, 0, 1) + Math.floor(random() * 400 * DAY);
        for (let review = 0; review < 30; review++) {
          const roll = random();
          const grade = (roll < 0.15 ? 1 : roll < 0.3 ? 2 : roll < 0.85 ? 3 : 4) as Grade;
          const at = new Date(now);
          assert.deepStrictEqual(ours.preview(card, at) && Object.values(ours.preview(card, at)).map((p) => p.due.getTime()), reference.preview(card, at));
          assert.equal(ours.retrievability(card, at), reference.retrievability(card, at));
          const expected = reference.next(card, grade, at);
          card = ours.next(card, grade, at.getTime());
          assert.deepStrictEqual(card, expected, `history ${history}, review ${review}`);
          compared++;
          // Sometimes on time, sometimes early, late, within the same minute or months later.
          const gap = random();
          const due = card.due - now;
          now += gap < 0.1 ? 0 : gap < 0.2 ? Math.floor(random() * 20 * MINUTE) : gap < 0.7 ? due : gap < 0.9 ? Math.floor(due * (0.3 + random() * 3)) : Math.floor(random() * 300 * DAY);
        }
      }
      assert.equal(compared, 300 * 30);
    });
  }

  it('schedules odd and boundary card states identically, and refuses the same ones', () => {
    const options = { desiredRetention: 0.9, maximumIntervalDays: 36500 };
    const ours = createScheduler(options);
    const reference = referenceScheduler(options);
    const outcome = (next: () => CardState): CardState | 'throws' => {
      try {
        return next();
      } catch {
        return 'throws';
      }
    };
    const last = Date.UTC(2025, 0, 10, 12);
    let compared = 0;
    for (const phase of ['learning', 'review', 'relearning'] as const) {
      // No memory (0 and 0 counts as a new card's), the smallest valid ones, the largest, ordinary ones, invalid ones.
      for (const [difficulty, stability] of [[0, 0], [1, 0.001], [1.0000001, 3], [10, 36500], [5, 20], [5, 0.5], [0.5, 3], [5, 0.0005]] as const) {
        for (const learningSteps of [0, 1, 2, 5]) {
          // The same minute, later that day, the next day, long after, and before the last review.
          for (const gap of [0, 30 * MINUTE, 11 * 60 * MINUTE + 59 * MINUTE, DAY, 3 * DAY, 400 * DAY, -DAY]) {
            for (const grade of [1, 2, 3, 4] as const) {
              const card: CardState = { phase, due: last + DAY, stability, difficulty, reps: 3, lapses: 1, learningSteps, scheduledDays: 1, elapsedDays: 1, lastReview: last };
              const at = new Date(last + gap);
              const label = JSON.stringify({ phase, difficulty, stability, learningSteps, gap, grade });
              assert.deepStrictEqual(outcome(() => ours.next(card, grade, at.getTime())), outcome(() => reference.next(card, grade, at)), label);
              compared++;
            }
          }
        }
      }
    }
    assert.equal(compared, 3 * 8 * 4 * 7 * 4);
  });
});
