/** Lowercase ASCII slug: survives case, punctuation and accent edits of a title. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * cyrb53: a fast 53-bit string hash. Portable (no Node crypto) so a web build can share it;
 * it only tells content versions apart, it is not a security boundary.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * Hash of the meaning-bearing text: whitespace-only edits, and HTML comments (the author's notes and
 * the key points' matching hints, which never show), keep the same hash.
 */
export function questionHash(title: string, prompt: string, answer: string): string {
  const normalized = [title, prompt, answer].map((part) => part.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim()).join('\u0000');
  return contentHash(normalized);
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._/-]{0,119}$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
