import { DAY, MINUTE } from './calendar';
import type { Grade } from './grade';
import type { CardPhase, CardState } from './scheduler';

/**
 * FSRS-6 with short-term steps, exactly as ts-fsrs 5.x schedules it with our settings (default
 * weights, learning steps 1m 10m, relearning step 10m, no fuzz): the same formulas, the same
 * operation order and the same rounding, on plain numbers.
 *
 * Why not ts-fsrs itself: its `next()` builds a scheduler object per call, copies the card
 * several times, converts every time to a Date, reads its weights through a Proxy, and for a card
 * in review computes all four grades to return one. Folding a long review log is that call
 * 100,000 times, so it dominated start-up; it also put 22 KB into the bundle and its module
 * evaluation into activation. test/unit/fsrsParity.test.ts replays random histories through both
 * and requires every field to be identical, so a ts-fsrs upgrade that changes the schedule fails
 * there (ts-fsrs stays a dependency for that test).
 */

/** ts-fsrs `default_w` (FSRS-6), all inside `clipParameters`' ranges, so clipping keeps them. */
export const DEFAULT_WEIGHTS: readonly number[] = Object.freeze([
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
  0.0658, 0.1542,
]);
const LEARNING_STEPS_MINUTES: readonly number[] = [1, 10];
const RELEARNING_STEPS_MINUTES: readonly number[] = [10];
const S_MIN = 1e-3;
const S_MAX = 36500;

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);
const roundTo8 = (value: number): number => Math.round(value * 100000000) / 100000000;
const weight = (index: number): number => DEFAULT_WEIGHTS[index] as number;
/** One entry per grade, indexed by the grade itself (index 0 unused). */
const perGrade = (of: (grade: Grade) => number): readonly number[] => [NaN, of(1), of(2), of(3), of(4)];

/**
 * The per-review work is a handful of Math.pow and Math.exp calls; everything that depends only on
 * the weights and settings is computed once here (the same expressions, so the same numbers), and
 * results are passed as numbers rather than objects: replay calls `next` for every review.
 */
export class Fsrs {
  private readonly decay = -weight(20);
  private readonly factor: number;
  private readonly intervalModifier: number;
  /** A new card's memory after its first grade (`init_difficulty`, `init_stability`). */
  private readonly initialDifficulty = perGrade((g) => clamp(initDifficulty(g), 1, 10));
  private readonly initialStability = perGrade((g) => Math.max(weight(g - 1), 0.1));
  /** `next_difficulty`: the linear damping's step, and the mean reversion towards the initial Easy difficulty. */
  private readonly difficultyDelta = perGrade((g) => -weight(6) * (g - 3));
  private readonly reversionTarget = weight(7) * initDifficulty(4);
  /** Same-day stability factor `exp(w17 (g - 3 + w18))` of `next_short_term_stability`. */
  private readonly shortTermFactor = perGrade((g) => Math.exp(weight(17) * (g - 3 + weight(18))));
  /** `next_forget_stability`'s short-term minimum is s divided by this. */
  private readonly forgetMinimumDivisor = Math.exp(weight(17) * weight(18));
  private readonly expW8 = Math.exp(weight(8));

  constructor(
    requestRetention: number,
    private readonly maximumInterval: number,
  ) {
    // computeDecayFactor and calculate_interval_modifier.
    this.factor = roundTo8(Math.exp(Math.pow(this.decay, -1) * Math.log(0.9)) - 1);
    this.intervalModifier = roundTo8((Math.pow(requestRetention, 1 / this.decay) - 1) / this.factor);
  }

  /** `forgetting_curve`: probability of recall after `elapsedDays` at `stability`. */
  forgettingCurve(elapsedDays: number, stability: number): number {
    return roundTo8(Math.pow(1 + (this.factor * elapsedDays) / stability, this.decay));
  }

  /** `get_retrievability(card, now, false)` (a new card has none: callers use 1): whole days since the last review. */
  retrievability(card: CardState, now: number): number {
    const days = Math.max(Math.floor((now - card.lastReview) / DAY), 0);
    return this.forgettingCurve(days, roundedStability(card.stability));
  }

