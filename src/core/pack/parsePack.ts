import type MarkdownIt from 'markdown-it';
import { markdownEngine } from '../render/markdownEngine';
import { findUnclosedComments } from './comments';
import { findUnclosedFences } from './fences';
import { splitFrontMatter } from './frontMatter';
import { collectHeadings, contentStartLines, firstInRange, groupHeadings, QUESTION_KEYS, TOPIC_KEYS, type Heading } from './headings';
import { questionHash, slugify } from './ids';
import { explicitId, metadataValues, readDifficulty, readTags, type MetadataLine, type ProblemSink } from './metadata';
import { commentLoss, describeLoss, fenceLoss, findLostHeadings, findNestingLosses, LossIndex } from './textLoss';
import { answerSections, kindOf, noExerciseKeys } from './questionKind';
import { extractExercise } from '../exercise/extractExercise';
import type { PackProblem, ParsedPack, Question, SkippedQuestion, Topic } from './types';

type Token = MarkdownIt.Token;

const ANSWER_HEADING = 'answer';
const ADD_QUESTION = 'Add a question: a "## " heading with the question, then "### Answer" and the answer under it.';

export interface ParseOptions {
  /** 1-based lines holding invalid bytes; questions that contain one are skipped. */
  readonly badLines?: ReadonlySet<number>;
}

/**
 * Parses a question pack from markdown-it's block tokens, never from regexes over lines, so `##`
 * inside code fences, tables, lists or HTML comments cannot start a question. Every question that
 * does not load is named in a problem that gives the real cause, and listed in its topic's `skipped`.
 */
export function parsePack(file: string, text: string, options: ParseOptions = {}): ParsedPack {
  const problems: PackProblem[] = [];
  const problem: ProblemSink = (severity, line, message, hint) => {
    problems.push({ severity, location: { file, line }, message, hint });
  };
  const split = splitFrontMatter(file, text);
  problems.push(...split.problems);
  const frontMatter = split.frontMatter?.values ?? new Map<string, MetadataLine>();
  const tokens = blockTokens(split.body);
  const lines = split.body.split('\n');
  const headings = collectHeadings(tokens, problem);
  const fences = findUnclosedFences(tokens, lines);
  const lossesAt = new LossIndex([...fences.map(fenceLoss), ...findNestingLosses(tokens), ...findUnclosedComments(tokens).map(commentLoss)]);
  // Only a heading after a loss that swallows text counts as lost (the scan is a backstop, not the parser).
  const lostHeadings = findLostHeadings(tokens, lines, new Set(fences.map((fence) => fence.line))).filter((heading) => {
    const record = lossesAt.before(heading.line);
    record?.lost.push(heading);
    return record !== undefined;
  });
  const badLines = [...(options.badLines ?? [])].sort((a, b) => a - b);
  const contentLines = contentStartLines(tokens);
  const slice = (from: number, to: number): string => lines.slice(from, to).join('\n').trim();
  const hasContent = (from: number, to: number): boolean => firstInRange(contentLines, from, to - 1) !== undefined;

  const topics: Topic[] = [];
  const seenIds = new Set<string>();
  const fallbackTitle = frontMatter.get('title')?.value || topicTitleFromFile(file);
  const defaultDifficulty = readDifficulty(frontMatter.get('difficulty'), problem);
  const defaultTags = readTags(frontMatter.get('tags'));
  const groups = groupHeadings(headings, lines.length, fallbackTitle, lostHeadings);
  if (groups.length > 0) warnUnusedFrontMatter(frontMatter, groups[0]?.heading.start === -1, problem);
  let skippedCount = 0;

  for (const group of groups) {
    const topicHeading = group.heading;
    const isFileTopic = topicHeading.start === -1;
    const topicMeta = metadataValues(topicHeading.metadata, TOPIC_KEYS, 'topic', problem);
    const idEntry = isFileTopic ? frontMatter.get('id') : topicMeta.get('id');
    const topicId = explicitId(idEntry, topicHeading.title, problem) ?? (slugify(topicHeading.title) || slugify(fallbackTitle) || 'topic');
    const questions: Question[] = [];
    const skipped: SkippedQuestion[] = [];
    const skip = (heading: Heading, reason: string): void => {
      skipped.push({ title: heading.title, line: heading.start + 1, reason });
    };

    for (const [qIndex, entry] of group.questions.entries()) {
      const { heading: qHeading, sections, end: qEnd } = entry;
      const line = qHeading.start + 1;
      const answerIndex = sections.findIndex((h) => h.title.toLowerCase() === ANSWER_HEADING);
      const answerHeading = sections[answerIndex];
      const meta = metadataValues(qHeading.metadata, QUESTION_KEYS, 'question', problem);
      const loss = lossesAt.within(line, qEnd);
      const badLine = firstInRange(badLines, line, qEnd);
      if (!qHeading.title) {
        problem('error', line, 'Question has no title; it is skipped.', 'Write the question after "## ".');
        skip(qHeading, 'no title');
        continue;
      }
      if (loss) {
        loss.skipped.push({ depth: 2, title: qHeading.title, line });
        skip(qHeading, loss.loss.reason);
        continue;
      }
      if (badLine !== undefined) {
        problem('error', line, `Question "${qHeading.title}" is skipped: line ${badLine} holds bytes that are not UTF-8.`, 'Re-save the file with UTF-8 encoding.');
        skip(qHeading, `bytes that are not UTF-8 on line ${badLine}`);
        continue;
      }
      if (!answerHeading) {
        problem('error', line, `Question "${qHeading.title}" has no answer; it is skipped.`, 'Add a "### Answer" heading followed by the answer.');
        skip(qHeading, 'no "### Answer" heading');
        continue;
      }
      if (!hasContent(answerHeading.bodyStart, qEnd)) {
        problem('error', answerHeading.start + 1, `Question "${qHeading.title}" has an empty answer; it is skipped.`, 'Write the answer under "### Answer".');
        skip(qHeading, 'empty answer');
        continue;
      }
      const id = explicitId(meta.get('id'), qHeading.title, problem) ?? `${topicId}/${slugify(qHeading.title) || `q${qIndex + 1}`}`;
      if (seenIds.has(id)) {
        problem('error', line, `Duplicate question id "${id}"; this question is skipped.`, 'Give each question a unique "id:" line under its heading.');
        skip(qHeading, `duplicate id "${id}"`);
        continue;
      }
      const exercise =
        kindOf(meta, problem) === 'exercise'
          ? extractExercise(
              {
                tokens,
                lines,
                title: qHeading.title,
                line,
                metadata: meta,
                prompt: { start: qHeading.bodyStart, end: answerHeading.start },
                topicDescription: { start: topicHeading.bodyStart, end: group.descriptionEnd },
                sections: answerSections(sections.slice(answerIndex), qEnd),
              },
              problem,
            )
          : noExerciseKeys(meta, problem);
      if (exercise === null) {
        skip(qHeading, 'the exercise cannot run');
        continue;
      }
      seenIds.add(id);
      const prompt = hasContent(qHeading.bodyStart, answerHeading.start) ? slice(qHeading.bodyStart, answerHeading.start) : '';
      const answer = slice(answerHeading.bodyStart, qEnd);
      questions.push({
        id,
        topicId,
        title: qHeading.title,
        difficulty: readDifficulty(meta.get('difficulty'), problem) ?? defaultDifficulty,
        tags: [...new Set([...defaultTags, ...readTags(meta.get('tags'))])],
        prompt,
        answer,
        sections: sections.slice(answerIndex).map((h) => h.title),
        hash: questionHash(qHeading.title, prompt, answer),
        location: { file, line },
        ...(exercise ? { exercise } : {}),
      });
    }
    for (const heading of group.lost) skipped.push({ title: heading.title, line: heading.line, reason: lossesAt.before(heading.line)?.loss.reason ?? 'lost' });
    skippedCount += skipped.length;
    if (!isFileTopic || questions.length > 0 || skipped.length > 0) {
      const ownText = hasContent(topicHeading.bodyStart, group.descriptionEnd) ? slice(topicHeading.bodyStart, group.descriptionEnd) : '';
      topics.push({
        id: topicId,
        title: topicHeading.title || fallbackTitle,
        description: isFileTopic ? (frontMatter.get('description')?.value ?? ownText) : ownText,
        questions,
        ...(skipped.length > 0 ? { skipped: skipped.sort((a, b) => a.line - b.line) } : {}),
        location: { file, line: Math.max(1, topicHeading.start + 1) },
      });
    }
  }
  for (const { loss, skipped, lost } of lossesAt.all()) problem('error', loss.line, describeLoss(loss, skipped, lost), loss.hint);
  if (!topics.some((topic) => topic.questions.length > 0)) noQuestions(text, split.frontMatter?.endLine, skippedCount, problem);
  return { file, topics, problems: problems.sort((a, b) => a.location.line - b.location.line) };
}

