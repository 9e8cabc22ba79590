import type MarkdownIt from 'markdown-it';
import type { CommentEnv } from '../render/htmlComments';
import { markdownEngine } from '../render/markdownEngine';

type Token = MarkdownIt.Token;

const OPEN = '<!--';

/**
 * 1-based lines holding a `<!--` that no `-->` closes (each line once). A comment that starts a block and is closed was
 * already taken by the block rule; what is left sits in the inline text of a paragraph or heading,
 * which is parsed inline here (only when it holds `<!--`) so that a `<!--` in a code span is code.
 */
export function findUnclosedComments(tokens: readonly Token[]): number[] {
  const lines: number[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.map || !token.content.includes(OPEN)) continue;
    const env: CommentEnv = { unclosedComments: new Set() };
    markdownEngine().inline.parse(token.content, markdownEngine(), env, []);
    let line = token.map[0] + 1;
    let counted = 0;
    for (const offset of [...(env.unclosedComments ?? [])].sort((a, b) => a - b)) {
      line += countNewlines(token.content, counted, offset);
      counted = offset;
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  return lines;
}

/** Inline text without its HTML comments (for a heading's title, shown as plain text). */
export function withoutComments(content: string): string {
  if (!content.includes(OPEN)) return content;
  const env: CommentEnv = { commentRanges: [] };
  markdownEngine().inline.parse(content, markdownEngine(), env, []);
  let result = '';
  let from = 0;
  for (const [start, end] of env.commentRanges ?? []) {
    result += content.slice(from, start);
    from = end;
  }
  return (result + content.slice(from)).replace(/[ \t]{2,}/g, ' ').trim();
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
