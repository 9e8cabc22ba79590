/** One statement of a SQL example, with the `-- expect:` comments written directly after it. */
export interface SqlStatement {
  readonly sql: string;
  /** 1-based line in the pack file where the statement starts. */
  readonly line: number;
  readonly expectations: readonly Expectation[];
}

export type Expectation =
  | { readonly kind: 'error'; readonly sqlstate: string }
  | { readonly kind: 'rows'; readonly count: number }
  | { readonly kind: 'affected'; readonly count: number }
  | { readonly kind: 'first'; readonly values: Readonly<Record<string, unknown>> }
  | { readonly kind: 'plan'; readonly words: string }
  | { readonly kind: 'invalid'; readonly text: string };

const STATEMENT_END = /;\s*(--.*)?$/;
const COMMENT = /^\s*--/;
const EXPECT = /^\s*--\s*expect:\s*(.*)$/;

/**
 * Splits a SQL block at every `;` that ends a line (a trailing `-- comment` allowed) and attaches
 * each run of comment lines directly after a statement to it, keeping the `-- expect:` ones.
 * `firstLine` is the pack-file line of the block's first code line.
 */
export function splitSqlScript(code: string, firstLine: number): SqlStatement[] {
  const lines = code.replace(/\n$/, '').split('\n');
  const statements: SqlStatement[] = [];
  let current: string[] = [];
  let currentStart = -1;
  let i = 0;
  while (i < lines.length) {
    const text = lines[i] ?? '';
    if (currentStart < 0 && (text.trim() === '' || COMMENT.test(text))) { i++; continue; }
    if (currentStart < 0) currentStart = i;
    current.push(text);
    i++;
    if (!STATEMENT_END.test(text)) continue;
    const expectations: Expectation[] = [];
    while (i < lines.length && COMMENT.test(lines[i] ?? '')) {
      const match = EXPECT.exec(lines[i] ?? '');
      if (match) expectations.push(parseExpectation(match[1]?.trim() ?? ''));
      i++;
    }
    statements.push({ sql: current.join('\n').trim(), line: firstLine + currentStart, expectations });
    current = [];
    currentStart = -1;
  }
  if (currentStart >= 0) {
    statements.push({ sql: current.join('\n').trim(), line: firstLine + currentStart, expectations: [{ kind: 'invalid', text: 'statement does not end with ";" at the end of a line' }] });
  }
  return statements;
}

function parseExpectation(text: string): Expectation {
  const [word = '', ...rest] = text.split(/\s+/);
  const argument = rest.join(' ');
  if (word === 'error' && /^[0-9A-Z]{5}$/.test(argument)) return { kind: 'error', sqlstate: argument };
  if ((word === 'rows' || word === 'affected') && /^\d+$/.test(argument)) return { kind: word, count: Number(argument) };
  if (word === 'plan' && argument) return { kind: 'plan', words: argument };
  if (word === 'first') {
    try {
      const values: unknown = JSON.parse(argument);
      if (typeof values === 'object' && values !== null && !Array.isArray(values)) return { kind: 'first', values: values as Record<string, unknown> };
    } catch {
      // reported as invalid below
    }
  }
  return { kind: 'invalid', text };
}
