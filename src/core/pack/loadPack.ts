import { decodePack, type DecodeOptions } from './decodePack';
import { parsePack } from './parsePack';
import type { ParsedPack } from './types';

export type LoadOptions = DecodeOptions;

/**
 * Bytes of one pack file to topics, questions and problems; never throws for bad content. Files
 * over `options.maxBytes` (default MAX_PACK_BYTES, 2 MB) are refused with a problem.
 */
export function loadPack(file: string, bytes: Uint8Array, options: LoadOptions = {}): ParsedPack {
  const decoded = decodePack(file, bytes, options);
  if (!decoded.text && decoded.problems.length > 0) return { file, topics: [], problems: decoded.problems };
  const parsed = parsePack(file, decoded.text, { badLines: decoded.badLines });
  return { ...parsed, problems: [...decoded.problems, ...parsed.problems] };
}
