import * as assert from 'node:assert/strict';
import { answerSections, bullets, spokenWords } from '../support/examples/answerSections';
import { builtInPackFiles, questionsWithExamples } from '../support/examples/packExamples';

// CONTENT-FORMAT.md: every built-in question (data/**/*.md) has the same sections in the same
// order, a 30-second answer and a one-minute answer of speakable length.
const ORDER = ['Answer', 'One-minute answer', 'Key points', 'What the interviewer listens for', 'Follow-up questions', 'Common mistakes', 'Weak vs strong answer', 'Example', 'Further reading'];
const OPTIONAL = new Set(['Weak vs strong answer']);

describe('built-in questions are sized and structured for an interview', () => {
  for (const file of builtInPackFiles()) {
    describe(file, () => {
      // Exercises (`kind: exercise`) have a task, a solution and hints instead (docs/question-packs.md, "Exercises").
      for (const { question } of questionsWithExamples(file).filter((q) => !q.question.exercise)) {
        const sections = answerSections(question);
        const body = (title: string): string => sections.find((s) => s.title === title)?.body ?? '';

        it(`${question.id}: metadata and sections in the built-in order`, () => {
          assert.match(question.id, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
          assert.ok(question.difficulty, 'difficulty is set');
          assert.ok(question.tags.length > 0, 'tags are set');
          assert.deepEqual(sections.map((s) => s.title), ORDER.filter((title) => !OPTIONAL.has(title) || sections.some((s) => s.title === title)));
          for (const section of sections) assert.ok(section.body, `"${section.title}" is not empty`);
        });

        it(`${question.id}: 30-second answer of 40-60 words in one paragraph, one-minute answer of 120-160`, () => {
          const short = body('Answer');
          assert.ok(!short.includes('\n\n'), 'the 30-second answer is one paragraph');
          const shortWords = spokenWords(short);
          assert.ok(shortWords >= 40 && shortWords <= 60, `30-second answer has ${shortWords} words`);
          const long = spokenWords(body('One-minute answer').replace(/```[\s\S]*?```/g, ''));
          assert.ok(long >= 120 && long <= 160, `one-minute answer has ${long} words`);
        });

        it(`${question.id}: 4-7 key points, 2-4 follow-ups with answers, readings with links`, () => {
          const points = bullets(body('Key points'));
          assert.ok(points.length >= 4 && points.length <= 7, `${points.length} key points`);
          const followUps = bullets(body('Follow-up questions'));
          assert.ok(followUps.length >= 2 && followUps.length <= 4, `${followUps.length} follow-ups`);
          for (const followUp of followUps) assert.match(followUp, /^\*\*[^*]+\?\*\* \S/, 'a follow-up is "**Question?** Answer."');
          const weakStrong = body('Weak vs strong answer');
          if (weakStrong) assert.match(weakStrong, /Weak:[\s\S]+Strong:/, 'a "Weak:" and a "Strong:" answer');
          assert.match(body('Further reading'), /\]\(https:\/\//, 'at least one https reference');
        });
      }
    });
  }
});