  /** `fsrs.next(card, now, grade).card`; `undefined` is a new card. Throws, as ts-fsrs does, for a `now` before the last review. */
  next(card: CardState | undefined, now: number, grade: Grade): CardState {
    if (card === undefined) {
      // newState: the initial memory, then the learning steps from step 0.
      const stability = this.initialStability[grade] as number;
      return this.applySteps(undefined, 0, now, grade, 'learning', stability, this.initialDifficulty[grade] as number, 1, 0, 0);
    }
    // AbstractScheduler.init: calendar days (UTC) since the last review, one more repetition.
    const t = Math.floor(now / DAY) - Math.floor(card.lastReview / DAY);
    const d = card.difficulty;
    const s = card.stability;
    // next_state's checks; a memory of 0 and 0 counts as none (the initial memory).
    if (t < 0) throw new RangeError(`Invalid delta_t "${t}": the review is before the previous one`);
    if (!(d === 0 && s === 0) && (d < 1 || s < S_MIN)) throw new RangeError(`Invalid memory state { difficulty: ${d}, stability: ${s} }`);
    if (card.phase === 'review') return this.reviewNext(card, now, grade, t);
    // learningState: one memory update, then the (re)learning steps. Only an update after a day or more uses the recall probability.
    const r = t === 0 ? 1 : this.forgettingCurve(t, s);
    const stability = this.stabilityAfter(d, s, t, grade, r, grade === 1 && t > 0 ? 0 : this.stabilityBase(d, s, t, r));
    const difficulty = this.difficultyAfter(d, s, grade);
    return this.applySteps(card.phase, card.learningSteps, now, grade, card.phase, stability, difficulty, card.reps + 1, card.lapses, t);
  }

  private reviewNext(card: CardState, now: number, grade: Grade, t: number): CardState {
    const d = card.difficulty;
    const s = card.stability;
    const r = this.forgettingCurve(t, s);
    const reps = card.reps + 1;
    if (grade === 1) {
      const stability = this.stabilityAfter(d, s, t, 1, r, t > 0 ? 0 : this.stabilityBase(d, s, t, r));
      return this.applySteps('review', card.learningSteps, now, 1, 'relearning', stability, this.difficultyAfter(d, s, 1), reps, card.lapses + 1, t);
    }
    // next_interval: Hard <= Good < Easy, so Hard needs Good's interval and Easy needs both.
    const base = this.stabilityBase(d, s, t, r);
    const hard = this.stabilityAfter(d, s, t, 2, r, base);
    const good = this.stabilityAfter(d, s, t, 3, r, base);
    let hardInterval = this.nextInterval(hard);
    let goodInterval = this.nextInterval(good);
    hardInterval = Math.min(hardInterval, goodInterval);
    goodInterval = Math.max(goodInterval, hardInterval + 1);
    const difficulty = this.difficultyAfter(d, s, grade);
    if (grade === 2) return makeCard('review', now + hardInterval * DAY, hard, difficulty, hardInterval, 0, reps, card.lapses, t, now);
    if (grade === 3) return makeCard('review', now + goodInterval * DAY, good, difficulty, goodInterval, 0, reps, card.lapses, t, now);
    const easy = this.stabilityAfter(d, s, t, 4, r, base);
    const easyInterval = Math.max(this.nextInterval(easy), goodInterval + 1);
    return makeCard('review', now + easyInterval * DAY, easy, difficulty, easyInterval, 0, reps, card.lapses, t, now);
  }

  /** BasicScheduler.applyLearningSteps with BasicLearningStepsStrategy; `from` undefined for a new card. */
  private applySteps(
    from: CardPhase | undefined,
    currentStep: number,
    now: number,
    grade: Grade,
    toPhase: CardPhase,
    stability: number,
    difficulty: number,
    reps: number,
    lapses: number,
    elapsedDays: number,
  ): CardState {
    const current = currentStep || 0;
    const minutes = Math.max(0, this.stepMinutes(from, current, grade));
    // The step the card moves to: back to the first on Again, stays on Hard, the next one on Good.
    const nextStep = Math.max(0, grade === 1 ? 0 : grade === 2 ? current : current + 1);
    if (minutes > 0 && minutes < 1440) return makeCard(toPhase, now + Math.round(minutes) * MINUTE, stability, difficulty, 0, nextStep, reps, lapses, elapsedDays, now);
    if (minutes >= 1440) return makeCard('review', now + Math.round(minutes) * MINUTE, stability, difficulty, Math.floor(minutes / 1440), nextStep, reps, lapses, elapsedDays, now);
    // Graduates: the FSRS interval (days since the last review count for a learning card too).
    const interval = this.nextInterval(stability);
    return makeCard('review', now + interval * DAY, stability, difficulty, interval, 0, reps, lapses, elapsedDays, now);
  }

