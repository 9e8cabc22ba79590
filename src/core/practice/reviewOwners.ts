import type { QuestionRecord } from './questionHistory';

/** How many of the latest reviews are kept at hand for an undo. */
const RECENT_REVIEWS = 32;

/**
 * Which question holds each applied review, to find it again for an undo. The latest reviews are
 * kept in a short list (an undo nearly always takes one of them); a full index is built only on
 * the first undo that list cannot answer, then kept up to date: most logs never need it.
 */
export class ReviewOwners {
  private index: Map<string, string> | undefined;
  /** [rid, question], newest last. */
  private readonly recent: [string, string][] = [];

  remember(rid: string, questionId: string): void {
    this.index?.set(rid, questionId);
    this.recent.push([rid, questionId]);
    if (this.recent.length > RECENT_REVIEWS) this.recent.shift();
  }

  forget(rid: string): void {
    this.index?.delete(rid);
    const recent = this.recent.findIndex(([candidate]) => candidate === rid);
    if (recent >= 0) this.recent.splice(recent, 1);
  }

  /** The question holding the review `rid`, if it was applied; `questions` builds the index when needed. */
  ownerOf(rid: string, questions: ReadonlyMap<string, QuestionRecord>): string | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const [candidate, questionId] = this.recent[i] as [string, string];
      if (candidate === rid) return questionId;
    }
    if (!this.index) {
      this.index = new Map();
      for (const [questionId, record] of questions) {
        for (let i = 0; i < record.rids.length; i++) if ((record.codes[i] as number) <= 4) this.index.set(record.rids[i] as string, questionId);
      }
    }
    return this.index.get(rid);
  }
}
