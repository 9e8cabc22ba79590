import * as assert from 'node:assert/strict';
import type { Question } from '../../src/core/pack/types';
import { searchQuestions } from '../../src/core/search/searchQuestions';

const question = (id: string, title: string, answer: string, tags: string[] = []): Question => ({
  id, topicId: 't', title, difficulty: undefined, tags, prompt: '', answer, sections: ['Answer'], hash: 'h', location: { file: 'p.md', line: 1 },
});

const BANK = [
  question('rest', 'What makes an API RESTful?', `Resources, representations and the uniform interface. ${'Filler words here. '.repeat(10)}Versioning an API as v2 in the path is common.`),
  question('git', 'Why does a team need version control?', 'History, review, and `git bisect` to find the commit that broke a build.', ['git']),
  question('api-keys', 'How do API keys differ from tokens?', 'Keys name the caller; tokens carry a grant.'),
];

describe('search', () => {
  it('needs every word, says where the first matched, and shows the words around it, not the start of the answer', () => {
    const [hit, ...rest] = searchQuestions(BANK, () => '', 'api v2');
    assert.equal(rest.length, 0, '"v2" occurs only in the REST answer');
    assert.equal(hit?.question.id, 'rest');
    assert.equal(hit?.place, 'title');
    const [bisect] = searchQuestions(BANK, () => '', 'BISECT');
    assert.equal(bisect?.place, 'answer');
    assert.match(bisect?.snippet ?? '', /git bisect to find/);
    const [versioning] = searchQuestions(BANK, () => '', 'versioning');
    assert.ok(versioning?.snippet.startsWith('…'), 'a match deep in the answer shows its own neighbourhood');
    assert.ok(!versioning?.snippet.includes('Resources, representations'), 'not the beginning of the answer');
  });

  it('finds words in tags and notes, puts title matches first, and lists everything for an empty query', () => {
    const notes = new Map([['api-keys', 'Asked at Acme: rotate keys yearly']]);
    const [fromNote] = searchQuestions(BANK, (id) => notes.get(id) ?? '', 'acme');
    assert.deepEqual([fromNote?.question.id, fromNote?.place], ['api-keys', 'note']);
    assert.equal(searchQuestions(BANK, () => '', '#git')[0]?.place, 'tags');
    assert.deepEqual(searchQuestions(BANK, () => '', 'api').map((hit) => hit.question.id), ['rest', 'api-keys']);
    assert.equal(searchQuestions(BANK, () => '', '  ').length, 3);
  });
});
