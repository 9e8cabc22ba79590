/** Other words an answer may use for a word or phrase of a key point. */
export interface Synonym {
  /** The word or phrase as the key point writes it. */
  readonly words: string;
  /** What counts as saying it; each may be a phrase. */
  readonly alternatives: readonly string[];
}

/** What an author's comments at the end of a key-point bullet tell the matcher. */
export interface KeyPointHints {
  readonly synonyms: readonly Synonym[];
  /** Words or phrases of the key point an answer must contain for it to count as covered. */
  readonly required: readonly string[];
}

export const NO_HINTS: KeyPointHints = { synonyms: [], required: [] };

const SYNONYMS = /^synonyms\s*:/i;
const REQUIRED = /^required\s*:/i;

/**
 * Reads the comments of one key point: `<!-- synonyms: effect = outcome, result; response = reply -->`
 * and `<!-- required: idempotent -->` (the text between `<!--` and `-->`, in `comments`). Any other
 * comment is the author's own and is ignored; so is a malformed entry (no `=`, an empty side), while
 * the well-formed entries around it still count. Never throws: a hint can only help matching.
 */
export function readKeyPointHints(comments: readonly string[]): KeyPointHints {
  const synonyms: Synonym[] = [];
  const required: string[] = [];
  for (const raw of comments) {
    const comment = raw.trim();
    if (SYNONYMS.test(comment)) {
      for (const entry of entries(comment.replace(SYNONYMS, ''))) {
        const equals = entry.indexOf('=');
        if (equals === -1) continue;
        const words = entry.slice(0, equals).trim();
        const alternatives = entry
          .slice(equals + 1)
          .split(',')
          .map((alternative) => alternative.trim())
          .filter((alternative) => alternative.length > 0);
        if (words && alternatives.length > 0) synonyms.push({ words, alternatives });
      }
    } else if (REQUIRED.test(comment)) {
      for (const entry of entries(comment.replace(REQUIRED, ''))) required.push(...entry.split(',').map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0));
    }
  }
  return synonyms.length === 0 && required.length === 0 ? NO_HINTS : { synonyms, required };
}

function entries(text: string): string[] {
  return text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
