import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInPackFiles } from '../support/examples/packExamples';

// Mirrors scripts/source-shingles.mjs, which hashed every 8-word run of the source text.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const words = (text: string): string[] => text.toLowerCase().replace(/\u2019/g, "'").match(/[a-z0-9']+/g) ?? [];
const hash = (run: string[]): string => createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);

describe('built-in content is written in our own words', () => {
  const sourceHashes = new Set(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'source-shingles.txt'), 'utf8').split('\n').filter(Boolean));

  it('has the source fingerprint to compare against', () => {
    assert.ok(sourceHashes.size > 2000, `expected the source's 8-word runs, got ${sourceHashes.size}`);
  });

  it('reads every built-in pack, those in sub-folders of data/ included', () => {
    const files = builtInPackFiles(ROOT);
    assert.ok(files.length >= 6, `expected the built-in packs, got ${files.join(', ')}`);
    assert.ok(files.every((file) => file.startsWith('data/') && file.endsWith('.md')));
  });

  it('shares no run of 8 consecutive words with the source text', () => {
    const copied: string[] = [];
    for (const name of builtInPackFiles(ROOT)) {
      const w = words(fs.readFileSync(path.join(ROOT, name), 'utf8'));
      for (let i = 0; i + 8 <= w.length; i++) {
        if (sourceHashes.has(hash(w.slice(i, i + 8)))) copied.push(`${name}: "${w.slice(i, i + 8).join(' ')}"`);
      }
    }
    assert.deepEqual(copied, []);
  });
});
