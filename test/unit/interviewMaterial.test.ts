import * as assert from 'node:assert/strict';
import { followUpKeyPoints, interviewMaterial } from '../../src/core/interview/interviewMaterial';
import { readKeyPointHints } from '../../src/core/interview/keyPointHints';
import { ignoredHints } from '../../src/core/interview/matchKeyPoints';
import { parsePack } from '../../src/core/pack/parsePack';
import { renderMarkdown } from '../../src/core/render/renderMarkdown';
import { builtInPackFiles, loadPackFile } from '../support/examples/packExamples';

const question = (answer: string) => ({ answer });

describe('interviewMaterial', () => {
  it('reads key points and follow-ups from their sections, as plain text, comments out', () => {
    const material = interviewMaterial(
      question(
        [
          'GET, PUT and DELETE are idempotent.',
          '',
          '### Key points',
          '',
          '- Idempotent is about the **effect** on the server, not the response. <!-- synonyms: effect = outcome, result, state; response = reply -->',
          '- `PUT` replaces the resource. <!-- a note for authors only -->',
          '  - a nested detail is not a key point',
          '',
          '### Follow-up questions',
          '',
          '- **How do you make a POST safe to retry?** Accept an idempotency key and store the first result.',
          '- Is PATCH idempotent? Not necessarily.',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      material.keyPoints.map((point) => point.text),
      ['Idempotent is about the effect on the server, not the response.', 'PUT replaces the resource.'],
    );
    assert.equal(material.keyPoints[0]?.markdown, 'Idempotent is about the **effect** on the server, not the response.');
    assert.deepEqual(material.keyPoints[0]?.hints.synonyms, [
      { words: 'effect', alternatives: ['outcome', 'result', 'state'] },
      { words: 'response', alternatives: ['reply'] },
    ]);
    assert.deepEqual(material.keyPoints[1]?.hints, { synonyms: [], required: [] });
    assert.deepEqual(material.followUps, [
      { question: 'How do you make a POST safe to retry?', answer: 'Accept an idempotency key and store the first result.' },
      { question: 'Is PATCH idempotent?', answer: 'Not necessarily.' },
    ]);
    assert.deepEqual(followUpKeyPoints(material.followUps[0]!).map((point) => point.text), ['Accept an idempotency key and store the first result.']);
    assert.deepEqual(
      followUpKeyPoints({ question: 'Q?', answer: 'Strictly yes: the server looks up state. A signed token (e.g. a JWT) keeps it stateless! 3 of 4 apps accept it.' }).map((p) => p.text),
      ['Strictly yes: the server looks up state.', 'A signed token (e.g. a JWT) keeps it stateless!', '3 of 4 apps accept it.'],
    );
    assert.deepEqual(followUpKeyPoints({ question: 'Q?', answer: '' }), []);
  });

  it('takes no bullet from a code block or a block quote, and works without the sections', () => {
    const material = interviewMaterial(question(['Plain answer.', '', '### Key points', '', '```text', '- not a bullet', '```', '', '> - quoted, not a key point'].join('\n')));
    assert.deepEqual(material, { keyPoints: [], followUps: [] });
    assert.deepEqual(interviewMaterial(question('Only a model answer, no sections.')), { keyPoints: [], followUps: [] });
  });

  it('reads a comment on its own line inside the bullet too', () => {
    const material = interviewMaterial(question(['### Key points', '', '- Locks are held until commit.', '  <!-- synonyms: commit = end of the transaction -->'].join('\n')));
    assert.deepEqual(material.keyPoints[0]?.hints.synonyms, [{ words: 'commit', alternatives: ['end of the transaction'] }]);
  });

  it('names the hints that refer to words the key point does not have', () => {
    const [point] = interviewMaterial(question(['### Key points', '', '- Locks are held until commit. <!-- synonyms: commit = end; rollback = abort --> <!-- required: locks, deadlock -->'].join('\n'))).keyPoints;
    assert.deepEqual(ignoredHints(point!), ['rollback', 'deadlock']);
  });

  it('ignores malformed hints and keeps the well-formed ones', () => {
    assert.deepEqual(readKeyPointHints([' synonyms: no equals sign; = nothing; x = ; cache = store, memo ', 'required: ETag, 304', 'unrelated note']), {
      synonyms: [{ words: 'cache', alternatives: ['store', 'memo'] }],
      required: ['ETag', '304'],
    });
  });

  it('every built-in question has its key points and follow-ups, with visible text unchanged by hints', () => {
    let questions = 0;
    for (const file of builtInPackFiles()) {
      const { text } = loadPackFile(file);
      for (const topic of parsePack(file, text).topics) {
        // SQL exercises are never asked in an interview (planMockInterview), so they need none.
        for (const q of topic.questions.filter((question) => !question.exercise)) {
          const material = interviewMaterial(q);
          questions++;
          assert.ok(material.keyPoints.length >= 4, `${q.id}: ${material.keyPoints.length} key points`);
          assert.ok(material.followUps.length >= 2 && material.followUps.every((f) => f.question.endsWith('?') && f.answer.length > 0), `${q.id}: follow-ups`);
          assert.doesNotMatch(renderMarkdown(q.answer), /synonyms:|required:|&lt;!--/, `${q.id}: a hint shows in the panel`);
          for (const point of material.keyPoints) {
            assert.ok(!point.text.includes('<!--') && !point.markdown.includes('<!--'), `${q.id}: a hint shows in "${point.text}"`);
            assert.deepEqual(ignoredHints(point), [], `${q.id}: hints that name words "${point.text}" does not have`);
          }
        }
      }
    }
    assert.ok(questions > 50, `${questions} built-in questions`);
  });
});
