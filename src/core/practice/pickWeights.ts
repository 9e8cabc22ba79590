import { statusWeight, type Pickable } from '../picking/pickQuestion';
import type { QuestionRecord } from './questionHistory';
import type { CardState, Scheduler } from './scheduler';
import { statusOf } from './status';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The picker's weight of each question, kept until it can change. A weight depends on the status
 * (which flips when the card falls due) and the recall probability (which FSRS computes from whole
 * days since the last review), so it is constant between those moments. Weights live in typed
 * arrays by slot, and the slots of a question list are found once per list, so a pick over 10,000
 * questions reads arrays instead of looking each question up. The owner calls `forget` when a
 * question's history changes.
 */
export class PickWeights {
  private readonly slotOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private weight = new Float64Array(0);
  /** The weight in a slot holds for times in [from, until); until = -Infinity marks it stale. */
  private from = new Float64Array(0);
  private until = new Float64Array(0);
  private isNew = new Uint8Array(0);
  private readonly listSlots = new WeakMap<readonly Pickable[], Int32Array>();
  private readonly listWeights = new WeakMap<readonly Pickable[], Float64Array>();

  /** `recordOf` is asked only when a weight has to be computed. */
  constructor(
    private readonly scheduler: Scheduler,
    private readonly recordOf: (questionId: string) => QuestionRecord | undefined,
  ) {}

  weightOf(questionId: string, now: Date): number {
    const slot = this.slot(questionId);
    this.fresh(slot, now);
    return this.weight[slot] as number;
  }

  /**
   * The weights of `items`, in their order; 0 for suspended questions, and for new ones when
   * `newQuestions` is false. The array is reused for the same list: read it before asking again.
   */
  weights(items: readonly Pickable[], now: Date, newQuestions = true): Float64Array {
    const slots = this.slotsOf(items);
    let out = this.listWeights.get(items);
    if (!out) this.listWeights.set(items, (out = new Float64Array(items.length)));
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      this.fresh(slot, now);
      out[i] = newQuestions || this.isNew[slot] === 0 ? (this.weight[slot] as number) : 0;
    }
    return out;
  }

  forget(questionId: string): void {
    const slot = this.slotOf.get(questionId);
    if (slot !== undefined) this.until[slot] = -Infinity;
  }

  clear(): void {
    this.until.fill(-Infinity);
  }

  /** Recomputes the slot's weight unless it still holds at `now`. */
  private fresh(slot: number, now: Date): void {
    const at = now.getTime();
    if (at >= (this.from[slot] as number) && at < (this.until[slot] as number)) return;
    const record = this.recordOf(this.ids[slot] as string);
    this.isNew[slot] = record?.card === undefined ? 1 : 0;
    const status = record === undefined ? 'new' : statusOf(record, now);
    if (record === undefined || status === 'suspended' || status === 'new') {
      this.set(slot, statusWeight(status, 1, 0), -Infinity, Infinity);
      return;
    }
    const card = record.card as CardState;
    // Whole days since the last review (0 also before it), as the scheduler counts them.
    const days = Math.max(Math.floor((at - card.lastReview) / DAY), 0);
    let from = days === 0 ? -Infinity : card.lastReview + days * DAY;
    let until = card.lastReview + (days + 1) * DAY;
    if (at >= card.due) from = Math.max(from, card.due);
    else until = Math.min(until, card.due);
    this.set(slot, statusWeight(status, this.scheduler.retrievability(card, now), card.lapses), from, until);
  }

  private set(slot: number, weight: number, from: number, until: number): void {
    this.weight[slot] = weight;
    this.from[slot] = from;
    this.until[slot] = until;
  }

  private slotsOf(items: readonly Pickable[]): Int32Array {
    let slots = this.listSlots.get(items);
    if (!slots) {
      slots = Int32Array.from(items, (item) => this.slot(item.id));
      this.listSlots.set(items, slots);
    }
    return slots;
  }

  private slot(questionId: string): number {
    let slot = this.slotOf.get(questionId);
    if (slot === undefined) {
      slot = this.ids.push(questionId) - 1;
      this.slotOf.set(questionId, slot);
      if (slot >= this.weight.length) this.grow(Math.max(64, this.weight.length * 2));
      this.until[slot] = -Infinity;
    }
    return slot;
  }

  private grow(capacity: number): void {
    const bigger = <T extends Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.weight = bigger(this.weight, (n) => new Float64Array(n));
    this.from = bigger(this.from, (n) => new Float64Array(n));
    this.until = bigger(this.until, (n) => new Float64Array(n));
    this.isNew = bigger(this.isNew, (n) => new Uint8Array(n));
  }
}
