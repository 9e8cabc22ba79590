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

  it('carries a mock interview step with its feedback, and drops one whose highlight is not a pair of offsets', () => {
    const feedback = {
      answerText: 'An index avoids a full scan.',
      highlights: [[3, 8]],
      modelHtml: '<p>model</p>',
      keyPoints: [{ html: '<p>Avoids a scan</p>', covered: true, matched: ['scan'] }],
      coverage: '1 of 1 key points covered.',
      timing: '0:42 used',
      suggested: 3,
      intervals: { 1: '1 m', 2: '6 m', 3: '10 m', 4: '8 d' },
      gradable: true,
    };
    const view = { interviewId: 'i', stepKey: 'i:0', position: 'Question 1 of 2', title: 'Q?', promptHtml: '', mode: 'typed', clock: { limitMs: 180_000, remainingMs: 138_000, running: false }, draft: '', feedback, notice: '' };
    assert.deepEqual(parseToWebview({ type: 'interview', view }), { type: 'interview', view });
    assert.equal(parseToWebview({ type: 'interview', view: { ...view, feedback: { ...feedback, highlights: [[3]] } } }), undefined);
    assert.equal(parseToWebview({ type: 'interview', view: { ...view, mode: 'sung' } }), undefined);
  });

  it('accepts what the user does in an interview only in its known forms', () => {
    assert.deepEqual(parseFromWebview({ type: 'interviewSubmit', stepKey: 'i:0', text: 'my answer', timeUp: true }), { type: 'interviewSubmit', stepKey: 'i:0', text: 'my answer', timeUp: true });
    assert.equal(parseFromWebview({ type: 'interviewGrade', stepKey: 'i:0', grade: 5 }), undefined);
    assert.equal(parseFromWebview({ type: 'interviewAction', stepKey: 'i:0', action: 'rewind' }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'summaryAction', action: 'reviewMisses' }), { type: 'summaryAction', action: 'reviewMisses' });
    assert.ok(isPanelState({ questionId: '', revealed: false, interviewId: 'i' }));
    assert.equal(isPanelState({ questionId: '', revealed: false, interviewId: 7 }), false);
  });
});
