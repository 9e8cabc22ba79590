import { localDay, type CardState, type Scheduler } from '../practice';

/**
 * The interview plan: which questions to review on each day until an interview date so that, on
 * the day, every question is at or above a target recall where that is still possible.
 *
 * A pure function of the memory state and the clock, so it adapts by being recomputed: a day the
 * user skips simply leaves its reviews unplanned, and tomorrow's plan places them again.
 *
 * How it plans (greedy, one question at a time; see docs/architecture.md, "The interview plan"):
 * - Recall at a time is `scheduler.retrievability(card, time)`; a new question (no card) has 0.
 * - A planned review is assumed graded Good, at `now` for today and at 09:00 local on later days;
 *   the simulation runs those reviews through `scheduler.next`.
 * - Studied questions go first, the least likely to be recalled first (they get the free slots
 *   when days are full), then new questions in the order given.
 * - A question already at or above the target at the interview needs nothing. Otherwise it gets
 *   one review on the LATEST day with room from which it reaches the target (a review late in the
 *   plan leaves the least time to forget). When no single review is enough, a stepping-stone
 *   review goes where FSRS would want it: a new question on the EARLIEST day with room (so it can
 *   be learned), a studied one on its due day or the latest day with room before it; then the
 *   search repeats from the day after.
 * - No day gets more than `dailyCap` reviews; a question left below the target (no room, or too
 *   little time) is named in `infeasible` and keeps the reviews it got.
 * - Questions graded today (`reviewedToday`) are planned from tomorrow on.
 * - Once the interview has started (`interviewAt <= now`) there is nothing to plan.
 */
export interface PlanQuestion {
  readonly id: string;
  readonly card: CardState | undefined;
  readonly suspended: boolean;
}

export interface PlanOptions {
  /** The current time. */
  readonly now: Date;
  /** When the interview starts (09:00 local time of the chosen date). */
  readonly interviewAt: Date;
  /** Recall wanted at the interview, e.g. 0.9. */
  readonly targetRecall: number;
  /** Most planned reviews on one day (new introductions included), >= 1. */
  readonly dailyCap: number;
  readonly scheduler: Scheduler;
  /** Ids graded already today: today's plan does not list them again. */
  readonly reviewedToday: ReadonlySet<string>;
}

/** `day` is a `localDay` key ('YYYY-MM-DD'). */
export interface PlanDay {
  readonly day: string;
  readonly questionIds: readonly string[];
}

/** Expected recall at the interview. */
export interface QuestionForecast {
  readonly withoutStudy: number;
  readonly withPlan: number;
}

export interface RecallOnDay {
  readonly day: string;
  readonly withoutStudy: number;
  readonly withPlan: number;
}

export interface InterviewPlan {
  /** From today up to the day before the interview, today first; empty when the date is today or past. */
  readonly days: readonly PlanDay[];
  /** `days[0]?.questionIds ?? []` */
  readonly today: readonly string[];
  /** Questions that cannot reach the target recall by the interview within the cap. */
  readonly infeasible: readonly string[];
  /** Every non-suspended question (a new one: withoutStudy 0). */
  readonly forecast: ReadonlyMap<string, QuestionForecast>;
  /** Mean expected recall over the non-suspended questions at 09:00 of each day from today to the interview day (the interview day: at `interviewAt`). */
  readonly recallByDay: readonly RecallOnDay[];
}

/** A planned review: the day's index and the card after it. */
interface PlannedReview {
  readonly index: number;
  readonly card: CardState;
}

/** The local hour the plan assumes for each day's reviews, and for the interview itself. */
export const PLAN_HOUR = 9;

export function planInterview(questions: readonly PlanQuestion[], options: PlanOptions): InterviewPlan {
  const { now, interviewAt, scheduler } = options;
  if (!(options.targetRecall > 0 && options.targetRecall < 1)) throw new RangeError(`targetRecall must be in (0, 1), got ${options.targetRecall}`);
  if (!Number.isInteger(options.dailyCap) || options.dailyCap < 1) throw new RangeError(`dailyCap must be a positive integer, got ${options.dailyCap}`);
  const active = questions.filter((question) => !question.suspended);
  const recallAt = (card: CardState | undefined, time: Date): number => (card === undefined ? 0 : scheduler.retrievability(card, time));
  const withoutStudy = new Map(active.map((question) => [question.id, recallAt(question.card, interviewAt)]));

  if (interviewAt.getTime() <= now.getTime()) {
    const forecast = new Map([...withoutStudy].map(([id, recall]) => [id, { withoutStudy: recall, withPlan: recall }]));
    return { days: [], today: [], infeasible: [], forecast, recallByDay: [] };
  }

  const calendar = planCalendar(now, interviewAt);
  const planner = new DayPlanner(calendar, options);
  const order = [...active].sort((a, b) => rank(a) - rank(b));
  function rank(question: PlanQuestion): number {
    return question.card === undefined ? 2 : (withoutStudy.get(question.id) ?? 0);
  }
  const reviews = new Map<string, readonly PlannedReview[]>();
  const infeasible: string[] = [];
  for (const question of order) {
    const planned = planner.plan(question);
    reviews.set(question.id, planned);
    const last = planned.at(-1)?.card ?? question.card;
    if (recallAt(last, interviewAt) < options.targetRecall) infeasible.push(question.id);
  }

  const forecast = new Map<string, QuestionForecast>();
  for (const question of active) {
    const last = reviews.get(question.id)?.at(-1)?.card ?? question.card;
    forecast.set(question.id, { withoutStudy: withoutStudy.get(question.id) ?? 0, withPlan: recallAt(last, interviewAt) });
  }
  const days = calendar.days.map((day, index) => ({ day, questionIds: planner.idsOn(index) }));
  const inputOrder = new Map(active.map((question, index) => [question.id, index]));
  infeasible.sort((a, b) => (inputOrder.get(a) ?? 0) - (inputOrder.get(b) ?? 0));
  return { days, today: days[0]?.questionIds ?? [], infeasible, forecast, recallByDay: recallByDay(active, reviews, calendar, recallAt) };
}

