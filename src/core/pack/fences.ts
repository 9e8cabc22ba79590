import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

export interface UnclosedFence {
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The fence as written: "```", "~~~~", ...; only a line of at least these characters closes it. */
  readonly markup: string;
}

/**
 * Code fences that are never closed. markdown-it runs such a fence to the end of the document (or
 * of its container), silently swallowing every later question.
 */
export function findUnclosedFences(tokens: readonly Token[], lines: readonly string[]): UnclosedFence[] {
  const unclosed: UnclosedFence[] = [];
  for (const token of tokens) {
    if (token.type !== 'fence' || !token.map) continue;
    const [start, end] = token.map;
    const closing = end - 1 > start ? (lines[end - 1] ?? '').replace(/^[\s>]*/, '').trim() : '';
    const marker = token.markup.charAt(0);
    const closes = closing.length >= token.markup.length && [...closing].every((ch) => ch === marker);
    if (!closes) unclosed.push({ line: start + 1, markup: token.markup });
  }
  return unclosed;
}
