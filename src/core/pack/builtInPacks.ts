import type { ParsedPack } from './types';

/** The version scripts/lib/buildPacks.mjs writes; a bundle with another one was built by other code. */
export const BUILT_IN_PACKS_VERSION = 2;

/** The built-in packs a user can choose in `interviewCoach.builtInPacks` (data/*.md, data/mid-level/*.md, data/sql-practice/*.md). */
export const BUILT_IN_PACK_IDS = ['junior', 'mid-level', 'sql-practice'] as const;
export type BuiltInPackId = (typeof BUILT_IN_PACK_IDS)[number];

/** One file of a built-in pack, tagged with the pack it belongs to. */
export interface BuiltInPackFile {
  readonly pack: BuiltInPackId;
  readonly parsed: ParsedPack;
}

/**
 * The built-in packs as compiled at build time (dist/packs.json): already parsed and checked, so
 * showing them needs no markdown parse. Throws, naming the file, if it is not what the build writes.
 */
export function parseBuiltInPacks(file: string, text: string): BuiltInPackFile[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}); reinstall the extension.`);
  }
  const bundle = value as { version?: unknown; packs?: unknown };
  if (typeof value !== 'object' || value === null || bundle.version !== BUILT_IN_PACKS_VERSION || !Array.isArray(bundle.packs) || !bundle.packs.every(isPackFile)) {
    throw new Error(`${file} is not a built-in pack bundle of version ${BUILT_IN_PACKS_VERSION}; reinstall the extension.`);
  }
  return bundle.packs;
}

/**
 * The files of the packs the setting chooses. A setting that is not an array (never set, or
 * hand-edited into something else) means every pack; unknown names in it are ignored.
 */
export function selectBuiltInPacks(files: readonly BuiltInPackFile[], setting: unknown): ParsedPack[] {
  const chosen = Array.isArray(setting) ? new Set<unknown>(setting) : new Set<unknown>(BUILT_IN_PACK_IDS);
  return files.filter((file) => chosen.has(file.pack)).map((file) => file.parsed);
}

function isPackFile(value: unknown): value is BuiltInPackFile {
  const candidate = value as { pack?: unknown; parsed?: unknown } | null;
  return typeof candidate === 'object' && candidate !== null && (BUILT_IN_PACK_IDS as readonly unknown[]).includes(candidate.pack) && typeof candidate.parsed === 'object' && candidate.parsed !== null;
}
