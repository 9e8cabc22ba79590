import { localDayAround } from './calendar';
import type { Grade } from './grade';
import type { TimedEntry } from './logEntries';
import type { CardState, Scheduler } from './scheduler';

/** What one question's history folds to. */
export interface QuestionFold {
  card: CardState | undefined;
  lastGrade: Grade | undefined;
  /** Content hash of the question at its last review. */
  hash: string | undefined;
  suspended: boolean;
  /** The latest review that still shapes the card (none since a reset): what an undo takes back. */
  lastReview: TimedEntry | undefined;
}

export interface DayCount {
  reviews: number;
  /** Reviews that were their question's first (since new or a reset). */
  firsts: number;
}

/**
 * Folds entries given in replay order (t, then rid) into per-question state and per-day counts.
 * Reviews whose rid is in `undone` are left out, wherever the undo sits in the log.
 */
export class Fold {
  readonly questions = new Map<string, QuestionFold>();
  readonly days = new Map<string, DayCount>();
  /** The local day of the last review counted: reviews come in time order, most on the same day. */
  #day = { day: '', start: Infinity, end: -Infinity };
  #dayCount: DayCount = { reviews: 0, firsts: 0 };
  readonly #scheduler: Scheduler;
  readonly #undone: ReadonlySet<string>;

  constructor(scheduler: Scheduler, undone: ReadonlySet<string>) {
    this.#scheduler = scheduler;
    this.#undone = undone;
  }

  apply(entry: TimedEntry): void {
    const { at } = entry;
    switch (entry.k) {
      case undefined:
      case 'review': {
        // An undone review still makes its question known (as it always has).
        const question = this.question(entry.q);
        if (this.#undone.has(entry.rid)) return;
        this.count(at, question.card === undefined);
        question.card = this.#scheduler.next(question.card, entry.g, at);
        question.lastGrade = entry.g;
        question.hash = entry.h;
        question.lastReview = entry;
        return;
      }
      case 'suspend':
      case 'unsuspend':
        this.question(entry.q).suspended = entry.k === 'suspend';
        return;
      case 'reset':
        for (const question of entry.q === 'all' ? this.questions.values() : entry.q.map((id) => this.question(id))) {
          question.card = undefined;
          question.lastGrade = undefined;
          question.hash = undefined;
          question.lastReview = undefined;
        }
        return;
      case 'undo':
        // Applied through `undone`: the state's owner refolds when the review was folded already.
        return;
    }
  }

  private question(id: string): QuestionFold {
    let question = this.questions.get(id);
    if (!question) {
      question = { card: undefined, lastGrade: undefined, hash: undefined, suspended: false, lastReview: undefined };
      this.questions.set(id, question);
    }
    return question;
  }

  private count(at: number, first: boolean): void {
    if (at < this.#day.start || at >= this.#day.end) {
      this.#day = localDayAround(at);
      let count = this.days.get(this.#day.day);
      if (!count) this.days.set(this.#day.day, (count = { reviews: 0, firsts: 0 }));
      this.#dayCount = count;
    }
    this.#dayCount.reviews++;
    if (first) this.#dayCount.firsts++;
  }
}
