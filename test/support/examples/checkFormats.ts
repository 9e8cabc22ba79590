import { parseAllDocuments } from 'yaml';

const REQUEST_LINE = /^[A-Z]+ (\S+) HTTP\/1\.1$/;
const STATUS_LINE = /^HTTP\/1\.1 [1-5]\d\d( .*)?$/;
const HEADER_LINE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[ \t]*\S.*$|^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:$/;

/**
 * Checks a block of HTTP/1.1 messages written one after another: a request or status line, header
 * fields, a blank line, then an optional body up to the next start line. A JSON body must parse.
 * Returns one message per problem, with the line offset inside the block.
 */
export function checkHttpMessages(code: string): string[] {
  const lines = code.replace(/\n$/, '').split('\n');
  const problems: string[] = [];
  let i = 0;
  let messages = 0;
  while (i < lines.length) {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    if (i >= lines.length) break;
    const start = lines[i] ?? '';
    if (!REQUEST_LINE.test(start) && !STATUS_LINE.test(start)) {
      problems.push(`line +${i}: "${start}" is not an HTTP/1.1 request line or status line`);
      return problems;
    }
    messages++;
    i++;
    let contentType = '';
    while (i < lines.length && (lines[i] ?? '') !== '') {
      const header = lines[i] ?? '';
      if (!HEADER_LINE.test(header)) problems.push(`line +${i}: "${header}" is not a header field (name: value)`);
      if (/^content-type:/i.test(header)) contentType = header.slice(header.indexOf(':') + 1).trim();
      i++;
    }
    i++;
    const bodyStart = i;
    while (i < lines.length && !(REQUEST_LINE.test(lines[i] ?? '') || STATUS_LINE.test(lines[i] ?? ''))) i++;
    const body = lines.slice(bodyStart, i).join('\n').trim();
    if (body && /json/i.test(contentType)) {
      try {
        JSON.parse(body);
      } catch (error) {
        problems.push(`line +${bodyStart}: the ${contentType} body does not parse: ${(error as Error).message}`);
      }
    }
  }
  if (messages === 0) problems.push('no HTTP message found');
  return problems;
}

/** YAML must parse without errors or warnings (duplicate keys, bad indentation, ...). */
export function checkYaml(code: string): string[] {
  return parseAllDocuments(code).flatMap((doc) => [...doc.errors, ...doc.warnings].map((e) => `${e.code}: ${e.message.split('\n')[0]}`));
}

const DOCKERFILE_INSTRUCTIONS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);
const EXEC_FORM = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);

/**
 * A Dockerfile uses only known instructions (continuations with a trailing backslash joined),
 * starts with FROM (after ARGs and comments) and writes exec form as a valid JSON array of strings.
 */
export function checkDockerfile(code: string): string[] {
  const problems: string[] = [];
  const instructions: { line: number; text: string }[] = [];
  let pending: { line: number; text: string } | undefined;
  code.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (!pending && (text === '' || text.startsWith('#'))) return;
    if (pending && text.startsWith('#')) return;
    const joined = pending ? `${pending.text} ${text}` : text;
    const line = pending?.line ?? index;
    if (joined.endsWith('\\')) pending = { line, text: joined.slice(0, -1).trim() };
    else {
      instructions.push({ line, text: joined });
      pending = undefined;
    }
  });
  if (pending) problems.push(`line +${pending.line}: the instruction ends with a line continuation`);
  const first = instructions.find((i) => !i.text.toUpperCase().startsWith('ARG '));
  if (!first || !first.text.toUpperCase().startsWith('FROM ')) problems.push('the first instruction (after ARG) must be FROM');
  for (const { line, text } of instructions) {
    const [keyword = '', ...rest] = text.split(/\s+/);
    const instruction = keyword.toUpperCase();
    if (!DOCKERFILE_INSTRUCTIONS.has(instruction)) problems.push(`line +${line}: unknown instruction "${keyword}"`);
    else if (rest.length === 0) problems.push(`line +${line}: ${instruction} has no arguments`);
    const argument = rest.join(' ');
    if (EXEC_FORM.has(instruction) && argument.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(argument);
        if (!Array.isArray(parsed) || parsed.some((part) => typeof part !== 'string')) problems.push(`line +${line}: exec form must be a JSON array of strings`);
      } catch {
        problems.push(`line +${line}: exec form is not valid JSON (use double quotes): ${argument}`);
      }
    }
  }
  return problems;
}

export function checkJson(code: string): string[] {
  try {
    JSON.parse(code);
    return [];
  } catch (error) {
    return [`does not parse as JSON: ${(error as Error).message}`];
  }
}
