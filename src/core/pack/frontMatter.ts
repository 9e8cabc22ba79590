import type { MetadataLine } from './metadata';
import type { PackProblem } from './types';

export const FRONT_MATTER_KEYS: readonly string[] = ['id', 'title', 'description', 'difficulty', 'tags'];

export interface FrontMatter {
  /** Known keys only, first value of each; lists (`tags`) joined with ", ". */
  readonly values: ReadonlyMap<string, MetadataLine>;
  /** 1-based line of the closing `---`. */
  readonly endLine: number;
}

export interface SplitText {
  /** The text with the front matter's lines left empty, so every line keeps its number. */
  readonly body: string;
  readonly frontMatter: FrontMatter | undefined;
  readonly problems: readonly PackProblem[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]+-[ \t]+(.*)$/;

/**
 * YAML front matter, as notes apps and static site generators write it: `---` on the first line,
 * `key: value` lines, and `---` (or `...`) to close. Only flat keys are read (a value, a `[a, b]`
 * list or a list of `- item` lines); markdown-it would otherwise take the block for a rule and an
 * underlined heading.
 */
export function splitFrontMatter(file: string, text: string): SplitText {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { body: text, frontMatter: undefined, problems: [] };
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
  const problems: PackProblem[] = [];
  const problem = (line: number, message: string, hint: string): void => {
    problems.push({ severity: 'warning', location: { file, line }, message, hint });
  };
  if (close === -1) {
    // A lone `---` first is a thematic break; only a block that starts like YAML is front matter.
    if (KEY_LINE.test(lines[1] ?? '')) {
      problems.push({ severity: 'error', location: { file, line: 1 }, message: 'Front matter opened on line 1 is never closed, so it is read as markdown.', hint: 'Add a "---" line after its last key.' });
    }
    return { body: text, frontMatter: undefined, problems };
  }
  const values = new Map<string, MetadataLine>();
  let listKey: MetadataLine | undefined;
  const items: string[] = [];
  const endList = (): void => {
    if (listKey && items.length > 0) values.set(listKey.key, { ...listKey, value: items.join(', ') });
    listKey = undefined;
    items.length = 0;
  };
  for (let index = 1; index < close; index++) {
    const raw = lines[index] ?? '';
    const line = index + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const item = LIST_ITEM.exec(raw);
    if (item) {
      if (listKey) items.push(unquote(item[1] ?? ''));
      continue;
    }
    endList();
    const match = KEY_LINE.exec(raw);
    if (!match) {
      problem(line, `Front matter line ${line} is not a "key: value" line; it is ignored.`, 'Write one "key: value" per line.');
      continue;
    }
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (!FRONT_MATTER_KEYS.includes(key)) {
      problem(line, `Unknown front matter key "${match[1]}"; it is ignored.`, `Known keys: ${FRONT_MATTER_KEYS.join(', ')}.`);
    } else if (values.has(key)) {
      problem(line, `"${key}" is given twice in the front matter; the first value is used.`, 'Remove the extra line.');
    } else if (value === '' || value === '|' || value === '>') {
      listKey = value === '' ? { key, value: '', line } : undefined;
      if (value !== '') problem(line, `"${key}" uses a multi-line YAML value, which is not read; it is ignored.`, `Write "${key}: ..." on one line.`);
    } else {
      values.set(key, { key, value: flowList(value) ?? unquote(value), line });
    }
  }
  endList();
  const body = lines.map((line, index) => (index <= close ? '' : line)).join('\n');
  return { body, frontMatter: { values, endLine: close + 1 }, problems };
}

function flowList(value: string): string | undefined {
  if (!value.startsWith('[') || !value.endsWith(']')) return undefined;
  return value.slice(1, -1).split(',').map((item) => unquote(item.trim())).filter(Boolean).join(', ');
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? '') : value.replace(/[ \t]+#.*$/, '');
}
