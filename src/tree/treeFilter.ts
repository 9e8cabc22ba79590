import type { Question } from '../core/pack/types';
import type { QuestionProgress } from '../core/practice';

export type TreeFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'due' }
  | { readonly kind: 'new' }
  | { readonly kind: 'weak' }
  | { readonly kind: 'tag'; readonly tag: string };

export const ALL: TreeFilter = { kind: 'all' };

/** Weak: forgotten at least once, or likely to be forgotten soon. */
export function isWeak(progress: QuestionProgress): boolean {
  return progress.status !== 'new' && progress.status !== 'suspended' && (progress.lapses > 0 || progress.retrievability < 0.8);
}

export function matchesFilter(filter: TreeFilter, question: Question, progress: QuestionProgress): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'due':
      return progress.status === 'due';
    case 'new':
      return progress.status === 'new';
    case 'weak':
      return isWeak(progress);
    case 'tag':
      return question.tags.includes(filter.tag);
  }
}

export function describeFilter(filter: TreeFilter): string | undefined {
  switch (filter.kind) {
    case 'all':
      return undefined;
    case 'tag':
      return `#${filter.tag}`;
    default:
      return filter.kind;
  }
}
