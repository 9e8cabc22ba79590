import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_PACKS_VERSION, type BuiltInPackFile, parseBuiltInPacks, selectBuiltInPacks } from '../../src/core/pack/builtInPacks';
import { loadPack } from '../../src/core/pack/loadPack';
import { QuestionBank } from '../../src/core/pack/questionBank';

const DATA = path.resolve(__dirname, '..', '..', '..', 'data');
const FILE = '/ext/dist/packs.json';

/** The bundle the build writes: junior from data/*.md, mid-level from data/mid-level/*.md, sql-practice from data/sql-practice/*.md. */
function builtInFiles(): BuiltInPackFile[] {
  const folders = [{ pack: 'junior', folder: '' }, { pack: 'mid-level', folder: 'mid-level' }, { pack: 'sql-practice', folder: 'sql-practice' }] as const;
  return folders.flatMap(({ pack, folder }) =>
    fs
      .readdirSync(path.join(DATA, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({ pack, parsed: loadPack(path.posix.join('data', folder, name), fs.readFileSync(path.join(DATA, folder, name))) })),
  );
}

const topicIdsOf = (packs: ReturnType<typeof selectBuiltInPacks>): string[] => new QuestionBank(packs).topics.map((topic) => topic.id);

describe('built-in pack bundle (dist/packs.json)', () => {
  const files = builtInFiles();

  it('gives back exactly the packs the loader parsed, each with its pack, so the tree and panel see the same questions', () => {
    const text = JSON.stringify({ version: BUILT_IN_PACKS_VERSION, packs: files });
    assert.deepEqual(parseBuiltInPacks(FILE, text), files);
    assert.deepEqual([...new Set(files.map((file) => file.pack))], ['junior', 'mid-level', 'sql-practice']);
  });

  it('refuses text that is not JSON, naming the file', () => {
    assert.throws(() => parseBuiltInPacks(FILE, '{"version": 2, "packs": ['), (error: Error) => error.message.startsWith(`${FILE} is not valid JSON`));
  });

  it('refuses a bundle of another version or shape, naming the file', () => {
    const oldShape = JSON.stringify({ version: BUILT_IN_PACKS_VERSION, packs: files.map((file) => file.parsed) });
    const unknownPack = JSON.stringify({ version: BUILT_IN_PACKS_VERSION, packs: [{ pack: 'senior', parsed: files[0]?.parsed }] });
    for (const text of [JSON.stringify({ version: BUILT_IN_PACKS_VERSION + 1, packs: [] }), JSON.stringify({ version: BUILT_IN_PACKS_VERSION }), 'null', '[]', oldShape, unknownPack]) {
      assert.throws(() => parseBuiltInPacks(FILE, text), (error: Error) => error.message.includes(`${FILE} is not a built-in pack bundle`), text.slice(0, 80));
    }
  });
});

describe('choosing built-in packs (interviewCoach.builtInPacks)', () => {
  const files = builtInFiles();
  const junior = topicIdsOf(files.filter((file) => file.pack === 'junior').map((file) => file.parsed));
  const midLevel = topicIdsOf(files.filter((file) => file.pack === 'mid-level').map((file) => file.parsed));
  const sqlPractice = topicIdsOf(files.filter((file) => file.pack === 'sql-practice').map((file) => file.parsed));

  it('has topics in both packs, mid-level ones prefixed "mid-"', () => {
    assert.ok(junior.length > 0 && midLevel.length > 0);
    assert.ok(midLevel.every((id) => id.startsWith('mid-')), midLevel.join(', '));
    assert.ok(junior.every((id) => !id.startsWith('mid-')), junior.join(', '));
  });

  it('shows every pack by default, and when the setting is missing or not a list', () => {
    assert.deepEqual(sqlPractice, ['sql-practice']);
    for (const setting of [['junior', 'mid-level', 'sql-practice'], undefined, null, 'junior', 7]) {
      assert.deepEqual(topicIdsOf(selectBuiltInPacks(files, setting)), [...junior, ...midLevel, ...sqlPractice], String(setting));
    }
  });

  it('shows only the packs named, ignoring unknown names, and none for an empty list', () => {
    assert.deepEqual(topicIdsOf(selectBuiltInPacks(files, ['junior'])), junior);
    assert.deepEqual(topicIdsOf(selectBuiltInPacks(files, ['mid-level', 'senior'])), midLevel);
    assert.deepEqual(topicIdsOf(selectBuiltInPacks(files, [])), []);
  });
});
