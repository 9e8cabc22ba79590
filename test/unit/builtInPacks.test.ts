import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPack } from '../../src/core/pack/loadPack';
import { QuestionBank } from '../../src/core/pack/questionBank';
import { isExercise } from '../support/examples/packExamples';

const DATA = path.resolve(__dirname, '..', '..', '..', 'data');
const REQUIRED_SECTIONS = ['Answer', 'Key points', 'What the interviewer listens for', 'Follow-up questions', 'Common mistakes'];

function loadBuiltIns(): QuestionBank {
  const files = fs.readdirSync(DATA).filter((name) => name.endsWith('.md')).sort();
  return new QuestionBank(files.map((name) => loadPack(`data/${name}`, fs.readFileSync(path.join(DATA, name)))));
}

describe('built-in question packs', () => {
  const bank = loadBuiltIns();

  it('load without problems: 24 questions and 22 SQL exercises in 7 topics, unique ids', () => {
    assert.deepEqual(bank.problems, []);
    assert.equal(bank.topics.length, 7);
    assert.equal(bank.questions().filter((q) => !isExercise(q)).length, 24);
    assert.equal(bank.questions().filter((q) => isExercise(q)).length, 22);
    assert.equal(new Set(bank.questions().map((q) => q.id)).size, 46);
  });

  it('give every question an explicit id, difficulty, tags and every answer part', () => {
    for (const question of bank.questions().filter((q) => !isExercise(q))) {
      assert.match(question.id, /^[a-z]+\.[a-z0-9-]+$/, question.title);
      assert.ok(question.difficulty, `${question.id} has a difficulty`);
      assert.ok(question.tags.length >= 1, `${question.id} has tags`);
      for (const section of REQUIRED_SECTIONS) assert.ok(question.sections.includes(section), `${question.id} has "${section}"`);
      const followUps = question.answer.split('### Follow-up questions')[1]?.split('\n### ')[0] ?? '';
      assert.ok((followUps.match(/^- /gm) ?? []).length >= 2, `${question.id} has at least two follow-ups`);
    }
  });
});