  /** BasicLearningStepsStrategy: the minutes of the step a grade leads to, or 0 to graduate. */
  private stepMinutes(phase: CardPhase | undefined, current: number, grade: Grade): number {
    const steps = phase === 'relearning' || phase === 'review' ? RELEARNING_STEPS_MINUTES : LEARNING_STEPS_MINUTES;
    if (steps.length === 0 || current >= steps.length) return 0;
    const first = steps[0] as number;
    if (phase === 'review') return grade === 1 ? (steps[Math.max(0, current)] as number) : 0;
    switch (grade) {
      case 1:
        return first;
      case 2:
        return steps.length === 1 ? Math.round(first * 1.5) : Math.round((first + (steps[1] as number)) / 2);
      case 3: {
        const following = steps[current + 1];
        return following ? Math.round(following) : 0;
      }
      default:
        return 0;
    }
  }

  /** `next_interval` without fuzz. */
  private nextInterval(stability: number): number {
    return Math.round(Math.min(Math.max(1, Math.round(stability * this.intervalModifier)), this.maximumInterval));
  }

  /**
   * The part of the stability update that does not depend on the grade, and its costly part: on
   * the day of the last review `s^-w19`, after it `e^w8 (11 - d) s^-w9 (e^((1 - r) w10) - 1)`
   * (Again after a day or more needs none). A card in review needs the update for two or three grades.
   */
  private stabilityBase(d: number, s: number, t: number, r: number): number {
    if (t === 0) return Math.pow(s, -weight(19));
    return this.expW8 * (11 - d) * Math.pow(s, -weight(9)) * (Math.exp((1 - r) * weight(10)) - 1);
  }

  /** `next_state`'s stability after grade `g` at `t` days (checked by the caller): `r` the recall probability, `base` from `stabilityBase`. */
  private stabilityAfter(d: number, s: number, t: number, g: Grade, r: number, base: number): number {
    if (d === 0 && s === 0) return this.initialStability[g] as number;
    if (t === 0) return this.shortTermStability(s, g, base);
    return g === 1 ? this.forgetStability(d, s, r) : this.recallStability(s, g, base);
  }

  /** `next_short_term_stability` */
  private shortTermStability(s: number, g: Grade, base: number): number {
    const sinc = base * (this.shortTermFactor[g] as number);
    const masked = g >= 2 ? Math.max(sinc, 1) : sinc;
    return roundTo8(clamp(s * masked, S_MIN, S_MAX));
  }

  /** `next_forget_stability`, floored by the short-term minimum. */
  private forgetStability(d: number, s: number, r: number): number {
    const afterFail = roundTo8(clamp(weight(11) * Math.pow(d, -weight(12)) * (Math.pow(s + 1, weight(13)) - 1) * Math.exp((1 - r) * weight(14)), S_MIN, S_MAX));
    return clamp(roundTo8(s / this.forgetMinimumDivisor), S_MIN, afterFail);
  }

  /** `next_recall_stability` */
  private recallStability(s: number, g: Grade, base: number): number {
    const hardPenalty = g === 2 ? weight(15) : 1;
    const easyBonus = g === 4 ? weight(16) : 1;
    return roundTo8(clamp(s * (1 + base * hardPenalty * easyBonus), S_MIN, S_MAX));
  }

  /** `next_state`'s difficulty: linear damping, then mean reversion towards the initial Easy difficulty. */
  private difficultyAfter(d: number, s: number, g: Grade): number {
    if (d === 0 && s === 0) return this.initialDifficulty[g] as number;
    const damped = d + roundTo8(((this.difficultyDelta[g] as number) * (10 - d)) / 9);
    return clamp(roundTo8(this.reversionTarget + (1 - weight(7)) * damped), 1, 10);
  }
}

/** `init_difficulty` */
function initDifficulty(g: Grade): number {
  return roundTo8(weight(4) - Math.exp((g - 1) * weight(5)) + 1);
}

/**
 * `+stability.toFixed(8)` without the string round trip: stabilities come out of `roundTo8` (or are
 * constants with fewer decimals), and for such a number below 4e7 the nearest 8-decimal value is
 * itself, so toFixed(8) would give it back. Anything else still goes through toFixed.
 */
function roundedStability(stability: number): number {
  return stability < 4e7 && roundTo8(stability) === stability ? stability : +stability.toFixed(8);
}

/** One object shape for every card (keys in CardState's order), which keeps property access fast. */
function makeCard(
  phase: CardPhase,
  due: number,
  stability: number,
  difficulty: number,
  scheduledDays: number,
  learningSteps: number,
  reps: number,
  lapses: number,
  elapsedDays: number,
  lastReview: number,
): CardState {
  return { phase, due, stability, difficulty, reps, lapses, learningSteps, scheduledDays, elapsedDays, lastReview };
}
