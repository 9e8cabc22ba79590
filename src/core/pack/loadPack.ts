import { decodePack } from './decodePack';
import { parsePack } from './parsePack';
import type { ParsedPack } from './types';

/** Bytes of one pack file to topics, questions and problems; never throws for bad content. */
export function loadPack(file: string, bytes: Uint8Array): ParsedPack {
  const decoded = decodePack(file, bytes);
  if (!decoded.text && decoded.problems.length > 0) return { file, topics: [], problems: decoded.problems };
  const parsed = parsePack(file, decoded.text, { badLines: decoded.badLines });
  return { ...parsed, problems: [...decoded.problems, ...parsed.problems] };
}
