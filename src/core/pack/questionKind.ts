import { EXERCISE_ONLY_KEYS } from '../exercise/extractExercise';
import type { Heading } from './headings';
import type { MetadataLine, ProblemSink } from './metadata';

export type QuestionKind = 'question' | 'exercise';
const KINDS: readonly QuestionKind[] = ['question', 'exercise'];

/** `kind:` of a question: a plain question (the default) or a SQL exercise. */
export function kindOf(meta: ReadonlyMap<string, MetadataLine>, problem: ProblemSink): QuestionKind {
  const entry = meta.get('kind');
  if (!entry) return 'question';
  const kind = KINDS.find((candidate) => candidate === entry.value.toLowerCase());
  if (!kind) problem('warning', entry.line, `Unknown kind "${entry.value}"; it is read as a question.`, `Use one of: ${KINDS.join(', ')}.`);
  return kind ?? 'question';
}

/** A question that is not an exercise: its exercise keys are warned about; gives undefined (no exercise). */
export function noExerciseKeys(meta: ReadonlyMap<string, MetadataLine>, problem: ProblemSink): undefined {
  for (const key of EXERCISE_ONLY_KEYS) {
    const entry = meta.get(key);
    if (entry) problem('warning', entry.line, `"${key}" is only read for exercises; it is ignored.`, 'Add "kind: exercise" to make this question an exercise, or remove the line.');
  }
  return undefined;
}

/** "### Answer" and the sections after it as line ranges (0-based, end exclusive) with their titles. */
export function answerSections(sections: readonly Heading[], questionEnd: number): { title: string; headingLine: number; start: number; end: number }[] {
  return sections.map((heading, index) => ({ title: heading.title, headingLine: heading.start + 1, start: heading.bodyStart, end: sections[index + 1]?.start ?? questionEnd }));
}
