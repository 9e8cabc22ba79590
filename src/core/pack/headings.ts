import type MarkdownIt from 'markdown-it';
import { withoutComments } from './comments';
import type { LostHeading } from './textLoss';
import { readMetadata, type MetadataLine, type ProblemSink } from './metadata';

type Token = MarkdownIt.Token;

export const TOPIC_KEYS: ReadonlySet<string> = new Set(['id']);
export const QUESTION_KEYS: ReadonlySet<string> = new Set(['id', 'difficulty', 'tags', 'kind', 'rows', 'columns', 'check']);

/** A structural ATX heading found in the token stream: `#` topic, `##` question, `###` section. */
export interface Heading {
  readonly depth: number;
  readonly title: string;
  /** 0-based first line of the heading; -1 for the file's own topic, which has no heading. */
  readonly start: number;
  /** 0-based line after the heading, or after its metadata paragraph when there is one. */
  readonly bodyStart: number;
  readonly metadata: readonly MetadataLine[] | undefined;
}

export interface QuestionGroup {
  readonly heading: Heading;
  readonly sections: Heading[];
  /** 0-based line where the question ends (exclusive). */
  end: number;
}

export interface TopicGroup {
  readonly heading: Heading;
  readonly questions: QuestionGroup[];
  /** `##` headings a loss swallowed: questions of this topic that markdown-it never saw. */
  readonly lost: LostHeading[];
  descriptionEnd: number;
}

/** Top-level `#`, `##` and `###` headings with their metadata; underlined headings are warned about. */
export function collectHeadings(tokens: readonly Token[], problem: ProblemSink): Heading[] {
  const headings: Heading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type !== 'heading_open' || token.level !== 0 || !token.map) continue;
    const depth = Number(token.tag.slice(1));
    if (depth > 3) continue;
    const title = withoutComments((tokens[i + 1]?.content ?? '').trim());
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

/**
 * One linear pass: topics hold questions, questions hold their `###` sections and end lines. Lost
 * `##` headings join the topic they were written in; questions (read or lost) before the first `#`
 * go to the file's own topic.
 */
export function groupHeadings(headings: readonly Heading[], lineCount: number, fileTopicTitle: string, lostHeadings: readonly LostHeading[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  let topic: TopicGroup | undefined;
  let question: QuestionGroup | undefined;
  const lost = lostHeadings.filter((heading) => heading.depth === 2);
  let nextLost = 0;
  const fileTopic = (): TopicGroup => {
    topic ??= { heading: { depth: 1, title: fileTopicTitle, start: -1, bodyStart: 0, metadata: undefined }, questions: [], lost: [], descriptionEnd: 0 };
    if (groups.length === 0) groups.push(topic);
    return topic;
  };
  /** Lost headings before 0-based `line` belong to the topic open until then. */
  const takeLost = (line: number): void => {
    while (nextLost < lost.length && (lost[nextLost]?.line ?? Infinity) <= line) {
      fileTopic().lost.push(lost[nextLost++]!);
    }
  };
  const close = (line: number): void => {
    if (question) question.end = line;
    if (topic && topic.questions.length === 0) topic.descriptionEnd = line;
  };
  for (const heading of headings) {
    takeLost(heading.start);
    if (heading.depth === 1) {
      close(heading.start);
      topic = { heading, questions: [], lost: [], descriptionEnd: lineCount };
      question = undefined;
      groups.push(topic);
    } else if (heading.depth === 2) {
      const owner = fileTopic();
      close(heading.start);
      question = { heading, sections: [], end: lineCount };
      owner.questions.push(question);
    } else if (question) {
      question.sections.push(heading);
    }
  }
  takeLost(lineCount);
  close(lineCount);
  return groups;
}

/** Sorted 0-based first lines of the top-level blocks that show something (not comments). */
export function contentStartLines(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  for (const token of tokens) {
    if (token.level === 0 && token.nesting !== -1 && token.map && token.type !== 'html_comment') starts.push(token.map[0]);
  }
  return starts;
}

/** The first value of the sorted list in [from, to], if any. */
export function firstInRange(sorted: readonly number[], from: number, to: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? Infinity) < from) low = mid + 1;
    else high = mid;
  }
  const found = sorted[low];
  return found !== undefined && found <= to ? found : undefined;
}
