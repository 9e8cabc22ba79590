/** Lines parsed by one JSON.parse call: one call per line costs more than the parsing itself. */
const BATCH_LINES = 128;

/** The lines of a text, as `split('\n')` gives them, read one at a time or in batches of whole objects. */
export class LineReader {
  /** Index of the next line (0-based); after the last one, the number of lines. */
  index = 0;
  done = false;
  private at = 0;
  /** Where the first `}` at or after `at` is (text.length if none): found once, however many lines ask. */
  private brace = -1;
  /**
   * After a batch that did not parse, its lines are read one at a time up to this index, not
   * tried again in batches one line shorter (which also keeps `braceFrom` moving forward only).
   */
  private singlesUntil = 0;

  constructor(private readonly text: string) {}

  next(): string {
    const end = this.lineEnd(this.at);
    const line = this.text.slice(this.at, end);
    this.moveTo(end);
    return line;
  }

  /**
   * The values of the next lines while each starts with `{` and its only `}` ends it, or undefined
   * (nothing read) when fewer than two such lines follow or they are not one object per line. For
   * such lines, `[line1,line2,…]` parses to as many values as lines only when each line is one
   * whole object on its own (a value can only close at a line's end, and each line opens one), so
   * the count check proves the batch equals parsing each line alone.
   */
  batch(): unknown[] | undefined {
    if (this.index < this.singlesUntil) return undefined;
    const { text } = this;
    const start = this.at;
    let end = start;
    let count = 0;
    while (count < BATCH_LINES && end < text.length && text.charCodeAt(end) === 123 /* { */) {
      const lineEnd = this.lineEnd(end);
      if (this.braceFrom(end) !== lineEnd - 1) break;
      count++;
      end = lineEnd + 1;
    }
    if (count < 2) return undefined;
    const values = parseBatch(text.slice(start, end - 1), count);
    if (values) {
      this.index += count - 1;
      this.moveTo(end - 1);
    } else {
      this.singlesUntil = this.index + count;
    }
    return values;
  }

  private lineEnd(from: number): number {
    const newline = this.text.indexOf('\n', from);
    return newline === -1 ? this.text.length : newline;
  }

  private braceFrom(from: number): number {
    if (this.brace < from) {
      const found = this.text.indexOf('}', from);
      this.brace = found === -1 ? this.text.length : found;
    }
    return this.brace;
  }

  /** Moves past the line ending at `end` (a newline or the end of the text). */
  private moveTo(end: number): void {
    this.index++;
    if (end >= this.text.length) this.done = true;
    this.at = end + 1;
  }
}

/** The values of `count` newline-separated lines, or undefined unless they parse to one value per line. */
function parseBatch(lines: string, count: number): unknown[] | undefined {
  try {
    const values: unknown = JSON.parse(`[${lines.replaceAll('\n', ',')}]`);
    return Array.isArray(values) && values.length === count ? values : undefined;
  } catch {
    return undefined;
  }
}
