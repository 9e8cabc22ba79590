import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

export interface MetadataLine {
  readonly key: string;
  readonly value: string;
  /** 1-based line number in the pack file. */
  readonly line: number;
}

const META_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Reads a `key: value` paragraph placed directly under a heading. A paragraph counts as metadata
 * only when every line has that shape and at least one key is known, so ordinary prose such as
 * "Note: ..." stays prose.
 */
export function readMetadata(
  paragraphOpen: Token | undefined,
  inline: Token | undefined,
  knownKeys: ReadonlySet<string>,
): MetadataLine[] | undefined {
  if (paragraphOpen?.type !== 'paragraph_open' || paragraphOpen.level !== 0 || !paragraphOpen.map) return undefined;
  if (inline?.type !== 'inline') return undefined;
  const firstLine = paragraphOpen.map[0] + 1;
  const entries: MetadataLine[] = [];
  const lines = inline.content.split('\n');
  for (const [index, raw] of lines.entries()) {
    const match = META_LINE.exec(raw.trim());
    if (!match) return undefined;
    entries.push({ key: (match[1] ?? '').toLowerCase(), value: (match[2] ?? '').trim(), line: firstLine + index });
  }
  return entries.some((entry) => knownKeys.has(entry.key)) ? entries : undefined;
}
