import type { AppliedRids } from './appliedRids';
import type { DayCounts } from './dayCounts';
import { endAtOnce, orderedStream, type EntryStream } from './entryStream';
import type { LogEntry } from './logEntries';
import { compareAt, forEachReview, insertEvent, newRecord, refold, RESET, SUSPEND, UNSUSPEND, type EventCode, type EventKeys, type QuestionRecord } from './questionHistory';
import { RidSet } from './ridSet';
import type { Scheduler } from './scheduler';

/** What a bulk fold fills in: the parts of an empty PracticeState, and its incremental path. */
export interface BulkTarget {
  readonly scheduler: Scheduler;
  readonly questions: Map<string, QuestionRecord>;
  readonly globalResets: EventKeys;
  readonly days: DayCounts;
  /** The incremental path, for the entries the bulk fold leaves to it. */
  readonly apply: (entry: LogEntry, t: number) => unknown;
  readonly applyAll: (entries: LogEntry[]) => unknown;
  readonly remember: (rid: string, questionId: string) => void;
  readonly applied: AppliedRids;
  readonly undone: RidSet;
}

/** How many of the last reviews go to `remember` (ReviewOwners keeps 32). */
const REMEMBERED = 32;
/** How far back an undo's review is looked for while collecting; further back, the incremental path finds it. */
const RECENT_UNDO = 64;
/** The code of a review an undo took out while collecting. */
const REMOVED = 0;

/**
 * A full replay into an empty state, to the very state the incremental path folds (see
 * docs/performance.md). The in-order events (reviews, suspends, resets) are only collected while
 * the log is read: typed columns, one index per question. At `end` they are grouped by question (a
 * counting sort), and each question's history is built at once and folded by the same `refold` and
 * `forEachReview` as the incremental path, so its intermediate cards die young. What is left, undo records and reviews already
 * undone, then lines out of order, goes through the incremental path after.
 */
export function bulkStream(target: BulkTarget): EntryStream {
  const fold = new BulkFold(target);
  const stream = orderedStream(
    (entry, t) => fold.add(entry, t),
    (late) => fold.setLate(late),
  );
  const endInSteps = function* (): Generator<void> {
    stream.end();
    yield* fold.end();
  };
  return { push: stream.push, end: endAtOnce(endInSteps), endInSteps };
}

/** About how many events a step of a bulk fold's `end` folds (a step of 20,000 takes some 20 ms). */
export const FOLD_STEP_EVENTS = 20_000;

/** Event indexes by question: question q's events are `order[starts[q] .. starts[q + 1])`. */
interface QuestionGroups {
  readonly order: Int32Array;
  readonly starts: Int32Array;
}

class BulkFold {
  private length = 0;
  private times = new Float64Array(4096);
  private owners = new Int32Array(4096);
  private codes = new Uint8Array(4096);
  private readonly rids: string[] = [];
  private readonly hashes: string[] = [];
  private readonly ids: string[] = [];
  private readonly indexOf = new Map<string, number>();
  /** Each question's last hash, so a repeated one is kept once (the line's copy dies young). */
  private readonly lastHash: string[] = [];
  /** Targets of the undo records read so far: a review among them is left to the incremental path. */
  private readonly undone = new RidSet();
  private readonly rare: LogEntry[] = [];
  private readonly rareTimes: number[] = [];
  private late: LogEntry[] = [];
  private readonly countDay = (t: number, first: boolean): void => this.target.days.add(t, first, 1);

  constructor(private readonly target: BulkTarget) {}

  add(entry: LogEntry, t: number): void {
    switch (entry.k) {
      case undefined:
      case 'review': {
        const question = this.question(entry.q);
        if (this.undone.has(entry.rid)) return this.defer(entry, t);
        const last = this.lastHash[question] as string;
        this.event(question, t, entry.rid, entry.g, last === entry.h ? last : (this.lastHash[question] = entry.h));
        return;
      }
      case 'undo': {
        // Nearly always the latest review: taken out here, it is never folded.
        const found = this.undone.has(entry.r) ? -1 : this.findRecentReview(entry.r);
        this.undone.add(entry.r);
        // With the copies of its line, which sit right before it (equal keys are adjacent in replay order).
        for (let i = found; i >= 0 && this.isCopy(i, found); i--) this.codes[i] = REMOVED;
        return this.defer(entry, found >= 0 ? Number.NaN : t);
      }
      case 'suspend':
      case 'unsuspend':
        return this.event(this.question(entry.q), t, entry.rid, entry.k === 'suspend' ? SUSPEND : UNSUSPEND, '');
      case 'reset':
        if (entry.q === 'all') return this.globalReset(t, entry.rid);
        if (entry.q.length === 0) return this.defer(entry, t);
        for (const id of new Set(entry.q)) this.event(this.question(id), t, entry.rid, RESET, '');
    }
  }

  setLate(entries: LogEntry[]): void {
    this.late = entries;
  }

  /** Folds what was collected; pauses (yields) after each FOLD_STEP_EVENTS events or so. */
  *end(): Generator<void> {
    // The loops live in plain methods: V8 optimizes a loop in a generator's own body poorly
    // (about 5% more instructions per replay, many of them property loads through inline-cache stubs).
    const groups = this.groupByQuestion();
    const kept = new Uint8Array(this.length);
    const count = this.ids.length;
    for (let q = this.foldQuestions(groups, kept, 0); q < count; q = this.foldQuestions(groups, kept, q)) yield;
    this.finish(kept);
  }

