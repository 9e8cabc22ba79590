import { localDay, streakLength } from './calendar';
import { Fold, type QuestionFold } from './fold';
import { compareTimed, untimed, type LogEntry, type ReviewEntry, type TimedEntry } from './logEntries';
import type { Grade } from './grade';
import type { CardState, Scheduler } from './scheduler';
import { statusOf, type QuestionProgress, type QuestionStatus } from './status';

/** Entries taken in, then folded, between two pauses of `addInSteps` (well under a millisecond of work). */
const STEP = 500;

const NEW_QUESTION: QuestionFold = { card: undefined, lastGrade: undefined, hash: undefined, suspended: false, lastReview: undefined };

/**
 * The review log's entries, kept in memory once each (by rid) in replay order, and what they fold
 * to. Entries that come after everything folded (a grade, another window's append) are folded on
 * top; an undo of a folded review, a line older than the last one folded, or an import, folds the
 * whole history again. So the state depends only on the set of entries, never on the order they
 * were read in.
 */
export class PracticeState {
  private readonly byRid = new Map<string, TimedEntry>();
  private ordered: TimedEntry[] = [];
  /** Rids of reviews an undo has reverted. */
  private readonly undone = new Set<string>();
  private fold: Fold;
  // Private (#) here and in Fold: two states of the same entries compare equal, whoever built them.
  readonly #scheduler: Scheduler;

  constructor(scheduler: Scheduler) {
    this.#scheduler = scheduler;
    this.fold = new Fold(scheduler, this.undone);
  }

  /** Adds the entries not seen before (by rid; the first copy counts); returns how many. */
  add(entries: readonly TimedEntry[]): number {
    const steps = this.addInSteps(entries);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** `add`, pausing after each STEP entries taken in and folded, so a caller can let other work run in between. */
  *addInSteps(entries: readonly TimedEntry[]): Generator<void, number> {
    // The loops live in plain methods: V8 optimises a loop in a generator's own body poorly.
    const fresh: TimedEntry[] = [];
    let refold = false;
    for (let from = 0; from < entries.length; from += STEP) {
      if (from > 0) yield;
      refold = this.takeIn(entries, from, Math.min(entries.length, from + STEP), fresh) || refold;
    }
    if (fresh.length === 0) return 0;
    fresh.sort(compareTimed);
    const last = this.ordered.at(-1);
    refold ||= last !== undefined && compareTimed(fresh[0] as TimedEntry, last) < 0;
    let toFold = fresh;
    if (refold) {
      // Two sorted runs: the sort merges them in linear time.
      this.ordered = this.ordered.concat(fresh).sort(compareTimed);
      this.fold = new Fold(this.#scheduler, this.undone);
      toFold = this.ordered;
    } else {
      for (const item of fresh) this.ordered.push(item);
    }
    for (let from = 0; from < toFold.length; from += STEP) {
      if (from > 0) yield;
      this.foldRange(toFold, from, Math.min(toFold.length, from + STEP));
    }
    return fresh.length;
  }

  /** Keeps the entries of `entries[from, to)` not seen before in `fresh`; true when an undo takes back a folded review. */
  private takeIn(entries: readonly TimedEntry[], from: number, to: number, fresh: TimedEntry[]): boolean {
    let refold = false;
    for (let i = from; i < to; i++) {
      const entry = entries[i] as TimedEntry;
      if (this.byRid.has(entry.rid)) continue;
      if (entry.k === 'undo' && !this.undone.has(entry.r)) {
        this.undone.add(entry.r);
        // A review folded already is taken out by folding again without it.
        const target = this.byRid.get(entry.r);
        refold ||= target !== undefined && (target.k === undefined || target.k === 'review');
      }
      this.byRid.set(entry.rid, entry);
      fresh.push(entry);
    }
    return refold;
  }

  private foldRange(items: readonly TimedEntry[], from: number, to: number): void {
    for (let i = from; i < to; i++) this.fold.apply(items[i] as TimedEntry);
  }

  has(rid: string): boolean {
    return this.byRid.has(rid);
  }

  /** Every entry, once each, in replay order. */
  entries(): LogEntry[] {
    return this.ordered.map(untimed);
  }

  /** Every question with history, including ids no longer in the bank. */
  questionIds(): string[] {
    return [...this.fold.questions.keys()];
  }

  card(questionId: string): CardState | undefined {
    return this.fold.questions.get(questionId)?.card;
  }

  progress(questionId: string, now: Date): QuestionProgress {
    const question = this.question(questionId);
    const { card } = question;
    return {
      questionId,
      status: statusOf(question, now),
      card,
      due: card && new Date(card.due),
      lastReview: card && new Date(card.lastReview),
      retrievability: this.#scheduler.retrievability(card, now),
      reviews: card?.reps ?? 0,
      lapses: card?.lapses ?? 0,
      lastGrade: question.lastGrade,
      hash: question.hash,
      suspended: question.suspended,
    };
  }

  status(questionId: string, now: Date): QuestionStatus {
    return statusOf(this.question(questionId), now);
  }

  statusCounts(now: Date, questionIds: Iterable<string>): Record<QuestionStatus, number> {
    const counts = { new: 0, learning: 0, review: 0, due: 0, mastered: 0, suspended: 0 };
    for (const id of questionIds) counts[this.status(id, now)]++;
    return counts;
  }

  dueCount(now: Date, questionIds: Iterable<string>): number {
    return this.statusCounts(now, questionIds).due;
  }

  /** Questions graded today for the first time (or the first time since a reset). */
  newToday(now: Date): number {
    return this.fold.days.get(localDay(now))?.firsts ?? 0;
  }

  reviewsToday(now: Date): number {
    return this.fold.days.get(localDay(now))?.reviews ?? 0;
  }

  /** Review counts per local day ('YYYY-MM-DD'), for a heatmap; undone reviews are not counted. A copy. */
  reviewsPerDay(): Map<string, number> {
    return new Map([...this.fold.days].map(([day, count]) => [day, count.reviews]));
  }

  /** Reviews (question, grade and time) at or after `since` (epoch ms), undone ones left out: a day's summary. */
  reviewsSince(since: number): { q: string; g: Grade; t: number }[] {
    const reviews: { q: string; g: Grade; t: number }[] = [];
    for (let i = this.ordered.length - 1; i >= 0; i--) {
      const entry = this.ordered[i] as TimedEntry;
      if (entry.at < since) break;
      if ((entry.k === undefined || entry.k === 'review') && !this.undone.has(entry.rid)) reviews.push({ q: entry.q, g: entry.g, t: entry.at });
    }
    return reviews;
  }

  /** Consecutive days with a review, ending today or yesterday. */
  streak(now: Date): number {
    return streakLength(this.reviewsPerDay(), now);
  }

  /** The latest review that still shapes a card: not undone and not followed by a reset of its question. */
  lastUndoable(): ReviewEntry | undefined {
    let latest: TimedEntry | undefined;
    for (const { lastReview } of this.fold.questions.values()) {
      if (lastReview && (!latest || compareTimed(lastReview, latest) > 0)) latest = lastReview;
    }
    return latest && { ...(untimed(latest) as ReviewEntry), t: new Date(latest.at).toISOString() };
  }

  private question(questionId: string): QuestionFold {
    return this.fold.questions.get(questionId) ?? NEW_QUESTION;
  }
}
