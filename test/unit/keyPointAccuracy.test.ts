import * as assert from 'node:assert/strict';
import { interviewMaterial, type InterviewMaterial } from '../../src/core/interview/interviewMaterial';
import { matchKeyPoints } from '../../src/core/interview/matchKeyPoints';
import { parsePack } from '../../src/core/pack/parsePack';
import { JUDGED_ANSWERS } from '../fixtures/interview/keypoint-answers';
import { builtInPackFiles, loadPackFile } from '../support/examples/packExamples';

/** The floor for both micro precision and micro recall over every key-point judgement (issue #20). */
const FLOOR = 0.85;

function builtInMaterial(): Map<string, InterviewMaterial> {
  const material = new Map<string, InterviewMaterial>();
  for (const file of builtInPackFiles()) {
    for (const topic of parsePack(file, loadPackFile(file).text).topics) for (const question of topic.questions) material.set(question.id, interviewMaterial(question));
  }
  return material;
}

describe('key-point matching agrees with a careful human', () => {
  it(`micro precision and recall over the judged answers are both at least ${FLOOR}`, () => {
    const material = builtInMaterial();
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    let judgements = 0;
    const disagreements: string[] = [];
    for (const { questionId, answers } of JUDGED_ANSWERS) {
      const keyPoints = material.get(questionId)?.keyPoints;
      assert.ok(keyPoints && keyPoints.length > 0, `${questionId} is a built-in question with key points`);
      for (const answer of answers) {
        const human = new Set(answer.covered);
        for (const match of matchKeyPoints(keyPoints, answer.text)) {
          judgements++;
          const expected = human.has(match.index);
          if (match.covered && expected) truePositives++;
          else if (match.covered) falsePositives++;
          else if (expected) falseNegatives++;
          if (match.covered !== expected) {
            disagreements.push(`${match.covered ? 'FP' : 'FN'} ${questionId} (${answer.kind}) #${match.index}: matched ${match.matchedTerms.join(', ')} / missing ${match.missingTerms.join(', ')}`);
          }
        }
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(`      key points: ${judgements} judgements over ${JUDGED_ANSWERS.length} questions; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} TP, ${falsePositives} FP, ${falseNegatives} FN)`);
    if (process.env.IC_SHOW_DISAGREEMENTS) console.log(disagreements.join('\n'));
    assert.ok(JUDGED_ANSWERS.length >= 12 && JUDGED_ANSWERS.every((q) => q.answers.length >= 3));
    assert.ok(precision >= FLOOR, `precision ${precision.toFixed(3)} < ${FLOOR}:\n${disagreements.join('\n')}`);
    assert.ok(recall >= FLOOR, `recall ${recall.toFixed(3)} < ${FLOOR}:\n${disagreements.join('\n')}`);
  });
});
