import * as assert from 'node:assert/strict';
import { answerSummary, buildNotesExport } from '../../src/core/notes/notesExport';

describe('notes export', () => {
  it('groups notes by topic with the question, an answer summary and the note', () => {
    const text = buildNotesExport(
      'Interview notes — acme',
      [
        { topicTitle: 'Databases', questionTitle: 'What is an index?', answerMarkdown: 'A sorted structure\nfor lookups.\n\n### Key points\n\n- B-tree', note: 'Mention covering indexes.' },
        { topicTitle: 'Databases', questionTitle: 'What is SQL?', answerMarkdown: 'A language.', note: 'Story: slow report.\n' },
        { topicTitle: 'DevOps', questionTitle: 'What is CI?', answerMarkdown: '', note: 'Ask about flaky tests.' },
      ],
      new Date('2026-11-24T10:00:00Z'),
    );
    assert.equal(
      text,
      [
        '# Interview notes — acme', '', 'Exported 2026-11-24 · 3 notes', '',
        '## Databases', '', '### What is an index?', '', '> **Model answer:** A sorted structure for lookups.', '', '**My notes:**', '', 'Mention covering indexes.', '',
        '### What is SQL?', '', '> **Model answer:** A language.', '', '**My notes:**', '', 'Story: slow report.', '',
        '## DevOps', '', '### What is CI?', '', '**My notes:**', '', 'Ask about flaky tests.', '',
      ].join('\n').trimEnd() + '\n',
    );
  });

  it('cuts a long first paragraph', () => {
    const summary = answerSummary('word '.repeat(500), 50);
    assert.equal(summary.length, 50);
    assert.ok(summary.endsWith('…'));
  });
});
