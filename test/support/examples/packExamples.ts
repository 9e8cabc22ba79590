import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPack } from '../../../src/core/pack/loadPack';
import type { ParsedPack, Question } from '../../../src/core/pack/types';
import { markdownEngine } from '../../../src/core/render/markdownEngine';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Other names writers use for the languages the runner checks (the panel's codeActions.ts knows the same ones). */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  javascript: 'js', mjs: 'js', cjs: 'js', node: 'js', typescript: 'ts', py: 'python', python3: 'python',
  psql: 'sql', postgres: 'sql', postgresql: 'sql', yml: 'yaml', docker: 'dockerfile', shell: 'sh', console: 'sh', zsh: 'sh',
};

/** One fenced code block of a question's answer, located in its pack file. */
export interface ExampleBlock {
  /** The pack file, relative to the repository root, with `/` separators. */
  readonly file: string;
  readonly questionId: string;
  /** First word of the info string, lowercase, aliases resolved (`javascript` is `js`); '' when there is none. */
  readonly lang: string;
  /** The other words of the info string, such as `norun`. */
  readonly flags: readonly string[];
  /** 1-based line of the opening fence in the pack file. */
  readonly line: number;
  readonly code: string;
}

export interface PackQuestion {
  readonly file: string;
  readonly question: Question;
  readonly blocks: readonly ExampleBlock[];
  /**
   * Set for an exercise (`kind: exercise`, see EXERCISE-FORMAT.md): the ` ```sql seed ` block its
   * solution runs on, the exercise's own (in its prompt) or else its topic's.
   */
  readonly exercise?: { readonly seed: ExampleBlock | undefined };
}

/** Every `.md` file under `data/` (sub-folders included), relative to the repository root, sorted. */
export function builtInPackFiles(root = REPO_ROOT): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile() && entry.name.endsWith('.md')) found.push(relative);
    }
  };
  walk('data');
  return found.sort();
}

/** Parses a pack with the product's own loader, so questions and answers are what users see. */
export function loadPackFile(file: string, root = REPO_ROOT): { pack: ParsedPack; text: string } {
  const bytes = fs.readFileSync(path.join(root, file));
  return { pack: loadPack(file, bytes), text: bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** The questions of one pack file, each with the code blocks of its answer. */
export function questionsWithExamples(file: string, root = REPO_ROOT): PackQuestion[] {
  const { pack, text } = loadPackFile(file, root);
  const lines = text.split('\n');
  const result: PackQuestion[] = [];
  for (const topic of pack.topics) {
    const topicSeed = seedBlock(topic.description, lines, topic.location.line, file, topic.id);
    for (const question of topic.questions) {
      const answerStart = answerLineIndex(lines, question);
      const blocks = markdownEngine()
        .parse(question.answer, {})
        .filter((token) => token.type === 'fence' && token.map)
        .map((token): ExampleBlock => {
          const [written = '', ...flags] = token.info.trim().toLowerCase().split(/\s+/);
          const lang = LANGUAGE_ALIASES[written] ?? written;
          return { file, questionId: question.id, lang, flags, line: answerStart + (token.map?.[0] ?? 0) + 1, code: token.content };
        });
      const exercise = metadataSaysExercise(lines, question)
        ? { seed: seedBlock(question.prompt, lines, question.location.line, file, question.id) ?? topicSeed }
        : undefined;
      result.push({ file, question, blocks, ...(exercise ? { exercise } : {}) });
    }
  }
  return result;
}

/**
 * 0-based line of the file where the question's answer text begins: the parser stores the answer
 * trimmed, so its first line is searched for after the question's `### Answer` heading.
 */
function answerLineIndex(lines: readonly string[], question: Question): number {
  const firstLine = question.answer.split('\n')[0] ?? '';
  let index = question.location.line - 1;
  while (index < lines.length && !/^###\s+answer\s*$/i.test(lines[index]?.trim() ?? '')) index++;
  while (index < lines.length && (lines[index] ?? '').trim() !== firstLine.trim()) index++;
  if (index >= lines.length) throw new Error(`${question.location.file}: the answer of ${question.id} was not found in the file`);
  return index;
}

/**
 * Whether the metadata paragraph under the question's heading says `kind: exercise`. Read from the
 * file's lines because the pack parser keeps only the metadata keys it knows.
 */
function metadataSaysExercise(lines: readonly string[], question: Question): boolean {
  let index = question.location.line; // the line after the heading (location.line is 1-based)
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  for (; index < lines.length && (lines[index] ?? '').trim() !== ''; index++) {
    if (/^kind\s*:\s*exercise\s*$/i.test((lines[index] ?? '').trim())) return true;
  }
  return false;
}

/** Whether a built-in question is an exercise (`kind: exercise`), read from its pack file. */
export function isExercise(question: Question, root = REPO_ROOT): boolean {
  const text = fs.readFileSync(path.join(root, question.location.file), 'utf8').replace(/\r\n?/g, '\n');
  return metadataSaysExercise(text.split('\n'), question);
}

/** The first ` ```sql seed ` block of a topic description or prompt, located in the file after `fromLine` (1-based). */
function seedBlock(markdown: string, lines: readonly string[], fromLine: number, file: string, questionId: string): ExampleBlock | undefined {
  const fence = markdownEngine().parse(markdown, {}).find((token) => token.type === 'fence' && /^sql\s+seed\b/i.test(token.info.trim()));
  if (!fence) return undefined;
  let index = fromLine;
  while (index < lines.length && !/^\s*(`{3,}|~{3,})\s*sql\s+seed\b/i.test(lines[index] ?? '')) index++;
  return { file, questionId, lang: 'sql', flags: ['seed'], line: index + 1, code: fence.content };
}
