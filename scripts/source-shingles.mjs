// Writes test/fixtures/source-shingles.txt: one short hash per run of 8 consecutive words of the
// public source text the built-in questions started from. The test in test/unit/originality.test.ts
// checks that no such run appears in data/, without the source text ever entering the repository.
// Usage: node scripts/source-shingles.mjs ../shared/source/junior-backend-interview-questions.txt
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

export const SHINGLE_WORDS = 8;

export function words(text) {
  return text.toLowerCase().replace(/\u2019/g, "'").match(/[a-z0-9']+/g) ?? [];
}

export function shingleHash(wordList) {
  return createHash('sha256').update(wordList.join(' ')).digest('hex').slice(0, 16);
}

if (process.argv[1]?.endsWith('source-shingles.mjs')) {
  const source = process.argv[2];
  if (!source) throw new Error('usage: node scripts/source-shingles.mjs <source text file>');
  const w = words(readFileSync(source, 'utf8'));
  const hashes = new Set();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) hashes.add(shingleHash(w.slice(i, i + SHINGLE_WORDS)));
  writeFileSync(new URL('../test/fixtures/source-shingles.txt', import.meta.url), `${[...hashes].sort().join('\n')}\n`);
  console.log(`wrote ${hashes.size} shingle hashes`);
}
