import type { Grade } from './grade';
import { AppliedRids } from './appliedRids';
import { bulkStream } from './bulkFold';
import { orderedStream, type EntryStream } from './entryStream';
import { DayCounts } from './dayCounts';
import { parseTime, replayOrder, type LogEntry, type ReviewEntry } from './logEntries';
import type { PickCandidate, Pickable } from '../picking/pickQuestion';
import { PickWeights } from './pickWeights';
import { describeProgress, type QuestionProgress } from './progress';
import { applyEvent, forEachReview, insertEvent, insertionIndex, isAfterAll, lastIndexOfRid, lastUndoableReview, newEventKeys, newRecord } from './questionHistory';
import { refold, removeEvent, RESET, SUSPEND, UNSUSPEND, type EventCode, type QuestionRecord } from './questionHistory';
import type { CardState, Scheduler } from './scheduler';
import { decodeQuestion, decodeResets, decodeStrings, encodeQuestion, encodeResets, InvalidStateDataError, type PracticeStateData } from './stateData';
import { ReviewOwners } from './reviewOwners';
import { RidSet } from './ridSet';
import { statusOf, type QuestionStatus } from './status';

/**
 * Practice progress folded from the review log. The result depends only on the set of entries,
 * not on the order they are applied in: an entry that lands before already-folded history (an
 * import, another window's late line, an undo) refolds the questions it touches. That is what
 * makes a snapshot plus its log tail equal a full replay.
 *
 * Each rid counts once: a line read twice has the (t, rid) of the event it left in its
 * question's history, where the search that places an event finds it (see AppliedRids).
 */
export class PracticeState {
  readonly #scheduler: Scheduler;
  private readonly questions = new Map<string, QuestionRecord>();
  private readonly globalResets = newEventKeys();
  private readonly applied = new AppliedRids();
  private readonly undone = new RidSet();
  // Caches, private (#) so that states compare equal whatever route built them.
  readonly #owners = new ReviewOwners();
  readonly #weights: PickWeights;
  private readonly days = new DayCounts();

  constructor(scheduler: Scheduler) {
    this.#scheduler = scheduler;
    this.#weights = new PickWeights(scheduler, (questionId) => this.questions.get(questionId));
  }

  /** Replays entries in time order (t, then rid); repeated rids count once. */
  static replay(entries: readonly LogEntry[], scheduler: Scheduler): PracticeState {
    const state = new PracticeState(scheduler);
    state.applyAll(entries);
    return state;
  }

  get scheduler(): Scheduler {
    return this.#scheduler;
  }

  /** Applies entries in replay order; returns how many were new (not seen before). */
  applyAll(entries: readonly LogEntry[]): number {
    let added = 0;
    const times: number[] = [];
    for (const index of replayOrder(entries, times)) if (this.applyAt(entries[index] as LogEntry, times[index] as number)) added++;
    return added;
  }

  /**
   * Applies entries as they are read, without collecting them first: in replay order straight
   * away, and from the first one out of order on, together at `end` (sorted). The result is the
   * same as `applyAll` of them all, since the state does not depend on the order.
   */
  applyStream(): EntryStream {
    return orderedStream((entry, t) => this.applyAt(entry, t), (late) => this.applyAll(late));
  }

  /** `applyStream` for a full replay: into a state still empty, folded in bulk (see bulkFold.ts), to the same state. */
  replayStream(): EntryStream {
    if (this.questions.size > 0 || this.globalResets.times.length > 0 || this.applied.eventless.size > 0) return this.applyStream();
    const { questions, globalResets, days, applied, undone } = this;
    return bulkStream({
      scheduler: this.#scheduler, questions, globalResets, days, applied, undone,
      apply: (entry, t) => this.applyAt(entry, t),
      applyAll: (late) => this.applyAll(late),
      remember: (rid, questionId) => this.#owners.remember(rid, questionId),
    });
  }

  /** Applies one entry; false when its rid was already applied. */
  apply(entry: LogEntry): boolean {
    return this.applyAt(entry, parseTime(entry.t));
  }

