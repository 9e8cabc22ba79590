import { checkDockerfile, checkHttpMessages, checkJson, checkYaml } from './checkFormats';
import { checkPython, isSelfContainedScript, runScript, typeCheckScript } from './checkScript';
import type { ExampleBlock } from './packExamples';

/** Shown only: diagrams, shell transcripts, and languages with no checker in the tests (no Go or Java toolchain). */
export const NOT_RUN = new Set(['text', 'sh', 'bash', 'nginx', 'go', 'java', 'mongosh', '']);

export interface BlockResult {
  readonly failures: string[];
  /** What was done: "type-checked, ran", "parsed", ... */
  readonly done: string;
}

/** Checks one non-SQL block (SQL runs per question, see runSql.ts); failures name file, question and line. */
export function checkBlock(block: ExampleBlock, baseDir: string): BlockResult {
  const where = `${block.file}, question ${block.questionId}, ${block.lang} block at line ${block.line}`;
  const name = (problems: string[]): string[] => problems.map((p) => `${where}: ${p}`);
  switch (block.lang) {
    case 'ts':
    case 'js': {
      const typeErrors = typeCheckScript(block, baseDir);
      if (typeErrors.length > 0 || !isSelfContainedScript(block.code)) return { failures: name(typeErrors), done: 'type-checked' };
      const failure = runScript(block);
      return { failures: name(failure ? [failure] : []), done: 'type-checked, ran' };
    }
    case 'python': {
      const { failure, ran } = checkPython(block);
      return { failures: name(failure ? [failure] : []), done: ran ? 'parsed, ran' : 'parsed' };
    }
    case 'http':
      return { failures: name(checkHttpMessages(block.code)), done: 'parsed' };
    case 'yaml':
      return { failures: name(checkYaml(block.code)), done: 'parsed' };
    case 'dockerfile':
      return { failures: name(checkDockerfile(block.code)), done: 'parsed' };
    case 'json':
      return { failures: name(checkJson(block.code)), done: 'parsed' };
    default:
      return NOT_RUN.has(block.lang)
        ? { failures: [], done: 'not run' }
        : { failures: name([`unknown example language "${block.lang}": add a check for it or mark it as not run`]), done: 'not run' };
  }
}
