import type { QuestionRecord } from './questionHistory';

/** How many of the latest reviews are kept at hand for an undo. */
const RECENT_REVIEWS = 32;

/**
 * Which question holds each applied review, to find it again for an undo. The latest reviews are
 * kept in a ring (an undo nearly always takes one of them); a full index is built only on the
 * first undo the ring cannot answer, then kept up to date: most logs never need it.
 */
export class ReviewOwners {
  private index: Map<string, string> | undefined;
  /** The ring, in two columns; `next` is the slot written next, the oldest one. A forgotten rid leaves ''. */
  private readonly recentRids: string[] = new Array<string>(RECENT_REVIEWS).fill('');
  private readonly recentQuestions: string[] = new Array<string>(RECENT_REVIEWS).fill('');
  private next = 0;

  remember(rid: string, questionId: string): void {
    this.index?.set(rid, questionId);
    this.recentRids[this.next] = rid;
    this.recentQuestions[this.next] = questionId;
    this.next = (this.next + 1) % RECENT_REVIEWS;
  }

  forget(rid: string): void {
    this.index?.delete(rid);
    const recent = this.recentRids.indexOf(rid);
    if (recent >= 0) this.recentRids[recent] = '';
  }

  /** The question holding the review `rid`, if it was applied; `questions` builds the index when needed. */
  ownerOf(rid: string, questions: ReadonlyMap<string, QuestionRecord>): string | undefined {
    const recent = rid === '' ? -1 : this.recentRids.indexOf(rid);
    if (recent >= 0) return this.recentQuestions[recent];
    if (!this.index) {
      this.index = new Map();
      for (const [questionId, record] of questions) {
        for (let i = 0; i < record.rids.length; i++) if ((record.codes[i] as number) <= 4) this.index.set(record.rids[i] as string, questionId);
      }
    }
    return this.index.get(rid);
  }
}