  /** `apply` with the entry's time already parsed (epoch ms). */
  private applyAt(entry: LogEntry, t: number): boolean {
    const { rid } = entry;
    switch (entry.k) {
      case undefined:
      case 'review':
        if (this.undone.has(rid)) {
          this.record(entry.q);
          return this.applied.addEventless(rid);
        }
        return this.addEvent(entry.q, t, rid, entry.g, entry.h);
      case 'undo':
        if (!this.applied.addEventless(rid)) return false;
        this.undo(entry.r);
        return true;
      case 'suspend':
      case 'unsuspend':
        return this.addEvent(entry.q, t, rid, entry.k === 'suspend' ? SUSPEND : UNSUSPEND, '');
      case 'reset': {
        if (entry.q === 'all') return this.addGlobalReset(t, rid);
        // One record, the same key in each question: read twice, it is found in all of them.
        let added = false;
        for (const id of new Set(entry.q)) added = this.addEvent(id, t, rid, RESET, '') || added;
        return entry.q.length === 0 ? this.applied.addEventless(rid) : added;
      }
    }
  }

  has(rid: string): boolean {
    return this.applied.has(rid, () => this.eventRids());
  }

  /** Every question with history, including ids no longer in the bank. */
  questionIds(): string[] {
    return [...this.questions.keys()];
  }

  card(questionId: string): CardState | undefined {
    return this.questions.get(questionId)?.card;
  }

