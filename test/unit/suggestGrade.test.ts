import * as assert from 'node:assert/strict';
import { shouldAskFollowUp, suggestGrade } from '../../src/core/interview/suggestGrade';

const MIN3 = 180_000;
const followUps = [
  { question: 'Why?', answer: 'Because.' },
  { question: 'How?', answer: 'Carefully.' },
];

describe('suggestGrade', () => {
  it('suggests Again, Hard, Good and Easy by the share of key points covered', () => {
    assert.equal(suggestGrade(0, 6, 60_000, MIN3), 1);
    assert.equal(suggestGrade(1, 5, 60_000, MIN3), 1);
    assert.equal(suggestGrade(2, 6, 60_000, MIN3), 2);
    assert.equal(suggestGrade(4, 7, 60_000, MIN3), 2);
    assert.equal(suggestGrade(5, 7, 60_000, MIN3), 3);
    assert.equal(suggestGrade(6, 6, 150_000, MIN3), 3, 'all covered, but slowly');
    assert.equal(suggestGrade(6, 6, 90_000, MIN3), 4, 'all covered within half the time');
  });

  it('suggests nothing for a question without key points', () => {
    assert.equal(suggestGrade(0, 0, 60_000, MIN3), undefined);
  });

  it('asks a follow-up after Good or Easy only, when there is one', () => {
    assert.deepEqual([1, 2, 3, 4].map((grade) => shouldAskFollowUp(grade as 1 | 2 | 3 | 4, followUps)), [false, false, true, true]);
    assert.equal(shouldAskFollowUp(4, []), false);
  });

});
