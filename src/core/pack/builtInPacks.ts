import type { ParsedPack } from './types';

/** The version scripts/lib/buildPacks.mjs writes; a bundle with another one was built by other code. */
export const BUILT_IN_PACKS_VERSION = 1;

/**
 * The built-in packs as compiled at build time (dist/packs.json): already parsed and checked, so
 * showing them needs no markdown parse. Throws, naming the file, if it is not what the build writes.
 */
export function parseBuiltInPacks(file: string, text: string): ParsedPack[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}); reinstall the extension.`);
  }
  const bundle = value as { version?: unknown; packs?: unknown };
  if (typeof value !== 'object' || value === null || bundle.version !== BUILT_IN_PACKS_VERSION || !Array.isArray(bundle.packs)) {
    throw new Error(`${file} is not a built-in pack bundle of version ${BUILT_IN_PACKS_VERSION}; reinstall the extension.`);
  }
  return bundle.packs as ParsedPack[];
}