  /** The events' indexes grouped by question (a counting sort, stable: each question's events stay in replay order). */
  private groupByQuestion(): QuestionGroups {
    const { length, ids, owners } = this;
    const starts = new Int32Array(ids.length + 1);
    for (let i = 0; i < length; i++) {
      const at = (owners[i] as number) + 1;
      starts[at] = (starts[at] as number) + 1;
    }
    for (let q = 0; q < ids.length; q++) starts[q + 1] = (starts[q + 1] as number) + (starts[q] as number);
    const order = new Int32Array(length);
    const next = starts.slice(0, ids.length);
    for (let i = 0; i < length; i++) {
      const q = owners[i] as number;
      const at = next[q] as number;
      order[at] = i;
      next[q] = at + 1;
    }
    return { order, starts };
  }

  /** Builds and folds the records of the questions from `first` on, until about FOLD_STEP_EVENTS events; returns the next question. */
  private foldQuestions({ order, starts }: QuestionGroups, kept: Uint8Array, first: number): number {
    const { target, ids } = this;
    const stepEnd = (starts[first] as number) + FOLD_STEP_EVENTS;
    let q = first;
    while (q < ids.length) {
      const record = this.collect(order, starts[q] as number, starts[q + 1] as number, kept);
      refold(record, target.globalResets, target.scheduler);
      forEachReview(record, target.globalResets, this.countDay);
      target.questions.set(ids[q] as string, record);
      q++;
      if ((starts[q] as number) >= stepEnd) break;
    }
    return q;
  }

  /** The last reviews for `remember`, then what was left to the incremental path. */
  private finish(kept: Uint8Array): void {
    const { target, length, ids, owners } = this;
    const recent: number[] = [];
    for (let i = length - 1; i >= 0 && recent.length < REMEMBERED; i--) if (kept[i]) recent.push(i);
    for (const i of recent.reverse()) target.remember(this.rids[i] as string, ids[owners[i] as number] as string);
    for (let i = 0; i < this.rare.length; i++) {
      const entry = this.rare[i] as LogEntry;
      const t = this.rareTimes[i] as number;
      if (Number.isNaN(t) && entry.k === 'undo') this.undo(entry.rid, entry.r);
      else target.apply(entry, t);
    }
    if (this.late.length > 0) target.applyAll(this.late);
  }

  /** What PracticeState's undo leaves when it finds the review, but the refold: this review was never folded. */
  private undo(rid: string, reviewRid: string): void {
    const { applied, undone } = this.target;
    if (!applied.addEventless(rid)) return;
    undone.add(reviewRid);
    applied.eventless.add(reviewRid);
  }

  /** One question's events, `order[from..to)`, without undone reviews and copies; marks the reviews kept. */
  private collect(order: Int32Array, from: number, to: number, kept: Uint8Array): QuestionRecord {
    const record = newRecord();
    const { times, rids } = record;
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      const t = this.times[i] as number;
      const rid = this.rids[i] as string;
      const code = this.codes[i] as number;
      const n = times.length;
      // A line read twice: the same key as the event before (keys come sorted).
      if (code === REMOVED || (n > 0 && times[n - 1] === t && rids[n - 1] === rid)) continue;
      insertEvent(record, n, t, rid, code as EventCode, this.hashes[i] as string);
      if (code <= 4) kept[i] = 1;
    }
    return record;
  }

  private question(id: string): number {
    let index = this.indexOf.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.indexOf.set(id, index);
      this.ids.push(id);
      this.lastHash.push('');
    }
    return index;
  }

  private event(question: number, t: number, rid: string, code: EventCode, h: string): void {
    if (this.length === this.times.length) this.grow();
    const i = this.length++;
    this.times[i] = t;
    this.owners[i] = question;
    this.codes[i] = code;
    this.rids.push(rid);
    this.hashes.push(h);
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    times.set(this.times);
    this.times = times;
    const owners = new Int32Array(size);
    owners.set(this.owners);
    this.owners = owners;
    const codes = new Uint8Array(size);
    codes.set(this.codes);
    this.codes = codes;
  }

  /** The index of the review `rid` among the last events collected, or -1. */
  private findRecentReview(rid: string): number {
    for (let i = this.length - 1; i >= 0 && i >= this.length - RECENT_UNDO; i--) {
      const code = this.codes[i] as number;
      if (this.rids[i] === rid && code !== REMOVED && code <= 4) return i;
    }
    return -1;
  }

  private isCopy(i: number, of: number): boolean {
    return this.rids[i] === this.rids[of] && this.times[i] === this.times[of] && this.owners[i] === this.owners[of] && (this.codes[i] as number) <= 4;
  }

  private globalReset(t: number, rid: string): void {
    const resets = this.target.globalResets;
    const last = resets.times.length - 1;
    if (last >= 0 && compareAt(resets, last, t, rid) === 0) return;
    resets.times.push(t);
    resets.rids.push(rid);
  }

  private defer(entry: LogEntry, t: number): void {
    this.rare.push(entry);
    this.rareTimes.push(t);
  }
}