  progress(questionId: string, now: Date): QuestionProgress {
    return describeProgress(questionId, this.questions.get(questionId) ?? newRecord(), now, this.#scheduler);
  }

  /**
   * What the picker weighs for one question (see core/picking): its status, recall probability
   * and lapses, without the Dates and the full progress object `progress` builds.
   */
  candidate(question: Pickable, now: Date): PickCandidate {
    const { id, topicId, tags } = question;
    const record = this.questions.get(id);
    if (record === undefined) return { id, topicId, tags, status: 'new', retrievability: 1, lapses: 0 };
    const status = statusOf(record, now);
    const card = record.card;
    const retrievability = this.#scheduler.retrievability(card, now);
    return { id, topicId, tags, status, retrievability, lapses: card?.lapses ?? 0 };
  }

  /**
   * The picker's weight of a question (core/picking `pickWeight` of its candidate) as one number:
   * with `pickWeighted`, a pick over 10,000 questions builds no object per question.
   */
  pickWeight(questionId: string, now: Date): number {
    return this.#weights.weightOf(questionId, now);
  }

  /**
   * `pickWeight` of each of `questions`, in order (new ones 0 when `newQuestions` is false), in an
   * array reused for the same list: over a bank's unchanging list, a pick reads typed arrays.
   */
  pickWeights(questions: readonly Pickable[], now: Date, { newQuestions = true } = {}): Float64Array {
    return this.#weights.weights(questions, now, newQuestions);
  }

  status(questionId: string, now: Date): QuestionStatus {
    return statusOf(this.questions.get(questionId) ?? newRecord(), now);
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
    return this.days.firstReviewsOn(now);
  }

  reviewsToday(now: Date): number {
    return this.days.reviewsOn(now);
  }

  /** Review counts per local day ('YYYY-MM-DD'), for a heatmap; undone reviews are not counted. A copy. */
  reviewsPerDay(): Map<string, number> {
    return this.days.perDay();
  }

  /** Reviews (grade and time) at or after `since` (epoch ms), undone ones left out: a day's summary. */
  reviewsSince(since: number): { g: Grade; t: number }[] {
    const reviews: { g: Grade; t: number }[] = [];
    for (const record of this.questions.values()) {
      for (let i = record.times.length - 1; i >= 0 && (record.times[i] as number) >= since; i--) {
        const code = record.codes[i] as number;
        if (code <= 4) reviews.push({ g: code as Grade, t: record.times[i] as number });
      }
    }
    return reviews;
  }

  /** Consecutive days with a review, ending today or yesterday. */
  streak(now: Date): number {
    return this.days.streak(now);
  }

  /** The latest review that still shapes a card: not undone and not followed by a reset of its question. */
  lastUndoable(): ReviewEntry | undefined {
    return lastUndoableReview(this.questions, this.globalResets);
  }

  toData(): PracticeStateData {
    return {
      questions: [...this.questions].map(([id, record]) => encodeQuestion(id, record)),
      resets: encodeResets(this.globalResets),
      undone: [...this.undone],
      rids: [...this.applied.eventless],
    };
  }

  /** Rebuilds a state from toData() output; throws InvalidStateDataError when it is malformed. */
  static fromData(data: unknown, scheduler: Scheduler): PracticeState {
    if (typeof data !== 'object' || data === null) throw new InvalidStateDataError('invalid snapshot: state');
    const { questions, resets, undone, rids } = data as Record<string, unknown>;
    if (!Array.isArray(questions) || !Array.isArray(resets)) throw new InvalidStateDataError('invalid snapshot: lists');
    const state = new PracticeState(scheduler);
    decodeResets(resets, state.globalResets);
    for (const rid of decodeStrings(undone, 'undone')) state.undone.add(rid);
    for (const rid of decodeStrings(rids, 'rids')) state.applied.eventless.add(rid);
    for (const [id, record] of questions.map(decodeQuestion)) {
      state.questions.set(id, record);
      state.count(record, 1);
    }
    return state;
  }

  private record(questionId: string): QuestionRecord {
    let record = this.questions.get(questionId);
    if (!record) this.questions.set(questionId, (record = newRecord()));
    return record;
  }

  private *eventRids(): Generator<string> {
    yield* this.globalResets.rids;
    for (const record of this.questions.values()) yield* record.rids;
  }

  /** Adds an event to its question's history; false when an event with its key is there already. */
  private addEvent(questionId: string, t: number, rid: string, code: EventCode, h: string): boolean {
    const record = this.record(questionId);
    if (isAfterAll(record, t, rid) && isAfterAll(this.globalResets, t, rid)) {
      insertEvent(record, record.times.length, t, rid, code, h);
      if (code <= 4) this.days.add(t, record.card === undefined, 1);
      applyEvent(record, code, t, h, this.#scheduler);
    } else {
      const index = insertionIndex(record, t, rid);
      if (index < 0) return false;
      this.recount([record], () => insertEvent(record, index, t, rid, code, h));
    }
    this.#weights.forget(questionId);
    if (code <= 4) this.#owners.remember(rid, questionId);
    this.applied.addEvent(rid);
    return true;
  }

  private undo(rid: string): void {
    this.undone.add(rid);
    const questionId = this.#owners.ownerOf(rid, this.questions);
    const record = questionId === undefined ? undefined : this.questions.get(questionId);
    const index = record ? lastIndexOfRid(record, rid) : -1;
    if (questionId === undefined || !record || index < 0) return;
    this.#owners.forget(rid);
    this.#weights.forget(questionId);
    this.applied.eventless.add(rid);
    this.recount([record], () => removeEvent(record, index));
  }

  /** Adds a reset of all questions; false when it was applied already. */
  private addGlobalReset(t: number, rid: string): boolean {
    const index = insertionIndex(this.globalResets, t, rid);
    if (index < 0) return false;
    this.#weights.clear();
    this.applied.addEvent(rid);
    const later: QuestionRecord[] = [];
    for (const record of this.questions.values()) {
      if (!isAfterAll(record, t, rid)) later.push(record);
      else applyEvent(record, RESET, t, '', this.#scheduler);
    }
    this.recount(later, () => {
      this.globalResets.times.splice(index, 0, t);
      this.globalResets.rids.splice(index, 0, rid);
    });
    return true;
  }

  /** Takes the records' reviews out of the day counts, changes history, refolds and counts again. */
  private recount(records: readonly QuestionRecord[], change: () => void): void {
    for (const record of records) this.count(record, -1);
    change();
    for (const record of records) {
      refold(record, this.globalResets, this.#scheduler);
      this.count(record, 1);
    }
  }

  private count(record: QuestionRecord, sign: 1 | -1): void {
    forEachReview(record, this.globalResets, (t, first) => this.days.add(t, first, sign));
  }
}
