import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

// Built-in questions (data/databases.md), opened from the tree as a user does.
const TOPIC = 'Databases';
const FIRST = 'What does a database index actually do';
const SECOND = 'What job does SQL do';

describe('panel keys act only where the user types them (real workbench)', () => {
  let workbench: Workbench;
  before(async () => (workbench = await Workbench.start()));
  after(async () => workbench?.stop());

  const answerShown = async (): Promise<boolean> => workbench.webview().locator('#answer').isVisible();
  const reviews = (): number => workbench.logEntries().filter((entry) => entry.k === undefined).length;

  async function openFromTree(title: string): Promise<void> {
    await workbench.treeRow(title).click();
    await workbench.webview().locator('#question-title', { hasText: title }).waitFor();
    await workbench.panelHasKeyboard();
  }

  it('typing a command into the palette while the panel is active reveals and records nothing', async () => {
    await workbench.openCoachView();
    await workbench.treeRow(TOPIC).click();
    await openFromTree(FIRST);
    await workbench.page.keyboard.press('F1');
    const input = workbench.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await workbench.typeLikeAUser('Interview Coach: Show Statistics');
    assert.equal(await input.inputValue(), '>Interview Coach: Show Statistics', 'every key reached the palette');
    await workbench.page.keyboard.press('Escape');
    assert.equal(await answerShown(), false);
    assert.equal(reviews(), 0);
  });

  it('typing into the Search view while the panel is active reveals and records nothing', async () => {
    await workbench.runCommand('View: Show Search');
    const search = workbench.page.locator('.search-view .monaco-findInput textarea, .search-view .monaco-findInput input').first();
    await search.waitFor();
    await search.click();
    await workbench.typeLikeAUser('api v2');
    await workbench.poll('the typed words in the search box', async () => (await search.inputValue()) === 'api v2');
    assert.equal(await answerShown(), false);
    assert.equal(reviews(), 0);
  });

  it('a grade key pressed in the tree after the reveal records nothing', async () => {
    await workbench.openCoachView();
    await workbench.webview().getByRole('button', { name: 'Show answer' }).click();
    await workbench.webview().locator('#answer').waitFor({ state: 'visible' });
    await workbench.treeRow(TOPIC).click(); // focus in the tree (the topic folds)
    await workbench.page.keyboard.press('4');
    await workbench.treeRow(TOPIC).click();
    assert.equal(reviews(), 0);
    assert.match(await workbench.webview().locator('#question-title').innerText(), new RegExp(FIRST), 'the question did not move on');
  });

  it('Space-Space after opening reveals once and grades nothing; 3 in the panel records exactly one review', async () => {
    await openFromTree(SECOND);
    await workbench.page.keyboard.press('Space');
    await workbench.webview().locator('#answer').waitFor({ state: 'visible' });
    await workbench.page.keyboard.press('Space');
    assert.equal(await answerShown(), true);
    assert.equal(reviews(), 0, 'Space after the reveal does not grade');
    await workbench.page.keyboard.press('3');
    await workbench.poll('one review in the log', () => reviews() === 1);
    await workbench.poll('the next question', async () => !(await workbench.webview().locator('#question-title').innerText()).includes(SECOND));
    const [review] = workbench.logEntries();
    assert.deepEqual([review?.q, review?.g], ['databases.sql', 3]);
    assert.match(await workbench.webview().locator('#notice').innerText(), /Saved: Good/, 'the panel confirms the grade');
    assert.equal(reviews(), 1);
  });
});
