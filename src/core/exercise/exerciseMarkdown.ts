import type { Question } from '../pack/types';

/**
 * What the panel shows of an exercise, as markdown: the task with the schema it runs on (the
 * topic's seed is added when the exercise has none of its own in its text), and, once the user
 * asks for the solution, the reference solution followed by its explanation. Hints are kept apart.
 */
export function exerciseMarkdown(question: Question): { prompt: string; answer: string } {
  const exercise = question.exercise;
  if (!exercise) return { prompt: question.prompt, answer: question.answer };
  const ownSeed = exercise.seedLine > question.location.line;
  const schema = ownSeed ? '' : `\n\nThe database:\n\n${fenced(exercise.seed)}`;
  return {
    prompt: `${question.prompt}${schema}`.trim(),
    answer: `${fenced(exercise.solution)}\n\n${exercise.explanation}`.trim(),
  };
}

/** A sql fence long enough that no run of backticks inside the SQL closes it. */
function fenced(sql: string): string {
  const longest = Math.max(2, ...[...sql.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}sql\n${sql}\n${fence}`;
}
