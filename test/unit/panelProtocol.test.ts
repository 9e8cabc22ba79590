import * as assert from 'node:assert/strict';
import { MAX_NOTE_CHARS, isPanelState, parseFromWebview, parseToWebview } from '../../src/panel/protocol';

describe('panel protocol', () => {
  it('carries notes far longer than a code block, up to the note limit', () => {
    const long = 'n'.repeat(2_000_000);
    assert.equal(parseFromWebview({ type: 'noteChanged', questionId: 'q', text: long, baseVersion: undefined })?.type, 'noteChanged');
    assert.equal(parseFromWebview({ type: 'noteChanged', questionId: 'q', text: 'n'.repeat(MAX_NOTE_CHARS + 1), baseVersion: undefined }), undefined);
    assert.deepEqual(parseToWebview({ type: 'noteSaved', version: 'v', note: long, text: 'Saved.' }), { type: 'noteSaved', version: 'v', note: long, text: 'Saved.' });
  });

  it('restores a panel state with or without a note draft, and refuses a malformed draft', () => {
    assert.ok(isPanelState({ questionId: 'q', revealed: false }));
    assert.ok(isPanelState({ questionId: 'q', revealed: true, draft: { text: 'my answer', baseVersion: undefined } }));
    assert.ok(isPanelState({ questionId: 'q', revealed: true, draft: { text: 'my answer', baseVersion: 'abc' } }));
    assert.equal(isPanelState({ questionId: 'q', revealed: true, draft: { text: 42 } }), false);
    assert.equal(isPanelState({ questionId: 'q', revealed: true, draft: 'my answer' }), false);
  });

  it('drops a noteSaved without the saved text', () => {
    assert.equal(parseToWebview({ type: 'noteSaved', version: 'v', text: 'Saved.' }), undefined);
  });
});