/** The plan's days (today first, the interview day excluded) and when each day's reviews happen. */
interface PlanCalendar {
  readonly days: readonly string[];
  /** Review time of each day: `now` today, 09:00 local on later days. */
  readonly times: readonly number[];
  /** 09:00 local of each day from today to the day before the interview, then `interviewAt`. */
  readonly chartTimes: readonly Date[];
  readonly chartDays: readonly string[];
  readonly interviewAt: Date;
}

function planCalendar(now: Date, interviewAt: Date): PlanCalendar {
  const interviewDay = localDay(interviewAt);
  const days: string[] = [];
  const times: number[] = [];
  const chartTimes: Date[] = [];
  // Built from calendar fields so a daylight-saving change neither skips nor repeats a day.
  for (let offset = 0; ; offset++) {
    const nineAm = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, PLAN_HOUR);
    const day = localDay(nineAm);
    if (day >= interviewDay) break;
    days.push(day);
    times.push(offset === 0 ? now.getTime() : nineAm.getTime());
    chartTimes.push(nineAm);
  }
  return { days, times, chartTimes: [...chartTimes, interviewAt], chartDays: [...days, interviewDay], interviewAt };
}

/** Places one question's reviews at a time, keeping each day's load under the cap. */
class DayPlanner {
  private readonly load: string[][];
  private readonly indexOfDay: ReadonlyMap<string, number>;

  constructor(
    private readonly calendar: PlanCalendar,
    private readonly options: PlanOptions,
  ) {
    this.load = calendar.days.map(() => []);
    this.indexOfDay = new Map(calendar.days.map((day, index) => [day, index]));
  }

  idsOn(index: number): readonly string[] {
    return this.load[index] ?? [];
  }

  plan(question: PlanQuestion): readonly PlannedReview[] {
    const planned: PlannedReview[] = [];
    let card = question.card;
    let from = this.options.reviewedToday.has(question.id) ? 1 : 0;
    const last = this.calendar.days.length - 1;
    while (from <= last && !this.meetsTarget(card)) {
      // A new question is introduced first, as early as there is room, so it has time to be learned.
      const closing = card === undefined ? undefined : this.latestReviewReachingTarget(card, from);
      const index = closing ?? this.steppingStone(card, from);
      if (index === undefined) break;
      card = this.review(card, index);
      planned.push({ index, card });
      (this.load[index] as string[]).push(question.id);
      if (closing !== undefined) break;
      from = index + 1;
    }
    return planned;
  }

  private meetsTarget(card: CardState | undefined): boolean {
    return card !== undefined && this.options.scheduler.retrievability(card, this.calendar.interviewAt) >= this.options.targetRecall;
  }

  private hasRoom(index: number): boolean {
    return (this.load[index] as string[]).length < this.options.dailyCap;
  }

  private review(card: CardState | undefined, index: number): CardState {
    const time = this.calendar.times[index] as number;
    // A card reviewed "in the future" (another device's clock) cannot be graded before that.
    return this.options.scheduler.next(card, 3, card === undefined ? time : Math.max(time, card.lastReview));
  }

  private latestReviewReachingTarget(card: CardState, from: number): number | undefined {
    for (let index = this.calendar.days.length - 1; index >= from; index--) {
      if (this.hasRoom(index) && this.meetsTarget(this.review(card, index))) return index;
    }
    return undefined;
  }

  /** A new question: the earliest day with room. A studied one: its due day, or the latest day with room before it, or the earliest after it. */
  private steppingStone(card: CardState | undefined, from: number): number | undefined {
    const last = this.calendar.days.length - 1;
    const due = card === undefined ? from : Math.min(Math.max(this.dayIndexOf(card.due), from), last);
    for (let index = due; index >= from; index--) if (this.hasRoom(index)) return index;
    for (let index = due + 1; index <= last; index++) if (this.hasRoom(index)) return index;
    return undefined;
  }

  private dayIndexOf(time: number): number {
    const day = localDay(time);
    if (day < (this.calendar.days[0] as string)) return 0;
    return this.indexOfDay.get(day) ?? this.calendar.days.length - 1;
  }
}

/** Mean recall per chart day, with the plan's reviews of that day and before applied. */
function recallByDay(
  active: readonly PlanQuestion[],
  reviews: ReadonlyMap<string, readonly PlannedReview[]>,
  calendar: PlanCalendar,
  recallAt: (card: CardState | undefined, time: Date) => number,
): RecallOnDay[] {
  const count = Math.max(active.length, 1);
  return calendar.chartDays.map((day, index) => {
    const time = calendar.chartTimes[index] as Date;
    let withoutStudy = 0;
    let withPlan = 0;
    for (const question of active) {
      withoutStudy += recallAt(question.card, time);
      let card = question.card;
      for (const review of reviews.get(question.id) ?? []) if (review.index <= index) card = review.card;
      withPlan += recallAt(card, time);
    }
    return { day, withoutStudy: withoutStudy / count, withPlan: withPlan / count };
  });
}
