import type MarkdownIt from 'markdown-it';
import { isValidId } from './ids';
import { DIFFICULTIES, type Difficulty, type PackProblem } from './types';

type Token = MarkdownIt.Token;

export interface MetadataLine {
  readonly key: string;
  readonly value: string;
  /** 1-based line number in the pack file. */
  readonly line: number;
}

const META_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Reads a `key: value` paragraph placed directly under a heading. A paragraph counts as metadata
 * only when every line has that shape and at least one key is known, so ordinary prose such as
 * "Note: ..." stays prose.
 */
export function readMetadata(
  paragraphOpen: Token | undefined,
  inline: Token | undefined,
  knownKeys: ReadonlySet<string>,
): MetadataLine[] | undefined {
  if (paragraphOpen?.type !== 'paragraph_open' || paragraphOpen.level !== 0 || !paragraphOpen.map) return undefined;
  if (inline?.type !== 'inline') return undefined;
  const firstLine = paragraphOpen.map[0] + 1;
  const entries: MetadataLine[] = [];
  const lines = inline.content.split('\n');
  for (const [index, raw] of lines.entries()) {
    const match = META_LINE.exec(raw.trim());
    if (!match) return undefined;
    entries.push({ key: (match[1] ?? '').toLowerCase(), value: (match[2] ?? '').trim(), line: firstLine + index });
  }
  return entries.some((entry) => knownKeys.has(entry.key)) ? entries : undefined;
}

export type ProblemSink = (severity: PackProblem['severity'], line: number, message: string, hint: string) => void;

/** The known keys' first values; unknown and repeated keys are warned about. */
export function metadataValues(
  metadata: readonly MetadataLine[] | undefined,
  known: ReadonlySet<string>,
  owner: string,
  problem: ProblemSink,
): Map<string, MetadataLine> {
  const values = new Map<string, MetadataLine>();
  for (const entry of metadata ?? []) {
    if (!known.has(entry.key)) {
      problem('warning', entry.line, `Unknown ${owner} metadata key "${entry.key}"; it is ignored.`, `Known keys: ${[...known].join(', ')}.`);
    } else if (values.has(entry.key)) {
      problem('warning', entry.line, `"${entry.key}" is given twice; the first value is used.`, 'Remove the extra line.');
    } else {
      values.set(entry.key, entry);
    }
  }
  return values;
}

/** A valid explicit id, or undefined (with a warning when one was given but is not valid). */
export function explicitId(entry: MetadataLine | undefined, title: string, problem: ProblemSink): string | undefined {
  if (!entry) return undefined;
  const id = entry.value.toLowerCase();
  if (isValidId(id)) return id;
  problem('warning', entry.line, `Id "${entry.value}" is not valid; an id derived from "${title}" is used instead.`, 'Use lowercase letters, digits, ".", "-", "_" or "/" (at most 120 characters).');
  return undefined;
}

export function readDifficulty(entry: MetadataLine | undefined, problem: ProblemSink): Difficulty | undefined {
  if (!entry) return undefined;
  const value = entry.value.toLowerCase();
  const difficulty = DIFFICULTIES.find((d) => d === value);
  if (!difficulty) {
    problem('warning', entry.line, `Unknown difficulty "${entry.value}"; it is ignored.`, `Use one of: ${DIFFICULTIES.join(', ')}.`);
  }
  return difficulty;
}

export function readTags(entry: MetadataLine | undefined): string[] {
  if (!entry) return [];
  const tags = entry.value.split(/[,;]/).map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  return [...new Set(tags)];
}
