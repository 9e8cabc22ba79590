import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { noteFileName } from '../../src/core/notes/notePaths';
import { NotesStore } from '../../src/core/notes/notesStore';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

describe('noteFileName', () => {
  it('keeps ordinary ids readable', () => {
    assert.equal(noteFileName('databases.indexes'), 'databases.indexes.md');
    assert.equal(noteFileName('go/what-is-a-channel'), 'go_2fwhat-is-a-channel.md');
  });

  it('maps odd ids to distinct, safe names', () => {
    const ids = ['../../etc/passwd', 'a/b', 'a_2fb', 'A', 'a', 'con', '.hidden', 'x'.repeat(300), 'x'.repeat(299), 'ünï cødé', '', 'a\\b:c*?"<>|'];
    const names = ids.map(noteFileName);
    assert.equal(new Set(names).size, ids.length, 'no two ids share a file');
    for (const name of names) {
      assert.match(name, /^[a-z0-9._~-]+\.md$/, name);
      assert.ok(!name.startsWith('.') && name.length <= 104, name);
      assert.doesNotMatch(name, /^(con|prn|aux|nul)\./);
    }
  });
});

describe('NotesStore', () => {
  let dir: string;
  let store: NotesStore;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-notes-'));
    store = new NotesStore(new NodeFileAccess(), path.join(dir, 'notes'), () => new Date('2026-03-04T05:06:07Z'));
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('saves and loads a note, creating the folder, leaving no temp files', async () => {
    const empty = await store.load('databases.indexes');
    assert.deepEqual(empty, { text: '', version: undefined });
    const saved = await store.save('databases.indexes', 'My answer: B-trees.', empty.version);
    assert.equal(saved.status, 'saved');
    const loaded = await store.load('databases.indexes');
    assert.equal(loaded.text, 'My answer: B-trees.');
    assert.equal(loaded.version, saved.version);
    assert.deepEqual(await fs.readdir(path.join(dir, 'notes')), ['databases.indexes.md']);
  });

  it('keeps both texts when the note changed on disk since it was loaded', async () => {
    const first = await store.save('q', 'v1', undefined);
    const loadedByPanel = first.version;
    await fs.writeFile(store.pathFor('q'), 'edited in the editor tab');
    const result = await store.save('q', 'typed in the panel', loadedByPanel);
    assert.equal(result.status, 'conflict');
    assert.equal(await fs.readFile(store.pathFor('q'), 'utf8'), 'typed in the panel');
    assert.ok(result.status === 'conflict');
    assert.equal(await fs.readFile(result.conflictCopy, 'utf8'), 'edited in the editor tab');
    assert.match(path.basename(result.conflictCopy), /^q\.conflict-2026-03-04T05-06-07-000Z\.md$/);
  });

  it('overwrites without a conflict when nobody else changed it', async () => {
    const first = await store.save('q', 'one', undefined);
    const second = await store.save('q', 'two', first.version);
    assert.equal(second.status, 'saved');
    assert.deepEqual((await fs.readdir(path.join(dir, 'notes'))).sort(), ['q.md']);
  });

  it('does not take its own earlier save for a change made elsewhere when the writer has not heard back yet', async () => {
    const first = await store.save('q', 'B-trees', undefined);
    const typedBeforeTheReply = await store.save('q', 'B-trees keep keys sorted', undefined);
    const typedAfterTheFirstReply = await store.save('q', 'B-trees keep keys sorted; hash indexes do not', first.version);
    assert.deepEqual([first.status, typedBeforeTheReply.status, typedAfterTheFirstReply.status], ['saved', 'saved', 'saved']);
    assert.equal(await fs.readFile(store.pathFor('q'), 'utf8'), 'B-trees keep keys sorted; hash indexes do not');
    assert.deepEqual(await fs.readdir(path.join(dir, 'notes')), ['q.md']);
  });

  it('still keeps both texts when the note changed elsewhere after its own save', async () => {
    await store.save('q', 'mine', undefined);
    await fs.writeFile(store.pathFor('q'), 'edited in another window');
    const result = await store.save('q', 'mine, longer', undefined);
    assert.ok(result.status === 'conflict');
    assert.equal(await fs.readFile(result.conflictCopy, 'utf8'), 'edited in another window');
    assert.equal(await fs.readFile(store.pathFor('q'), 'utf8'), 'mine, longer');
  });

  it('runs saves of one question one after another, the last text winning', async () => {
    const results = await Promise.all(['a', 'ab', 'abc', 'abcd'].map((text) => store.save('q', text, undefined)));
    assert.deepEqual(results.map((result) => result.status), ['saved', 'saved', 'saved', 'saved']);
    assert.equal(await fs.readFile(store.pathFor('q'), 'utf8'), 'abcd');
    assert.deepEqual(await fs.readdir(path.join(dir, 'notes')), ['q.md']);
  });
});
