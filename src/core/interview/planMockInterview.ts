import type { Question } from '../pack/types';
import { pickWeighted } from '../picking/pickQuestion';
import type { QuestionProgress } from '../practice';

export interface MockInterviewInputs {
  /** The bank's questions, in bank order. */
  readonly questions: readonly Question[];
  readonly progress: (questionId: string) => QuestionProgress;
  /** Topic ids to draw from; empty means mixed (every topic). */
  readonly topicIds: readonly string[];
  readonly count: number;
  /** Uniform random number in [0, 1); injected so tests are repeatable. */
  readonly random: () => number;
}

/** Orderings tried before settling for one with neighbours that share a tag. */
const ORDER_SEARCH_BUDGET = 10_000;

/**
 * How strongly a mock interview leans to a question: due ones most (the more likely forgotten,
 * the more), then weak ones (lapses, a last grade of Again or Hard, or recall under 80 %), then new
 * ones, and a little for the rest, so a well-known topic still shows up now and then. Suspended: never.
 */
export function interviewWeight(progress: QuestionProgress): number {
  const risk = 1 - Math.min(1, Math.max(0, progress.retrievability));
  if (progress.suspended || progress.status === 'suspended') return 0;
  if (progress.status === 'due') return 100 * (0.5 + risk);
  if (progress.status === 'new') return 5;
  const weak = progress.lapses > 0 || (progress.lastGrade !== undefined && progress.lastGrade <= 2) || risk > 0.2;
  return weak ? 30 * (0.5 + risk + Math.min(progress.lapses, 5) * 0.2) : 1 + risk;
}

/**
 * The questions of a mock interview: `count` of them (fewer when the topics hold fewer), no repeats,
 * drawn with `interviewWeight`, then ordered so that no two neighbours share a tag when some order
 * allows it (otherwise the order with the fewest such neighbours found).
 */
export function planMockInterview(inputs: MockInterviewInputs): Question[] {
  const topics = new Set(inputs.topicIds);
  const weights = new Map<string, number>();
  for (const question of inputs.questions) {
    // A SQL exercise is solved in an editor, not answered aloud: it has its own practice.
    if ((topics.size > 0 && !topics.has(question.topicId)) || question.exercise) continue;
    const weight = interviewWeight(inputs.progress(question.id));
    if (weight > 0 && !weights.has(question.id)) weights.set(question.id, weight);
  }
  let candidates = inputs.questions.filter((question) => weights.has(question.id));
  const chosen: Question[] = [];
  while (chosen.length < inputs.count && candidates.length > 0) {
    const picked = pickWeighted(candidates, (question) => weights.get(question.id) ?? 0, { random: inputs.random });
    if (!picked) break;
    chosen.push(picked);
    candidates = candidates.filter((question) => question !== picked);
  }
  return orderByTags(chosen);
}

const shareTag = (a: Question, b: Question): boolean => a.tags.some((tag) => b.tags.includes(tag));

/** Keeps the drawn order where it can; searches (depth first, bounded) for one without neighbours sharing a tag. */
function orderByTags(questions: readonly Question[]): Question[] {
  let best = [...questions];
  let bestClashes = clashes(best);
  if (bestClashes === 0) return best;
  let steps = 0;
  const used = new Array<boolean>(questions.length).fill(false);
  const order: Question[] = [];
  const search = (clashCount: number): boolean => {
    if (++steps > ORDER_SEARCH_BUDGET || clashCount >= bestClashes) return false;
    if (order.length === questions.length) {
      best = [...order];
      bestClashes = clashCount;
      return clashCount === 0;
    }
    for (let i = 0; i < questions.length; i++) {
      if (used[i]) continue;
      const next = questions[i] as Question;
      const previous = order.at(-1);
      used[i] = true;
      order.push(next);
      const done = search(clashCount + (previous && shareTag(previous, next) ? 1 : 0));
      order.pop();
      used[i] = false;
      if (done) return true;
    }
    return false;
  };
  search(0);
  return best;
}

function clashes(order: readonly Question[]): number {
  let count = 0;
  for (let i = 1; i < order.length; i++) if (shareTag(order[i - 1] as Question, order[i] as Question)) count++;
  return count;
}
