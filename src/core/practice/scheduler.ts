import { DAY, HOUR, MINUTE } from './calendar';
import { Fsrs } from './fsrs';
import { GRADES, type Grade } from './grade';

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
  /** The card after grading it at `now` (epoch ms); `undefined` stands for a new question. */
  next(card: CardState | undefined, grade: Grade, now: number): CardState;
  /** What each grade would schedule, for button labels such as "Good: 3 d". */
  preview(card: CardState | undefined, now: Date): Readonly<Record<Grade, GradePreview>>;
  /** Estimated probability of recalling the question at `now`, 0..1; 1 for a new question. */
  retrievability(card: CardState | undefined, now: Date): number;
}

export const DEFAULT_DESIRED_RETENTION = 0.9;
export const DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const desiredRetention = options.desiredRetention;
  const maximumIntervalDays = options.maximumIntervalDays ?? DEFAULT_MAXIMUM_INTERVAL_DAYS;
  if (!(desiredRetention > 0 && desiredRetention < 1)) throw new RangeError(`desiredRetention must be in (0, 1), got ${desiredRetention}`);
  if (!Number.isInteger(maximumIntervalDays) || maximumIntervalDays < 1) {
    throw new RangeError(`maximumIntervalDays must be a positive integer, got ${maximumIntervalDays}`);
  }
  // FSRS-6 as ts-fsrs schedules it, without fuzz: the same log must always replay to the same
  // schedule, in every window and in tests (see fsrs.ts for why it is not ts-fsrs itself).
  const fsrs = new Fsrs(desiredRetention, maximumIntervalDays);
  return {
    next: (card, grade, now) => fsrs.next(card, now, grade),
    preview(card, now) {
      const at = now.getTime();
      const entries = GRADES.map((grade) => {
        const due = fsrs.next(card, at, grade).due;
        return [grade, { due: new Date(due), intervalMs: due - at }] as const;
      });
      return Object.fromEntries(entries) as Record<Grade, GradePreview>;
    },
    retrievability: (card, now) => (card === undefined ? 1 : fsrs.retrievability(card, now.getTime())),
  };
}

/** Short label for an interval: "1 m", "10 m", "5 h", "3 d", "4 mo", "1.5 y". */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)} d`;
  if (ms < 365 * DAY) return `${Math.round(ms / (30 * DAY))} mo`;
  return `${Math.round((ms / (365 * DAY)) * 10) / 10} y`;
}
