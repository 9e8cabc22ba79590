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
const MINUTE = 60 * 1e3;
const DAY = 24 * 60 * 60 * 1e3;

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);
const roundTo8 = (value: number): number => Math.round(value * 100000000) / 100000000;

export class Fsrs {
  private readonly w: readonly number[] = DEFAULT_WEIGHTS;
  private readonly decay: number;
  private readonly factor: number;
  private readonly intervalModifier: number;
  private readonly initialEasyDifficulty: number;
  /** Math.exp(w[8]), a factor of every recall stability: the same number, computed once. */
  private readonly expW8: number;

  constructor(
    requestRetention: number,
    private readonly maximumInterval: number,
  ) {
    const w = this.w;
    // computeDecayFactor and calculate_interval_modifier.
    this.decay = -(w[20] as number);
    this.factor = roundTo8(Math.exp(Math.pow(this.decay, -1) * Math.log(0.9)) - 1);
    this.intervalModifier = roundTo8((Math.pow(requestRetention, 1 / this.decay) - 1) / this.factor);
    this.initialEasyDifficulty = this.initDifficulty(4);
    this.expW8 = Math.exp(w[8] as number);
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
      const memory = this.nextState(0, 0, 0, grade, undefined);
      return this.applySteps(undefined, 0, now, grade, 'learning', memory, 1, 0, 0);
    }
    // AbstractScheduler.init: calendar days (UTC) since the last review, one more repetition.
    const t = Math.floor(now / DAY) - Math.floor(card.lastReview / DAY);
    if (card.phase === 'review') return this.reviewNext(card, now, grade, t);
    // learningState: one memory update, then the (re)learning steps.
    const memory = this.nextState(card.difficulty, card.stability, t, grade, undefined);
    return this.applySteps(card.phase, card.learningSteps, now, grade, card.phase, memory, card.reps + 1, card.lapses, t);
  }

  private reviewNext(card: CardState, now: number, grade: Grade, t: number): CardState {
    const r = this.forgettingCurve(t, card.stability);
    const memory = (g: Grade): Memory => this.nextState(card.difficulty, card.stability, t, g, r);
    const reps = card.reps + 1;
    if (grade === 1) return this.applySteps('review', card.learningSteps, now, 1, 'relearning', memory(1), reps, card.lapses + 1, t);
    // next_interval: Hard <= Good < Easy, so Hard needs Good's interval and Easy needs both.
    const hard = memory(2);
    const good = memory(3);
    let hardInterval = this.nextInterval(hard.stability);
    let goodInterval = this.nextInterval(good.stability);
    hardInterval = Math.min(hardInterval, goodInterval);
    goodInterval = Math.max(goodInterval, hardInterval + 1);
    if (grade === 2) return makeCard('review', now + hardInterval * DAY, hard, hardInterval, 0, reps, card.lapses, t, now);
    if (grade === 3) return makeCard('review', now + goodInterval * DAY, good, goodInterval, 0, reps, card.lapses, t, now);
    const easy = memory(4);
    const easyInterval = Math.max(this.nextInterval(easy.stability), goodInterval + 1);
    return makeCard('review', now + easyInterval * DAY, easy, easyInterval, 0, reps, card.lapses, t, now);
  }

  /** BasicScheduler.applyLearningSteps with BasicLearningStepsStrategy; `from` undefined for a new card. */
  private applySteps(
    from: CardPhase | undefined,
    currentStep: number,
    now: number,
    grade: Grade,
    toPhase: CardPhase,
    memory: Memory,
    reps: number,
    lapses: number,
    elapsedDays: number,
  ): CardState {
    const step = this.learningStep(from, currentStep || 0, grade);
    const minutes = Math.max(0, step?.minutes ?? 0);
    const nextStep = Math.max(0, step?.next ?? 0);
    if (minutes > 0 && minutes < 1440) return makeCard(toPhase, now + Math.round(minutes) * MINUTE, memory, 0, nextStep, reps, lapses, elapsedDays, now);
    if (minutes >= 1440) return makeCard('review', now + Math.round(minutes) * MINUTE, memory, Math.floor(minutes / 1440), nextStep, reps, lapses, elapsedDays, now);
    // Graduates: the FSRS interval (days since the last review count for a learning card too).
    const interval = this.nextInterval(memory.stability);
    return makeCard('review', now + interval * DAY, memory, interval, 0, reps, lapses, elapsedDays, now);
  }

  /** BasicLearningStepsStrategy: the step a grade leads to, or undefined to graduate. */
  private learningStep(phase: CardPhase | undefined, current: number, grade: Grade): { minutes: number; next: number } | undefined {
    const steps = phase === 'relearning' || phase === 'review' ? RELEARNING_STEPS_MINUTES : LEARNING_STEPS_MINUTES;
    if (steps.length === 0 || current >= steps.length) return undefined;
    const first = steps[0] as number;
    if (phase === 'review') return grade === 1 ? { minutes: steps[Math.max(0, current)] as number, next: 0 } : undefined;
    switch (grade) {
      case 1:
        return { minutes: first, next: 0 };
      case 2:
        return { minutes: steps.length === 1 ? Math.round(first * 1.5) : Math.round((first + (steps[1] as number)) / 2), next: current };
      case 3: {
        const following = steps[current + 1];
        return following ? { minutes: Math.round(following), next: current + 1 } : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `next_interval` without fuzz. */
  private nextInterval(stability: number): number {
    return Math.round(Math.min(Math.max(1, Math.round(stability * this.intervalModifier)), this.maximumInterval));
  }

  /** `next_state`: the memory after grading at `t` days, `r` the recall probability when known. */
  private nextState(d: number, s: number, t: number, g: Grade, r: number | undefined): Memory {
    if (t < 0) throw new RangeError(`Invalid delta_t "${t}": the review is before the previous one`);
    if (d === 0 && s === 0) return { difficulty: clamp(this.initDifficulty(g), 1, 10), stability: Math.max(this.w[g - 1] as number, 0.1) };
    if (d < 1 || s < S_MIN) throw new RangeError(`Invalid memory state { difficulty: ${d}, stability: ${s} }`);
    const w = this.w as number[];
    const recall = r ?? this.forgettingCurve(t, s);
    let stability: number;
    if (t === 0) {
      // next_short_term_stability
      const sinc = Math.pow(s, -(w[19] as number)) * Math.exp((w[17] as number) * (g - 3 + (w[18] as number)));
      const masked = g >= 2 ? Math.max(sinc, 1) : sinc;
      stability = roundTo8(clamp(s * masked, S_MIN, S_MAX));
    } else if (g === 1) {
      // next_forget_stability, floored by the short-term minimum
      const afterFail = roundTo8(
        clamp(
          (w[11] as number) * Math.pow(d, -(w[12] as number)) * (Math.pow(s + 1, w[13] as number) - 1) * Math.exp((1 - recall) * (w[14] as number)),
          S_MIN,
          S_MAX,
        ),
      );
      const minimum = s / Math.exp((w[17] as number) * (w[18] as number));
      stability = clamp(roundTo8(minimum), S_MIN, afterFail);
    } else {
      // next_recall_stability
      const hardPenalty = g === 2 ? (w[15] as number) : 1;
      const easyBonus = g === 4 ? (w[16] as number) : 1;
      stability = roundTo8(
        clamp(
          s * (1 + this.expW8 * (11 - d) * Math.pow(s, -(w[9] as number)) * (Math.exp((1 - recall) * (w[10] as number)) - 1) * hardPenalty * easyBonus),
          S_MIN,
          S_MAX,
        ),
      );
    }
    // next_difficulty: linear damping, then mean reversion towards the initial Easy difficulty.
    const delta = -(w[6] as number) * (g - 3);
    const damped = d + roundTo8((delta * (10 - d)) / 9);
    const difficulty = clamp(roundTo8((w[7] as number) * this.initialEasyDifficulty + (1 - (w[7] as number)) * damped), 1, 10);
    return { difficulty, stability };
  }

  /** `init_difficulty` */
  private initDifficulty(g: Grade): number {
    return roundTo8((this.w[4] as number) - Math.exp((g - 1) * (this.w[5] as number)) + 1);
  }
}

interface Memory {
  readonly difficulty: number;
  readonly stability: number;
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
  memory: Memory,
  scheduledDays: number,
  learningSteps: number,
  reps: number,
  lapses: number,
  elapsedDays: number,
  lastReview: number,
): CardState {
  return { phase, due, stability: memory.stability, difficulty: memory.difficulty, reps, lapses, learningSteps, scheduledDays, elapsedDays, lastReview };
}
