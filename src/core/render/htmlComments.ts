import type MarkdownIt from 'markdown-it';

type StateBlock = MarkdownIt.StateBlock;
type StateInline = MarkdownIt.StateInline;

const OPEN = '<!--';
const CLOSE = '-->';

/**
 * What the inline rule tells a caller that passes it in markdown-it's `env`: where comments are
 * (to strip them from a title) and where a `<!--` is never closed (to report it).
 */
export interface CommentEnv extends MarkdownIt.Env {
  /** [start, end) offsets of complete comments in the inline text. */
  commentRanges?: Array<[number, number]>;
  /** Offsets of `<!--` with no `-->` after them in the same inline text. */
  unclosedComments?: Set<number>;
}

/**
 * HTML comments, which every markdown viewer hides, with raw HTML still off: a comment at the start
 * of a block runs, as CommonMark's HTML block of type 2 does, to the line holding `-->` (so a `##`
 * or `### Answer` inside it is not structure), and a comment inside a paragraph or heading is
 * dropped from it. Both render as nothing. Code spans and fences keep `<!--` as code, because their
 * rules run first. A `<!--` without `-->` stays text; the pack parser reports it.
 */
export function htmlCommentsPlugin(md: MarkdownIt.MarkdownIt): void {
  md.block.ruler.before('html_block', 'html_comment', commentBlock, { alt: ['paragraph', 'reference', 'blockquote'] });
  md.inline.ruler.before('html_inline', 'html_comment', commentInline);
  // A newline, not nothing, so two paragraphs of a tight list item around a comment stay two words.
  md.renderer.rules.html_comment = () => '\n';
}

let lastCloseOf: { readonly src: string; readonly at: number } | undefined;

/**
 * Offset of the last `-->` in `src`. A `<!--` after it is unclosed without a scan, so a text full of
 * `<!--` and no `-->` costs linear time, not quadratic.
 */
function lastClose(src: string): number {
  if (lastCloseOf?.src !== src) lastCloseOf = { src, at: src.lastIndexOf(CLOSE) };
  return lastCloseOf.at;
}

function commentBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (!state.src.startsWith(OPEN, start) || lastClose(state.src) < start + OPEN.length - 2) return false;
  let closeLine = -1;
  let closeAt = -1;
  for (let line = startLine; line < endLine; line++) {
    const from = line === startLine ? start + OPEN.length - 2 : state.bMarks[line]! + state.tShift[line]!;
    const end = state.eMarks[line]!;
    if (line > startLine && state.sCount[line]! < state.blkIndent && !state.isEmpty(line)) break;
    const at = state.src.slice(from, end).indexOf(CLOSE);
    if (at !== -1) {
      closeLine = line;
      closeAt = from + at + CLOSE.length;
      break;
    }
  }
  if (closeLine === -1) return false;
  const trailing = state.src.slice(closeAt, state.eMarks[closeLine]).trim();
  // `<!-- note --> text` on one line is a paragraph with an inline comment.
  if (trailing && closeLine === startLine) return false;
  if (silent) return true;
  const comment = state.push('html_comment', '', 0);
  comment.map = [startLine, closeLine + 1];
  comment.content = state.getLines(startLine, closeLine + 1, state.blkIndent, true);
  if (trailing) {
    const open = state.push('paragraph_open', 'p', 1);
    open.map = [closeLine, closeLine + 1];
    const inline = state.push('inline', '', 0);
    inline.content = trailing;
    inline.map = [closeLine, closeLine + 1];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
  }
  state.line = closeLine + 1;
  return true;
}

function commentInline(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x3c || !state.src.startsWith(OPEN, start)) return false;
  const env = state.env as CommentEnv;
  // From the second dash, so `<!-->` and `<!--->` are (empty) comments, as in CommonMark 0.31.
  const close = lastClose(state.src) < start + OPEN.length - 2 ? -1 : state.src.indexOf(CLOSE, start + OPEN.length - 2);
  if (close === -1) {
    env.unclosedComments?.add(start);
    return false;
  }
  const end = close + CLOSE.length;
  if (!silent) env.commentRanges?.push([start, end]);
  state.pos = end;
  return true;
}
