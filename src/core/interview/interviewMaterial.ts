import type MarkdownIt from 'markdown-it';
import type { Question } from '../pack/types';
import type { CommentEnv } from '../render/htmlComments';
import { markdownEngine } from '../render/markdownEngine';
import { NO_HINTS, readKeyPointHints, type KeyPointHints } from './keyPointHints';

type Token = MarkdownIt.Token;

/** One bullet of a question's `### Key points`: an idea a good answer contains. */
export interface KeyPoint {
  /** Plain text as the panel shows it (markdown marks and comments removed): what is matched. */
  readonly text: string;
  /** The bullet's markdown without its comments, for rendering. */
  readonly markdown: string;
  readonly hints: KeyPointHints;
}

/** One bullet of `### Follow-up questions`, written `- **Question?** Answer.` */
export interface FollowUp {
  readonly question: string;
  /** The model answer after the bold question, plain text (may be empty). */
  readonly answer: string;
}

export interface InterviewMaterial {
  /** Empty when the question has no `### Key points` section: the interview then shows the model answer, without coverage. */
  readonly keyPoints: readonly KeyPoint[];
  readonly followUps: readonly FollowUp[];
}

interface ListItem {
  readonly text: string;
  readonly markdown: string;
  readonly comments: string[];
  /** Inline tokens of the first paragraph (where a follow-up's bold question is). */
  readonly children: Token[];
}

const KEY_POINTS = new Set(['keypoints']);
const FOLLOW_UPS = new Set(['followupquestions', 'followups', 'followupquestion']);

/**
 * The key points and follow-ups of a question, read from the block tokens of its answer part
 * (so a bullet inside a code block or a block quote is never taken): the top-level bullets under
 * the section headings, whatever the heading level and case ("### Key points", "### Follow-up questions").
 */
export function interviewMaterial(question: Pick<Question, 'answer'>): InterviewMaterial {
  const md = markdownEngine();
  const tokens: Token[] = [];
  md.block.parse(question.answer.replace(/\r\n?/g, '\n'), md, {}, tokens);
  const keyPoints: KeyPoint[] = [];
  const followUps: FollowUp[] = [];
  let section = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'heading_open') {
      section = sectionKey(tokens[i + 1]?.content ?? '');
    } else if (token.type === 'list_item_open' && token.level === 1) {
      const item = readItem(tokens, i);
      if (KEY_POINTS.has(section) && item.text) keyPoints.push({ text: item.text, markdown: item.markdown, hints: item.comments.length > 0 ? readKeyPointHints(item.comments) : NO_HINTS });
      if (FOLLOW_UPS.has(section) && item.text) followUps.push(splitFollowUp(item));
    }
  }
  return { keyPoints, followUps };
}

/**
 * A follow-up's model answer as key points, one per sentence, so the answer to a follow-up is
 * checked the same way as the main one (a whole paragraph as one key point would need half its
 * words). Empty when the follow-up has no answer.
 */
export function followUpKeyPoints(followUp: FollowUp): KeyPoint[] {
  return followUp.answer
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0)
    .map((sentence) => ({ text: sentence, markdown: sentence, hints: NO_HINTS }));
}

function sectionKey(headingContent: string): string {
  return headingContent
    .replace(/<!--[\s\S]*?-->/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The item's own paragraphs (not its nested lists) as plain text and markdown, and its comments. */
function readItem(tokens: readonly Token[], open: number): ListItem {
  const texts: string[] = [];
  const markdowns: string[] = [];
  const comments: string[] = [];
  const children: Token[] = [];
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'list_item_close' && token.level === 1) break;
    if (token.type === 'html_comment' && token.level === 2) comments.push(commentBody(token.content.trim()));
    if (token.type !== 'inline' || token.level !== 3) continue;
    const env: CommentEnv = { commentRanges: [] };
    const [inline] = markdownEngine().parseInline(token.content, env);
    let markdown = '';
    let from = 0;
    for (const [start, end] of env.commentRanges ?? []) {
      comments.push(commentBody(token.content.slice(start, end)));
      markdown += token.content.slice(from, start);
      from = end;
    }
    markdowns.push((markdown + token.content.slice(from)).trim());
    const own = inline?.children ?? [];
    if (texts.length === 0) children.push(...own);
    texts.push(plainText(own));
  }
  return { text: tidy(texts.join(' ')), markdown: markdowns.join('\n\n'), comments, children };
}

function commentBody(comment: string): string {
  return comment.replace(/^<!--/, '').replace(/-->$/, '');
}

function plainText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `**Question?** Answer.`; without a bold start, the text up to the first "?" is the question. */
function splitFollowUp(item: ListItem): FollowUp {
  const children = item.children.filter((child) => !(child.type === 'text' && child.content.trim() === ''));
  if (children[0]?.type === 'strong_open') {
    const close = children.findIndex((child) => child.type === 'strong_close');
    const rest = item.text.slice(tidy(plainText(children.slice(0, close + 1))).length);
    if (close > 0) return { question: tidy(plainText(children.slice(1, close))), answer: tidy(rest) };
  }
  const mark = item.text.indexOf('?');
  return mark === -1 ? { question: item.text, answer: '' } : { question: item.text.slice(0, mark + 1).trim(), answer: item.text.slice(mark + 1).trim() };
}
