import type { PackProblem } from './types';

/** Packs over this size are refused: the built-in packs average 6 KB a question, so 2 MB holds ~300 long questions. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export interface DecodeOptions {
  /** Refuse files larger than this many bytes; defaults to MAX_PACK_BYTES. */
  readonly maxBytes?: number;
}

export interface DecodedPack {
  /** The text with line endings normalised to \n and any BOM removed; empty when refused. */
  readonly text: string;
  /** 1-based line numbers holding bytes that are not valid UTF-8. */
  readonly badLines: ReadonlySet<number>;
  readonly problems: readonly PackProblem[];
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

export function decodePack(file: string, bytes: Uint8Array, options: DecodeOptions = {}): DecodedPack {
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  const refuse = (message: string, hint: string, line = 1): DecodedPack => ({
    text: '',
    badLines: new Set(),
    problems: [{ severity: 'error', location: { file, line }, message, hint }],
  });
  if (bytes.byteLength > maxBytes) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return refuse(
      `Pack is too large (${mb} MB; the limit is ${+(maxBytes / 1024 / 1024).toFixed(1)} MB).`,
      'Split it into several smaller .questions.md files.',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return refuse('This looks like a binary file, not a markdown pack (it contains NUL bytes).', 'Remove it or exclude it from interviewCoach.questionPacks.', lineOfOffset(bytes, nul));
  }
  let text: string;
  const badLines = new Set<number>();
  const problems: PackProblem[] = [];
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    text = lenientDecoder.decode(bytes);
    const invalid = findInvalidUtf8Lines(bytes);
    for (const line of invalid) badLines.add(line);
    const first = invalid[0] ?? 1;
    problems.push({
      severity: 'error',
      location: { file, line: first },
      message: `The file is not valid UTF-8 (first bad bytes on line ${first}); questions containing such lines are skipped.`,
      hint: 'Re-save the file with UTF-8 encoding.',
    });
  }
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, badLines, problems };
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function findInvalidUtf8Lines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strictDecoder.decode(bytes.subarray(start, i));
      } catch {
        lines.push(line);
      }
      start = i + 1;
      line++;
    }
  }
  return lines;
}
