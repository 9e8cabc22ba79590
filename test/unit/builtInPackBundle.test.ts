import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_PACKS_VERSION, parseBuiltInPacks } from '../../src/core/pack/builtInPacks';
import { loadPack } from '../../src/core/pack/loadPack';

const DATA = path.resolve(__dirname, '..', '..', '..', 'data');
const FILE = '/ext/dist/packs.json';

describe('built-in pack bundle (dist/packs.json)', () => {
  it('gives back exactly the packs the loader parsed, so the tree and panel see the same questions', () => {
    const packs = fs
      .readdirSync(DATA)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => loadPack(`data/${name}`, fs.readFileSync(path.join(DATA, name))));
    const text = JSON.stringify({ version: BUILT_IN_PACKS_VERSION, packs });
    assert.deepEqual(parseBuiltInPacks(FILE, text), packs);
  });

  it('refuses text that is not JSON, naming the file', () => {
    assert.throws(() => parseBuiltInPacks(FILE, '{"version": 1, "packs": ['), (error: Error) => error.message.startsWith(`${FILE} is not valid JSON`));
  });

  it('refuses a bundle of another version or shape, naming the file', () => {
    for (const text of [JSON.stringify({ version: BUILT_IN_PACKS_VERSION + 1, packs: [] }), JSON.stringify({ version: BUILT_IN_PACKS_VERSION }), 'null', '[]']) {
      assert.throws(() => parseBuiltInPacks(FILE, text), (error: Error) => error.message.includes(`${FILE} is not a built-in pack bundle`), text);
    }
  });
});
