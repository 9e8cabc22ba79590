import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbench } from './workbench';

const question = (answer: string): string => `## How does a hash join work?\n\nid: team.hash-join\n\n### Answer\n\n${answer}\n`;
const PACK = (answer: string): string => `# Team Questions\n\nid: team\n\n${question(answer)}\n## What is a covering index?\n\nid: team.covering\n\n### Answer\n\nAn index holding every column the query reads.\n`;

describe('the panel follows its pack while the author edits it (real workbench)', () => {
  let workbench: Workbench;
  let file: string;
  before(async () => {
    workbench = await Workbench.start({ files: { 'team.questions.md': PACK('It builds a hash table on the smaller input.') } });
    file = path.join(workbench.runFolder.workspace, 'team.questions.md');
  });
  after(async () => workbench?.stop());

  const web = () => workbench.webview();
  const reviews = () => workbench.logEntries().filter((entry) => entry.k === undefined);

  it('shows an edited answer at once and keeps it revealed', async () => {
    await workbench.openCoachView();
    await workbench.treeRow('Team Questions').click();
    await workbench.treeRow('How does a hash join work?').click();
    await web().locator('#reveal').click();
    await web().locator('#answer', { hasText: 'smaller input' }).waitFor();
    fs.writeFileSync(file, PACK('It builds a hash table on the smaller input, then probes it with each row of the larger one.'));
    await web().locator('#answer', { hasText: 'probes it with each row' }).waitFor({ timeout: 30_000 });
    assert.equal(await web().locator('#answer').isVisible(), true, 'still revealed: only the answer changed');
  });

  it('shows a deleted question as gone and refuses to grade it', async () => {
    fs.writeFileSync(file, PACK('x').replace(question('x'), ''));
    await web().locator('#gone', { hasText: 'no longer in its pack' }).waitFor({ timeout: 30_000 });
    await web().locator('#answer').press('3');
    assert.equal(await web().getByRole('button', { name: /3 Good/ }).isDisabled(), true);
    assert.equal(reviews().length, 0, 'no review of a question that no longer exists');
  });

  it('brings the question back when it returns with the same id, and grades it then', async () => {
    fs.writeFileSync(file, PACK('It builds a hash table on the smaller input.'));
    await web().locator('#notice', { hasText: 'back in its pack' }).waitFor({ timeout: 30_000 });
    assert.equal(await web().locator('#gone').isVisible(), false);
    await web().locator('#answer', { hasText: 'smaller input.' }).waitFor(); // revealed as before: only the answer changed
    await web().locator('#answer').press('3');
    await workbench.poll('the review in the log', () => reviews().length === 1);
    assert.equal(reviews()[0]?.q, 'team.hash-join');
  });
});
