import type MarkdownIt from 'markdown-it';
import { markdownEngine } from '../render/markdownEngine';
import { questionHash, isValidId, slugify } from './ids';
import { readMetadata, type MetadataLine } from './metadata';
import { DIFFICULTIES, type Difficulty, type PackProblem, type ParsedPack, type Question, type Topic } from './types';
import { findUnclosedFences } from './fences';

type Token = MarkdownIt.Token;

const TOPIC_KEYS = new Set(['id']);
const QUESTION_KEYS = new Set(['id', 'difficulty', 'tags']);
const ANSWER_HEADING = 'answer';

/** A structural ATX heading found in the token stream: `#` topic, `##` question, `###` section. */
interface Heading {
  readonly depth: number;
  readonly title: string;
  /** 0-based first line of the heading. */
  readonly start: number;
  /** 0-based line after the heading, or after its metadata paragraph when there is one. */
  readonly bodyStart: number;
  readonly metadata: readonly MetadataLine[] | undefined;
}

export interface ParseOptions {
  /** 1-based lines holding invalid bytes; questions that contain one are skipped. */
  readonly badLines?: ReadonlySet<number>;
}

/**
 * Parses a question pack from markdown-it's block tokens, never from regexes over lines, so `##`
 * inside code fences, tables or lists cannot start a question.
 */
export function parsePack(file: string, text: string, options: ParseOptions = {}): ParsedPack {
  const problems: PackProblem[] = [];
  const problem = (severity: PackProblem['severity'], line: number, message: string, hint: string): void => {
    problems.push({ severity, location: { file, line }, message, hint });
  };
  const tokens = blockTokens(text);
  const lines = text.split('\n');
  const headings = collectHeadings(tokens, problem);
  const fenceLines = findUnclosedFences(tokens, lines);
  for (const line of fenceLines) {
    problem('error', line, `Code fence opened on line ${line} is never closed; everything after it is read as code.`, 'Add the closing ``` line.');
  }
  const tooDeep = findTooDeepNesting(tokens);
  if (tooDeep !== undefined) {
    problem('error', tooDeep, `Lists or block quotes nest too deeply from line ${tooDeep} (markdown reads at most 100 levels); text after it may be lost.`, 'Nest lists and block quotes less deeply.');
  }
  const slice = (from: number, to: number): string => lines.slice(from, to).join('\n').trim();
  const invalidLines = sortedUnique([...(options.badLines ?? []), ...fenceLines, ...(tooDeep === undefined ? [] : [tooDeep])]);
  const hasBadLine = (from: number, to: number): boolean => anyInRange(invalidLines, from + 1, to);

  const topics: Topic[] = [];
  const seenIds = new Set<string>();
  const fallbackTitle = topicTitleFromFile(file);

  for (const group of groupHeadings(headings, lines.length, fallbackTitle)) {
    const topicHeading = group.heading;
    const topicMeta = metadataValues(topicHeading.metadata, TOPIC_KEYS, 'topic', problem);
    const topicId = explicitId(topicMeta.get('id'), topicHeading, problem) ?? (slugify(topicHeading.title) || slugify(fallbackTitle) || 'topic');
    const questions: Question[] = [];

    for (const [qIndex, entry] of group.questions.entries()) {
      const { heading: qHeading, sections, end: qEnd } = entry;
      const line = qHeading.start + 1;
      const answerIndex = sections.findIndex((h) => h.title.toLowerCase() === ANSWER_HEADING);
      const answerHeading = sections[answerIndex];
      const meta = metadataValues(qHeading.metadata, QUESTION_KEYS, 'question', problem);
      if (!qHeading.title) {
        problem('error', line, 'Question has no title; it is skipped.', 'Write the question after "## ".');
        continue;
      }
      if (!answerHeading) {
        problem('error', line, `Question "${qHeading.title}" has no answer; it is skipped.`, 'Add a "### Answer" heading followed by the answer.');
        continue;
      }
      const answer = slice(answerHeading.bodyStart, qEnd);
      if (!answer) {
        problem('error', answerHeading.start + 1, `Question "${qHeading.title}" has an empty answer; it is skipped.`, 'Write the answer under "### Answer".');
        continue;
      }
      if (hasBadLine(qHeading.start, qEnd)) {
        problem('error', line, `Question "${qHeading.title}" contains invalid text (bad bytes or an unclosed code fence); it is skipped.`, 'Fix the lines reported for this file.');
        continue;
      }
      const id = explicitId(meta.get('id'), qHeading, problem) ?? `${topicId}/${slugify(qHeading.title) || `q${qIndex + 1}`}`;
      if (seenIds.has(id)) {
        problem('error', line, `Duplicate question id "${id}"; this question is skipped.`, 'Give each question a unique "id:" line under its heading.');
        continue;
      }
      seenIds.add(id);
      const prompt = slice(qHeading.bodyStart, answerHeading.start);
      questions.push({
        id,
        topicId,
        title: qHeading.title,
        difficulty: readDifficulty(meta.get('difficulty'), problem),
        tags: readTags(meta.get('tags')),
        prompt,
        answer,
        sections: sections.slice(answerIndex).map((h) => h.title),
        hash: questionHash(qHeading.title, prompt, answer),
        location: { file, line },
      });
    }
    if (topicHeading.start >= 0 || questions.length > 0) {
      topics.push({
        id: topicId,
        title: topicHeading.title || fallbackTitle,
        description: slice(topicHeading.bodyStart, group.descriptionEnd),
        questions,
        location: { file, line: Math.max(1, topicHeading.start + 1) },
      });
    }
  }
  return { file, topics, problems: problems.sort((a, b) => a.location.line - b.location.line) };
}

