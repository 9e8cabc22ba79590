import type * as TsFsrs from 'ts-fsrs' with { 'resolution-mode': 'import' };
import { GRADES, type Grade } from './grade';

// ts-fsrs is an ES module package with a CommonJS entry; this CommonJS build takes that entry at
// run time (esbuild bundles it the same way) and borrows the shared type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsrsLib = require('ts-fsrs') as typeof TsFsrs;

export type CardPhase = 'learning' | 'review' | 'relearning';

/**
 * FSRS memory state of a question that has been graded at least once (a new question has none).
 * Plain data with times in epoch milliseconds, so it round-trips through JSON unchanged.
 */
export interface CardState {
  readonly phase: CardPhase;
  readonly due: number;
  /** Days until recall probability falls to 90%. */
  readonly stability: number;
  readonly difficulty: number;
  readonly reps: number;
  readonly lapses: number;
  readonly learningSteps: number;
  readonly scheduledDays: number;
  readonly elapsedDays: number;
  readonly lastReview: number;
}

export interface SchedulerOptions {
  /** Target probability of recalling a question when it comes due, in (0, 1); 0.9 is usual. */
  readonly desiredRetention: number;
  /** Interval cap; ts-fsrs lets Good and Easy pass it by a day each so the four buttons stay in order. */
  readonly maximumIntervalDays?: number;
}

export interface GradePreview {
  readonly due: Date;
  readonly intervalMs: number;
}

export interface Scheduler {
  readonly options: Readonly<Required<SchedulerOptions>>;
  /** The card after grading it at `now`; `undefined` stands for a new question. */
  next(card: CardState | undefined, grade: Grade, now: Date): CardState;
  /** What each grade would schedule, for button labels such as "Good: 3 d". */
  preview(card: CardState | undefined, now: Date): Readonly<Record<Grade, GradePreview>>;
  /** Estimated probability of recalling the question at `now`, 0..1; 1 for a new question. */
  retrievability(card: CardState | undefined, now: Date): number;
}

export const DEFAULT_DESIRED_RETENTION = 0.9;
export const DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;

const PHASES: Readonly<Record<number, CardPhase>> = {
  [fsrsLib.State.Learning]: 'learning',
  [fsrsLib.State.Review]: 'review',
  [fsrsLib.State.Relearning]: 'relearning',
};
const STATES: Readonly<Record<CardPhase, TsFsrs.State>> = {
  learning: fsrsLib.State.Learning,
  review: fsrsLib.State.Review,
  relearning: fsrsLib.State.Relearning,
};

export function createScheduler(options: SchedulerOptions): Scheduler {
  const desiredRetention = options.desiredRetention;
  const maximumIntervalDays = options.maximumIntervalDays ?? DEFAULT_MAXIMUM_INTERVAL_DAYS;
  if (!(desiredRetention > 0 && desiredRetention < 1)) throw new RangeError(`desiredRetention must be in (0, 1), got ${desiredRetention}`);
  if (!Number.isInteger(maximumIntervalDays) || maximumIntervalDays < 1) {
    throw new RangeError(`maximumIntervalDays must be a positive integer, got ${maximumIntervalDays}`);
  }
  // No fuzz: the same log must always replay to the same schedule, in every window and in tests.
  const fsrs = fsrsLib
    .fsrs({ request_retention: desiredRetention, maximum_interval: maximumIntervalDays, enable_fuzz: false })
    .useStrategy(fsrsLib.StrategyMode.SEED, () => ''); // the seed only feeds fuzz; skip building it per review
  // Keys in createEmptyCard's order: ts-fsrs copies cards with spreads, and one object shape keeps
  // those fast (a full replay of 100,000 reviews takes half the time).
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
          state: STATES[card.phase],
          last_review: new Date(card.lastReview),
        };

  return {
    options: { desiredRetention, maximumIntervalDays },
    next: (card, grade, now) => fromCard(fsrs.next(toCard(card, now), now, grade).card, now),
    preview(card, now) {
      const record = fsrs.repeat(toCard(card, now), now);
      const entries = GRADES.map((grade) => {
        const due = record[grade].card.due;
        return [grade, { due, intervalMs: due.getTime() - now.getTime() }] as const;
      });
      return Object.fromEntries(entries) as Record<Grade, GradePreview>;
    },
    retrievability: (card, now) => (card === undefined ? 1 : fsrs.get_retrievability(toCard(card, now), now, false)),
  };
}

function fromCard(card: TsFsrs.Card, now: Date): CardState {
  return {
    phase: PHASES[card.state] ?? 'learning',
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    learningSteps: card.learning_steps,
    scheduledDays: card.scheduled_days,
    elapsedDays: card.elapsed_days,
    lastReview: (card.last_review ?? now).getTime(),
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Short label for an interval: "1 m", "10 m", "5 h", "3 d", "4 mo", "1.5 y". */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)} d`;
  if (ms < 365 * DAY) return `${Math.round(ms / (30 * DAY))} mo`;
  return `${Math.round((ms / (365 * DAY)) * 10) / 10} y`;
}
