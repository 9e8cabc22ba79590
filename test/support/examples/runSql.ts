import { PGlite, type Results } from '@electric-sql/pglite';
import type { ExampleBlock } from './packExamples';
import { splitSqlScript, type Expectation, type SqlStatement } from './sqlScript';

// Every type PGlite would convert to a JavaScript value: kept as PostgreSQL's text output
// instead, so `-- expect: first` compares what psql would print (numeric "25.00", bool "t").
const TEXT_TYPE_OIDS = [16, 17, 20, 21, 23, 25, 26, 114, 700, 701, 1042, 1043, 1082, 1114, 1184, 1700, 3802];
const AS_TEXT = Object.fromEntries(TEXT_TYPE_OIDS.map((oid) => [oid, (value: string): string => value]));

let pristineCluster: Promise<File | Blob> | undefined;

/**
 * Every question gets its own fresh database. Creating one runs initdb (4-9 s on a busy machine),
 * so that is done once: the untouched cluster's data directory is dumped before any example runs,
 * and each question's database starts from a copy of it (about 1 s).
 */
async function freshDatabase(): Promise<PGlite> {
  pristineCluster ??= PGlite.create().then(async (db) => {
    const dump = await db.dumpDataDir('none');
    await db.close();
    return dump;
  });
  return PGlite.create({ loadDataDir: await pristineCluster });
}

/**
 * Runs all runnable SQL blocks of one question, in order, in one fresh PostgreSQL, and returns one
 * message per failed statement or expectation (empty when every claim holds).
 */
export async function runSqlBlocks(blocks: readonly ExampleBlock[]): Promise<string[]> {
  const runnable = blocks.filter((block) => block.lang === 'sql' && !block.flags.includes('norun'));
  if (runnable.length === 0) return [];
  const db = await freshDatabase();
  const failures: string[] = [];
  try {
    for (const block of runnable) {
      for (const statement of splitSqlScript(block.code, block.line + 1)) {
        const failure = await runStatement(db, statement);
        if (failure) failures.push(`${block.file}, question ${block.questionId}, line ${statement.line}: ${failure}\n    statement: ${oneLine(statement.sql)}`);
      }
    }
  } finally {
    await db.close();
  }
  return failures;
}

async function runStatement(db: PGlite, statement: SqlStatement): Promise<string | undefined> {
  const invalid = statement.expectations.find((e) => e.kind === 'invalid');
  if (invalid) return `cannot read the expectation "${invalid.kind === 'invalid' ? invalid.text : ''}"`;
  const expectedError = statement.expectations.find((e) => e.kind === 'error');
  let result: Results<Record<string, unknown>>;
  try {
    result = await db.query<Record<string, unknown>>(statement.sql, [], { parsers: AS_TEXT });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '?????';
    const message = error instanceof Error ? error.message : String(error);
    if (expectedError?.kind === 'error' && expectedError.sqlstate === code) return undefined;
    return expectedError?.kind === 'error'
      ? `expected error ${expectedError.sqlstate}, got error ${code}: ${message}`
      : `failed with error ${code}: ${message}`;
  }
  if (expectedError?.kind === 'error') return `expected error ${expectedError.sqlstate}, but it succeeded`;
  for (const expectation of statement.expectations) {
    const failure = check(expectation, result);
    if (failure) return failure;
  }
  return undefined;
}

function check(expectation: Expectation, result: Results<Record<string, unknown>>): string | undefined {
  switch (expectation.kind) {
    case 'rows':
      return result.rows.length === expectation.count ? undefined : `expected rows ${expectation.count}, got ${result.rows.length}`;
    case 'affected': {
      const affected = result.affectedRows ?? 0;
      return affected === expectation.count ? undefined : `expected affected ${expectation.count}, got ${affected}`;
    }
    case 'first': {
      const row = result.rows[0];
      if (!row) return `expected a first row ${JSON.stringify(expectation.values)}, got no rows`;
      for (const [column, expected] of Object.entries(expectation.values)) {
        if (!(column in row)) return `expected column "${column}" in the first row, got columns ${Object.keys(row).join(', ')}`;
        if (!sameValue(expected, row[column])) return `expected ${column} = ${JSON.stringify(expected)}, got ${JSON.stringify(row[column])}`;
      }
      return undefined;
    }
    case 'plan': {
      const plan = result.rows.map((row) => Object.values(row).join(' ')).join('\n');
      return plan.includes(expectation.words) ? undefined : `expected the plan to contain "${expectation.words}", got:\n${plan}`;
    }
    case 'error':
    case 'invalid':
      return undefined;
  }
}

/** Compares an expected JSON value with PostgreSQL's text output of a column. */
function sameValue(expected: unknown, actual: unknown): boolean {
  if (expected === null) return actual === null;
  if (typeof expected === 'boolean') return actual === (expected ? 't' : 'f');
  if (typeof expected === 'number' || typeof expected === 'string') return String(expected) === actual;
  if (typeof actual !== 'string') return false;
  try {
    return JSON.stringify(JSON.parse(actual)) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

const oneLine = (sql: string): string => {
  const flat = sql.replace(/\s+/g, ' ');
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
};
