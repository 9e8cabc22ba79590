import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NotesStore } from '../../src/core/notes/notesStore';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';
import { FaultyFiles, failRename, failWriteHalfway } from '../support/faultyStorage';

// A note save that fails (permissions, a full disk, a rename that does not happen) keeps the
// previous note and leaves no temp file; the next save works once the fault is gone.

describe('storage faults: failing note saves', () => {
  let notesDir: string;
  const clock = (): Date => new Date('2026-03-04T05:06:07Z');
  const listDir = async (folder: string): Promise<string[]> => (await fs.readdir(folder)).sort();

  beforeEach(async () => (notesDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ic-note-faults-')), 'notes')));
  afterEach(async () => fs.rm(path.dirname(notesDir), { recursive: true, force: true }));

  it('surfaces EACCES on save, keeps the previous note and leaves no temp file, and saves once allowed', async () => {
    const faulty = new FaultyFiles();
    const notes = new NotesStore(faulty.files, notesDir, clock);
    const first = await notes.save('q', 'first version', undefined);
    faulty.fail('replaceAtomically', 'EACCES');
    await assert.rejects(notes.save('q', 'second version', first.version), { code: 'EACCES' });
    assert.equal(await fs.readFile(notes.pathFor('q'), 'utf8'), 'first version');
    assert.deepEqual(await listDir(notesDir), ['q.md']);

    faulty.heal();
    const retried = await notes.save('q', 'second version', first.version);
    assert.equal(retried.status, 'saved', 'the retry is not mistaken for a conflict');
    assert.equal(await fs.readFile(notes.pathFor('q'), 'utf8'), 'second version');
  });

  it('Node: a rename that fails (EACCES) or a write that stops half-way (ENOSPC) keeps the previous note and no temp file', async () => {
    const notes = new NotesStore(new NodeFileAccess(), notesDir, clock);
    const first = await notes.save('q', 'first version', undefined);
    for (const inject of [() => failRename('EACCES', notes.pathFor('q')), () => failWriteHalfway('ENOSPC', notesDir)]) {
      const fault = inject();
      try {
        await assert.rejects(notes.save('q', `typed while ${fault.name} fails`, first.version), { code: fault.code });
      } finally {
        fault.restore();
      }
      assert.equal(fault.fired(), 1, `the ${fault.name} fault was hit (NodeFileAccess still writes through fs.promises)`);
      assert.equal(await fs.readFile(notes.pathFor('q'), 'utf8'), 'first version');
      assert.deepEqual(await listDir(notesDir), ['q.md'], 'no temp file left behind');
    }
    assert.equal((await notes.save('q', 'third version', first.version)).status, 'saved');
    assert.equal((await notes.load('q')).text, 'third version');
  });

  it('never overwrites a note it could not read (EACCES), nor one whose conflict copy could not be written', async () => {
    const faulty = new FaultyFiles();
    const notes = new NotesStore(faulty.files, notesDir, clock);
    const first = await notes.save('q', 'mine', undefined);
    await fs.writeFile(notes.pathFor('q'), 'theirs, from another window');

    faulty.fail('read', 'EACCES');
    await assert.rejects(notes.load('q'), { code: 'EACCES' });
    await assert.rejects(notes.save('q', 'mine, edited', first.version), { code: 'EACCES' });
    faulty.heal();
    faulty.fail('replaceAtomically', 'ENOSPC', { when: (file) => file.includes('.conflict-') });
    await assert.rejects(notes.save('q', 'mine, edited', first.version), { code: 'ENOSPC' });
    assert.equal(await fs.readFile(notes.pathFor('q'), 'utf8'), 'theirs, from another window', 'their text survives every failure');
    assert.deepEqual(await listDir(notesDir), ['q.md']);

    faulty.heal();
    const saved = await notes.save('q', 'mine, edited', first.version);
    assert.equal(saved.status, 'conflict');
    assert.ok(saved.status === 'conflict');
    assert.equal(await fs.readFile(saved.conflictCopy, 'utf8'), 'theirs, from another window');
    assert.equal(await fs.readFile(notes.pathFor('q'), 'utf8'), 'mine, edited');
  });
});
