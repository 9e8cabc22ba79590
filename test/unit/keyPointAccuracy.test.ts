import * as assert from 'node:assert/strict';
import { interviewMaterial, type InterviewMaterial } from '../../src/core/interview/interviewMaterial';
import { matchKeyPoints } from '../../src/core/interview/matchKeyPoints';
import { parsePack } from '../../src/core/pack/parsePack';
import { HELD_OUT_ANSWERS, JUDGED_ANSWERS, type JudgedQuestion } from '../fixtures/interview/keypoint-answers';
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

interface Agreement {
  readonly precision: number;
  readonly recall: number;
  readonly judgements: number;
  readonly line: string;
  readonly disagreements: readonly string[];
}

/** Micro precision and recall of the matcher's covered/missing against the human's, over every key point of every answer. */
function agreement(judged: readonly JudgedQuestion[], material: ReadonlyMap<string, InterviewMaterial>): Agreement {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let judgements = 0;
  const disagreements: string[] = [];
  for (const { questionId, answers } of judged) {
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
  const line = `${judgements} judgements over ${judged.length} questions; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} TP, ${falsePositives} FP, ${falseNegatives} FN)`;
  return { precision, recall, judgements, line, disagreements };
}

describe('key-point matching agrees with a careful human', () => {
  const material = builtInMaterial();

  it(`micro precision and recall over the judged answers are both at least ${FLOOR}`, () => {
    const result = agreement(JUDGED_ANSWERS, material);
    console.log(`      key points: ${result.line}`);
    if (process.env.IC_SHOW_DISAGREEMENTS) console.log(result.disagreements.join('\n'));
    assert.ok(JUDGED_ANSWERS.length >= 12 && JUDGED_ANSWERS.every((q) => q.answers.length >= 3));
    assert.ok(result.precision >= FLOOR, `precision ${result.precision.toFixed(3)} < ${FLOOR}:\n${result.disagreements.join('\n')}`);
    assert.ok(result.recall >= FLOOR, `recall ${result.recall.toFixed(3)} < ${FLOOR}:\n${result.disagreements.join('\n')}`);
  });

  it('reports how it does on key points without synonyms (held-out answers, not gated)', () => {
    const result = agreement(HELD_OUT_ANSWERS, material);
    console.log(`      held out: ${result.line}`);
    if (process.env.IC_SHOW_DISAGREEMENTS) console.log(result.disagreements.join('\n'));
    assert.ok(result.judgements > 0);
  });
});
