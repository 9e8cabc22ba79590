import type MarkdownIt from 'markdown-it';
import { markdownEngine } from '../render/markdownEngine';
import type { UnclosedFence } from './fences';

type Token = MarkdownIt.Token;

/**
 * Something in the text that makes markdown-it read the rest of a question (and maybe much more)
 * other than as written. The question holding it is skipped; headings it swallows are named.
 */
export interface TextLoss {
  /** 1-based line of the cause. */
  readonly line: number;
  /** The cause, as the start of a sentence: "Code fence ~~~ opened on line 3 is never closed, ...". */
  readonly cause: string;
  /** The cause in a few words, for a skipped question: "unclosed code fence on line 3". */
  readonly reason: string;
  readonly hint: string;
  /** Whether it can swallow the headings after it (an unclosed comment only shows as text). */
  readonly swallows: boolean;
}

/** A `#` or `##` heading in the text that markdown-it did not read as one, because a loss swallowed it. */
export interface LostHeading {
  readonly depth: 1 | 2;
  readonly title: string;
  /** 1-based. */
  readonly line: number;
}

export function fenceLoss({ line, markup }: UnclosedFence): TextLoss {
  return {
    line,
    cause: `Code fence ${markup} opened on line ${line} is never closed, so everything after it is read as code`,
    reason: `unclosed code fence ${markup} on line ${line}`,
    hint: `Add a closing ${markup} line where the code ends.`,
    swallows: true,
  };
}

export function commentLoss(line: number): TextLoss {
  return {
    line,
    cause: `HTML comment "<!--" opened on line ${line} is never closed, so it shows as text`,
    reason: `unclosed HTML comment on line ${line}`,
    hint: 'Add "-->" where the comment ends.',
    swallows: false,
  };
}

/**
 * Blocks nested deeper than markdown-it reads. It stops at `maxNesting` (100) levels of tokens; a
 * list level takes two (the list and its item), a block quote one. The content of a list item or
 * block quote opened at the last level is dropped, and a dropped list item takes the rest of its
 * container with it (to the end of the file at the top level).
 */
export function findNestingLosses(tokens: readonly Token[]): TextLoss[] {
  const maxNesting = markdownEngine().options.maxNesting ?? 100;
  const losses: TextLoss[] = [];
  let coveredTo = -1;
  for (const token of tokens) {
    if (token.type !== 'blockquote_open' && token.type !== 'list_item_open') continue;
    if (token.level < maxNesting - 1 || !token.map || token.map[0] < coveredTo) continue;
    coveredTo = token.map[1];
    const line = token.map[0] + 1;
    losses.push({
      line,
      cause:
        `Line ${line} is nested too deeply: markdown-it reads ${maxNesting} levels, a list level takes 2 of them and a block quote 1 ` +
        `(so lists nest at most ${maxNesting / 2 - 1} deep, block quotes ${maxNesting - 1}), and drops what is deeper`,
      reason: `nesting too deep on line ${line}`,
      hint: 'Nest lists and block quotes less deeply.',
      swallows: true,
    });
  }
  return losses;
}

const ATX_HEADING = /^ {0,3}(#{1,2})(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * Lines that look like `#`/`##` headings at the top level but are no heading token and not inside a
 * closed code block or comment: an unclosed fence or too-deep nesting swallowed them.
 */
export function findLostHeadings(tokens: readonly Token[], lines: readonly string[], unclosedFenceLines: ReadonlySet<number>): LostHeading[] {
  const skip = new Uint8Array(lines.length);
  for (const token of tokens) {
    if (!token.map) continue;
    const [start, end] = token.map;
    const closedBlock = (token.type === 'fence' && !unclosedFenceLines.has(start + 1)) || token.type === 'code_block' || token.type === 'html_comment';
    if (closedBlock) skip.fill(1, start, end);
    else if (token.type === 'heading_open') skip[start] = 1;
  }
  const lost: LostHeading[] = [];
  for (const [index, text] of lines.entries()) {
    if (skip[index] || !text.includes('#')) continue;
    const match = ATX_HEADING.exec(text);
    if (!match) continue;
    const title = (match[2] ?? '').replace(/(^|[ \t]+)#+$/, '').trim();
    lost.push({ depth: match[1] === '#' ? 1 : 2, title, line: index + 1 });
  }
  return lost;
}

/** The full message: the cause, then "question "Q2" (line 9) is skipped, and question "Q3" (line 20) after it is lost". */
export function describeLoss(loss: TextLoss, skipped: readonly LostHeading[], lost: readonly LostHeading[]): string {
  const parts: string[] = [];
  if (skipped.length > 0) parts.push(`${names(skipped)} ${skipped.length === 1 ? 'is' : 'are'} skipped`);
  if (lost.length > 0) parts.push(`${names(lost)} after it ${lost.length === 1 ? 'is' : 'are'} lost`);
  return parts.length > 0 ? `${loss.cause}: ${parts.join(', and ')}.` : `${loss.cause}.`;
}

function names(headings: readonly LostHeading[]): string {
  const shown = headings.slice(0, 5).map((h) => `${h.depth === 1 ? 'topic' : 'question'} "${h.title}" (line ${h.line})`);
  const more = headings.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** A loss with what it cost: the questions holding it (skipped) and the headings it swallowed (lost). */
export interface LossRecord {
  readonly loss: TextLoss;
  readonly skipped: LostHeading[];
  readonly lost: LostHeading[];
}

/** The losses of one pack in line order, found by line in logarithmic time (a pack can hold thousands). */
export class LossIndex {
  private readonly records: LossRecord[];
  private readonly swallowing: LossRecord[];

  constructor(losses: readonly TextLoss[]) {
    this.records = [...losses].sort((a, b) => a.line - b.line).map((loss) => ({ loss, skipped: [], lost: [] }));
    this.swallowing = this.records.filter((record) => record.loss.swallows);
  }

  /** The first loss on 1-based lines [from, to]. */
  within(from: number, to: number): LossRecord | undefined {
    const found = this.records[firstAtOrAfter(this.records, from)];
    return found && found.loss.line <= to ? found : undefined;
  }

  /** The last loss before 1-based `line` that swallows what follows it. */
  before(line: number): LossRecord | undefined {
    return this.swallowing[firstAtOrAfter(this.swallowing, line) - 1];
  }

  all(): readonly LossRecord[] {
    return this.records;
  }
}

/** Index of the first record whose line is at least `line` (records.length when none is). */
function firstAtOrAfter(records: readonly LossRecord[], line: number): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((records[mid]?.loss.line ?? Infinity) < line) low = mid + 1;
    else high = mid;
  }
  return low;
}
