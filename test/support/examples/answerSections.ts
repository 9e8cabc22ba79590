import type { Question } from '../../../src/core/pack/types';
import { markdownEngine } from '../../../src/core/render/markdownEngine';

/** The `###` sections of a question's answer part, in order, each with its markdown body. */
export interface AnswerSection {
  readonly title: string;
  readonly body: string;
}

/** Splits the answer at its level-3 headings as markdown-it sees them (never inside code fences). */
export function answerSections(question: Question): AnswerSection[] {
  const lines = question.answer.split('\n');
  const tokens = markdownEngine().parse(question.answer, {});
  const headings = tokens.flatMap((token, index) =>
    token.type === 'heading_open' && token.tag === 'h3' && token.map ? [{ start: token.map[0], end: token.map[1], title: tokens[index + 1]?.content.trim() ?? '' }] : []);
  const sections: AnswerSection[] = [{ title: question.sections[0] ?? 'Answer', body: lines.slice(0, headings[0]?.start ?? lines.length).join('\n').trim() }];
  headings.forEach((heading, i) => {
    sections.push({ title: heading.title, body: lines.slice(heading.end, headings[i + 1]?.start ?? lines.length).join('\n').trim() });
  });
  return sections;
}

/**
 * Words as a listener hears them: inline code and link targets count as the words shown, markdown
 * marks do not. `RFC 9110` is two words, `Cache-Control` one.
 */
export function spokenWords(markdown: string): number {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Top-level `- ` bullets of a section body. */
export function bullets(body: string): string[] {
  return body.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
}
