/**
 * Which records (by rid) a PracticeState has applied, without a set of every rid: replay finds a
 * record read twice by its (t, rid) key in its question's history, so only records that leave no
 * event there are kept here. A set of all rids is built only when `has` is first asked (imports
 * ask it for every entry), then kept up to date.
 */
export class AppliedRids {
  /** Rids applied that left no event in a question's history: undo records, undone reviews, resets of no question. */
  readonly eventless = new Set<string>();
  // Private (#): a cache, so that states compare equal whatever route built them.
  #all: Set<string> | undefined;

  /** Adds a rid to `eventless`; false when it was there (one set operation: add, then compare sizes). */
  addEventless(rid: string): boolean {
    const known = this.eventless.size;
    return this.eventless.add(rid).size !== known;
  }

  /** Notes the rid of an event added to a question's history (or of a reset of all). */
  addEvent(rid: string): void {
    this.#all?.add(rid);
  }

  /** Whether `rid` was applied; `eventRids` lists the rids of every event, for the first call. */
  has(rid: string, eventRids: () => Iterable<string>): boolean {
    if (this.eventless.has(rid)) return true;
    this.#all ??= new Set(eventRids());
    return this.#all.has(rid);
  }
}