/** Says, on line 1, why a pack shows nothing: empty, only front matter, only skipped questions, or no "##". */
function noQuestions(text: string, frontMatterEnd: number | undefined, skipped: number, problem: ProblemSink): void {
  if (!text.trim()) {
    problem('warning', 1, 'This pack is empty.', ADD_QUESTION);
  } else if (skipped > 0) {
    const which = skipped === 1 ? 'its one question is' : `all ${skipped} questions are`;
    problem('warning', 1, `No questions in this pack: ${which} skipped (see the other problems in this file).`, 'Fix those problems; the questions load once they are fixed.');
  } else if (frontMatterEnd !== undefined && !text.split('\n').slice(frontMatterEnd).join('\n').trim()) {
    problem('warning', 1, `No questions in this pack: it holds only front matter (lines 1-${frontMatterEnd}).`, `${ADD_QUESTION.replace('Add a question:', 'Add a question after it:')}`);
  } else {
    problem('warning', 1, 'No questions in this pack: it has no "## " question heading.', ADD_QUESTION);
  }
}

/** Front matter's id, title and description name the file's own topic, which exists only when questions come before the first "#". */
function warnUnusedFrontMatter(frontMatter: ReadonlyMap<string, MetadataLine>, hasFileTopic: boolean, problem: ProblemSink): void {
  if (hasFileTopic) return;
  for (const key of ['id', 'title', 'description']) {
    const entry = frontMatter.get(key);
    if (!entry) continue;
    problem(
      'warning',
      entry.line,
      `Front matter "${key}" is for the topic of the questions before the first "# " heading, and this file has none; it is ignored.`,
      key === 'id' ? 'Write "id: ..." directly under the "# " heading instead.' : 'Remove it, or put it in the "# " heading and the text under it.',
    );
  }
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

function topicTitleFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/(\.questions)?\.(md|markdown)$/i, '');
  const words = stem.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Questions';
}
