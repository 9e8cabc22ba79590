import * as assert from 'node:assert/strict';
import { insideWorkspace } from '../../src/core/notes/notePaths';

describe('notes folder from workspace settings', () => {
  it('keeps ordinary relative folders', () => {
    assert.equal(insideWorkspace('.interview-notes'), '.interview-notes');
    assert.equal(insideWorkspace('docs/notes/'), 'docs/notes');
    assert.equal(insideWorkspace('./notes'), 'notes');
  });

  it('never leaves the workspace folder', () => {
    for (const hostile of ['../outside', 'notes/../../x', '..', 'C:\\\\Users\\\\x', 'c:/x', '', '/']) {
      assert.equal(insideWorkspace(hostile), '.interview-notes', hostile);
    }
    assert.equal(insideWorkspace('/etc/notes'), 'etc/notes', 'an absolute path is read as relative to the folder');
  });
});
