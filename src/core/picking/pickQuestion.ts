/** What the picker needs to know about a question; built from the bank and the practice state. */
export interface PickCandidate {
  readonly id: string;
  readonly topicId: string;
  readonly tags: readonly string[];
  readonly status: 'new' | 'learning' | 'review' | 'due' | 'mastered' | 'suspended';
  /** Estimated chance of recalling it now, 0..1 (1 for a question never seen). */
  readonly retrievability: number;
  readonly lapses: number;
}

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
 */
export function pickWeight(candidate: PickCandidate): number {
  const risk = 1 - Math.min(1, Math.max(0, candidate.retrievability));
  switch (candidate.status) {
    case 'suspended':
      return 0;
    case 'due':
    case 'learning':
      return candidate.status === 'due' || risk > 0.1 ? 100 * (0.5 + risk) : 2;
    case 'new':
      return 10;
    default: {
      const weak = candidate.lapses > 0 || risk > 0.2;
      return weak ? 3 * (0.5 + risk + Math.min(candidate.lapses, 5) * 0.2) : 0.2 + risk;
    }
  }
}

/** A smart random choice; undefined when nothing matches the filter. */
export function pickQuestion(candidates: readonly PickCandidate[], options: PickOptions): PickCandidate | undefined {
  const matching = candidates.filter(
    (c) => c.status !== 'suspended' && (!options.topicId || c.topicId === options.topicId) && (!options.tag || c.tags.includes(options.tag)),
  );
  const pool = matching.length > 1 ? matching.filter((c) => c.id !== options.lastId) : matching;
  const weights = pool.map(pickWeight);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) return undefined;
  let target = options.random() * total;
  for (const [index, weight] of weights.entries()) {
    target -= weight;
    if (target < 0) return pool[index];
  }
  return pool[pool.length - 1];
}

/** Seeded PRNG (mulberry32) for repeatable choices in tests and benchmarks. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
