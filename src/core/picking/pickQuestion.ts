/** A question's practice status, as the practice core computes it. */
export type PickStatus = 'new' | 'learning' | 'review' | 'due' | 'mastered' | 'suspended';

export interface PickOptions {
  /** Uniform random number in [0, 1); injected so tests are repeatable. */
  readonly random: () => number;
  /** The question shown last: never picked again straight away (unless it is the only one). */
  readonly lastId?: string;
  readonly topicId?: string;
  readonly tag?: string;
}

/**
 * Weights: due questions dominate, then new ones, then weak ones (lapses or low recall), each
 * scaled by forgetting risk; anything else keeps a small chance so practice never runs dry.
 * 0 only for a suspended question.
 */
export function statusWeight(status: PickStatus, retrievability: number, lapses: number): number {
  const risk = 1 - Math.min(1, Math.max(0, retrievability));
  switch (status) {
    case 'suspended':
      return 0;
    case 'due':
    case 'learning':
      return status === 'due' || risk > 0.1 ? 100 * (0.5 + risk) : 2;
    case 'new':
      return 10;
    default: {
      const weak = lapses > 0 || risk > 0.2;
      return weak ? 3 * (0.5 + risk + Math.min(lapses, 5) * 0.2) : 0.2 + risk;
    }
  }
}

/** The fields of a question the filters look at. */
export interface Pickable {
  readonly id: string;
  readonly topicId: string;
  readonly tags: readonly string[];
}

/**
 * A weighted random choice among the `items` that match the filter, each weighed by `weightOf`
 * (e.g. PracticeState.pickWeight; 0 leaves it out); undefined when none is left. The question
 * shown last is skipped unless it is the only match.
 */
export function pickWeighted<Q extends Pickable>(items: readonly Q[], weightOf: (item: Q, index: number) => number, options: PickOptions): Q | undefined {
  const { topicId, tag, lastId } = options;
  const weights = new Float64Array(items.length);
  let matching = 0;
  let total = 0;
  let only = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Q;
    if ((topicId && item.topicId !== topicId) || (tag && !item.tags.includes(tag))) continue;
    const weight = weightOf(item, i);
    if (weight <= 0) continue;
    weights[i] = weight;
    matching++;
    only = i;
    if (item.id !== lastId) total += weight;
  }
  const skipLast = matching > 1;
  if (!skipLast) total = only >= 0 ? (weights[only] as number) : 0;
  if (total <= 0) return undefined;
  let target = options.random() * total;
  let last: Q | undefined;
  for (let i = 0; i < items.length; i++) {
    const weight = weights[i] as number;
    const item = items[i] as Q;
    if (weight <= 0 || (skipLast && item.id === lastId)) continue;
    target -= weight;
    if (target < 0) return item;
    last = item;
  }
  return last;
}