/**
 * markdown-it's block tokens only. The structure needs headings, metadata paragraphs and fences,
 * whose `content` and `map` the block pass already sets; the inline pass (emphasis, links,
 * linkify: well over half of a full `parse`) only fills `children`, which nothing here reads, and
 * it runs again anyway when a question is rendered. The text is normalised the way markdown-it's
 * own first core rule does it, so the tokens are exactly those of `parse`.
 */
function blockTokens(text: string): Token[] {
  const md = markdownEngine();
  const source = text.includes('\r') || text.includes('\0') ? text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') : text;
  const tokens: Token[] = [];
  md.block.parse(source, md, {}, tokens);
  return tokens;
}

/** 1-based line of the first block nested so deep that markdown-it (maxNesting) may drop what follows it. */
function findTooDeepNesting(tokens: readonly Token[]): number | undefined {
  const limit = (markdownEngine().options.maxNesting ?? 100) - 2;
  for (const token of tokens) {
    if (token.level >= limit && token.map) return token.map[0] + 1;
  }
  return undefined;
}

interface QuestionGroup {
  readonly heading: Heading;
  readonly sections: Heading[];
  /** 0-based line where the question ends (exclusive). */
  end: number;
}

interface TopicGroup {
  readonly heading: Heading;
  readonly questions: QuestionGroup[];
  descriptionEnd: number;
}

/** One linear pass: topics hold questions, questions hold their `###` sections and end lines. */
function groupHeadings(headings: readonly Heading[], lineCount: number, fallbackTitle: string): TopicGroup[] {
  const groups: TopicGroup[] = [];
  let topic: TopicGroup | undefined;
  let question: QuestionGroup | undefined;
  const close = (line: number): void => {
    if (question) question.end = line;
    if (topic && topic.questions.length === 0) topic.descriptionEnd = line;
  };
  for (const heading of headings) {
    if (heading.depth === 1) {
      close(heading.start);
      topic = { heading, questions: [], descriptionEnd: lineCount };
      question = undefined;
      groups.push(topic);
    } else if (heading.depth === 2) {
      if (!topic) {
        topic = { heading: { depth: 1, title: fallbackTitle, start: -1, bodyStart: 0, metadata: undefined }, questions: [], descriptionEnd: 0 };
        groups.push(topic);
      }
      close(heading.start);
      question = { heading, sections: [], end: lineCount };
      topic.questions.push(question);
    } else if (question) {
      question.sections.push(heading);
    }
  }
  close(lineCount);
  return groups;
}

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** True when the sorted list holds a value in [from, to]. */
function anyInRange(sorted: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? Infinity) < from) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && (sorted[low] ?? Infinity) <= to;
}

type ProblemSink = (severity: PackProblem['severity'], line: number, message: string, hint: string) => void;

function collectHeadings(tokens: readonly Token[], problem: ProblemSink): Heading[] {
  const headings: Heading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type !== 'heading_open' || token.level !== 0 || !token.map) continue;
    const depth = Number(token.tag.slice(1));
    if (depth > 3) continue;
    const title = (tokens[i + 1]?.content ?? '').trim();
    if (!token.markup.startsWith('#')) {
      if (depth <= 2) {
        problem('warning', token.map[0] + 1, `"${title}" is an underlined heading, so it is read as answer text, not as a topic or question.`, 'Start topics with "# " and questions with "## ".');
      }
      continue;
    }
    const knownKeys = depth === 1 ? TOPIC_KEYS : depth === 2 ? QUESTION_KEYS : new Set<string>();
    const metadata = depth < 3 ? readMetadata(tokens[i + 3], tokens[i + 4], knownKeys) : undefined;
    const paragraphEnd = tokens[i + 3]?.map?.[1];
    headings.push({
      depth,
      title,
      start: token.map[0],
      bodyStart: metadata && paragraphEnd !== undefined ? paragraphEnd : token.map[1],
      metadata,
    });
  }
  return headings;
}

function metadataValues(
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

function explicitId(entry: MetadataLine | undefined, heading: Heading, problem: ProblemSink): string | undefined {
  if (!entry) return undefined;
  const id = entry.value.toLowerCase();
  if (isValidId(id)) return id;
  problem('warning', entry.line, `Id "${entry.value}" is not valid; an id derived from "${heading.title}" is used instead.`, 'Use lowercase letters, digits, ".", "-", "_" or "/" (at most 120 characters).');
  return undefined;
}

function readDifficulty(entry: MetadataLine | undefined, problem: ProblemSink): Difficulty | undefined {
  if (!entry) return undefined;
  const value = entry.value.toLowerCase();
  const difficulty = DIFFICULTIES.find((d) => d === value);
  if (!difficulty) {
    problem('warning', entry.line, `Unknown difficulty "${entry.value}"; it is ignored.`, `Use one of: ${DIFFICULTIES.join(', ')}.`);
  }
  return difficulty;
}

function readTags(entry: MetadataLine | undefined): string[] {
  if (!entry) return [];
  const tags = entry.value.split(/[,;]/).map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  return [...new Set(tags)];
}

function topicTitleFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/(\.questions)?\.(md|markdown)$/i, '');
  const words = stem.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Questions';
}
