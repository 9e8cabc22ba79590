import type MarkdownIt from 'markdown-it';
import type { MetadataLine, ProblemSink } from '../pack/metadata';
import { COLUMN_RULES, ROW_RULES, type ColumnRule, type Exercise, type RowRule } from './exercise';

type Token = MarkdownIt.Token;

/** Lines are 0-based, `end` exclusive, as markdown-it's token maps. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

export interface ExerciseSource {
  readonly tokens: readonly Token[];
  readonly lines: readonly string[];
  readonly title: string;
  /** 1-based line of the question's heading. */
  readonly line: number;
  /** The question's prompt: from its metadata to "### Answer". */
  readonly prompt: LineRange;
  /** The topic's description, where a seed shared by its exercises lives. */
  readonly topicDescription: LineRange;
  /** "### Answer" (from the line after it) and every later "###" section, with their titles. */
  readonly sections: readonly (LineRange & { readonly title: string; readonly headingLine: number })[];
  readonly metadata: ReadonlyMap<string, MetadataLine>;
}

export const EXERCISE_ONLY_KEYS = ['rows', 'columns', 'check'] as const;
const HINTS = 'hints';

/** The fences in a range: `seed` for ```sql seed, `sql` for a plain ```sql (or postgresql/psql). */
function sqlFences(tokens: readonly Token[], range: LineRange): { kind: 'seed' | 'sql'; token: Token }[] {
  const found: { kind: 'seed' | 'sql'; token: Token }[] = [];
  for (const token of tokens) {
    if (token.type !== 'fence' || !token.map || token.map[0] < range.start || token.map[0] >= range.end) continue;
    const [lang = '', ...flags] = token.info.trim().toLowerCase().split(/\s+/);
    if (!['sql', 'postgresql', 'psql'].includes(lang)) continue;
    found.push({ kind: flags.includes('seed') ? 'seed' : 'sql', token });
  }
  return found;
}

/**
 * The exercise of a question whose metadata says `kind: exercise`, or null when it cannot run
 * (no seed, two seeds in one place, no reference solution): each such cause is an error on its line.
 */
export function extractExercise(source: ExerciseSource, problem: ProblemSink): Exercise | null {
  const { tokens, lines, title, metadata } = source;
  const headingLine = source.line;
  const own = sqlFences(tokens, source.prompt).filter((fence) => fence.kind === 'seed');
  const shared = sqlFences(tokens, source.topicDescription).filter((fence) => fence.kind === 'seed');
  const seeds = own.length > 0 ? own : shared;
  if (seeds.length === 0) {
    problem('error', headingLine, `Exercise "${title}" has no seed; it is skipped.`, 'Add a "```sql seed" block with the tables and rows to the exercise, or to its topic\'s description for every exercise of the topic.');
    return null;
  }
  if (seeds.length > 1) {
    const where = seeds.map((fence) => (fence.token.map?.[0] ?? 0) + 1).join(' and ');
    problem('error', (seeds[1]?.token.map?.[0] ?? 0) + 1, `Exercise "${title}" has ${seeds.length} seeds (lines ${where}); it is skipped.`, 'Keep one "```sql seed" block per exercise or topic.');
    return null;
  }
  const answer = source.sections[0];
  const solution = answer && sqlFences(tokens, answer).find((fence) => fence.kind === 'sql');
  if (!answer || !solution?.token.map) {
    problem('error', (answer?.headingLine ?? headingLine), `Exercise "${title}" has no reference solution; it is skipped.`, 'Put the solution in a "```sql" block under "### Answer".');
    return null;
  }
  const seed = seeds[0]!.token;
  const hintsSection = source.sections.find((section, index) => index > 0 && section.title.toLowerCase() === HINTS);
  const hints = hintsSection ? readHints(tokens, lines, hintsSection, problem) : [];
  const solutionRange = { start: solution.token.map[0], end: solution.token.map[1] };
  const explanation = source.sections
    .filter((section) => section !== hintsSection)
    .map((section, index) => {
      const from = index === 0 ? section.start : section.headingLine - 1;
      return lines.slice(from, section.end).filter((_line, offset) => !within(solutionRange, from + offset)).join('\n');
    })
    .join('\n')
    .trim();
  const planWords = readPlanCheck(metadata.get('check'), problem);
  return {
    seed: seed.content.trimEnd(),
    seedLine: (seed.map?.[0] ?? 0) + 1,
    solution: solution.token.content.trimEnd(),
    solutionLine: solutionRange.start + 1,
    explanation,
    hints,
    rows: readRule<RowRule>(metadata.get('rows'), ROW_RULES, 'set', problem),
    columns: readRule<ColumnRule>(metadata.get('columns'), COLUMN_RULES, 'names', problem),
    ...(planWords ? { planWords } : {}),
  };
}

const within = (range: LineRange, line: number): boolean => line >= range.start && line < range.end;

/** One hint per item of the section's list; the marker is dropped, continuation lines dedented. */
function readHints(tokens: readonly Token[], lines: readonly string[], section: LineRange & { headingLine: number }, problem: ProblemSink): string[] {
  const hints: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'list_item_open' || token.level !== 1 || !token.map || !within(section, token.map[0])) continue;
    const [first = '', ...rest] = lines.slice(token.map[0], token.map[1]);
    const text = [first.replace(/^\s*(?:[-*+]|\d+[.)])\s*/, ''), ...rest.map((line) => line.replace(/^\s{1,4}/, ''))].join('\n').trim();
    if (text) hints.push(text);
  }
  if (hints.length === 0) problem('warning', section.headingLine, 'The "### Hints" section has no list items, so the exercise has no hints.', 'Write one "- " bullet per hint.');
  return hints;
}

function readRule<T extends string>(entry: MetadataLine | undefined, allowed: readonly T[], fallback: T, problem: ProblemSink): T {
  if (!entry) return fallback;
  const value = entry.value.toLowerCase();
  const rule = allowed.find((candidate) => candidate === value);
  if (!rule) problem('warning', entry.line, `Unknown ${entry.key} "${entry.value}"; "${fallback}" is used.`, `Use one of: ${allowed.join(', ')}.`);
  return rule ?? fallback;
}

function readPlanCheck(entry: MetadataLine | undefined, problem: ProblemSink): string | undefined {
  if (!entry) return undefined;
  const match = /^plan\s+(\S.*)$/i.exec(entry.value);
  if (!match) {
    problem('warning', entry.line, `Unknown check "${entry.value}"; the result is compared with the reference's instead.`, 'Write "check: plan <words the plan must contain>", e.g. "check: plan Index Scan".');
    return undefined;
  }
  return match[1]!.trim();
}
