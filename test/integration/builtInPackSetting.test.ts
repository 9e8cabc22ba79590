import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitFor, withDeadline } from './helpers';

const SETTING = 'builtInPacks';

describe('choosing built-in packs (interviewCoach.builtInPacks)', () => {
  it('hides the mid-level topics from the tree when only "junior" is chosen, and shows them again', async () => {
    const api = await activateExtension();
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('interviewCoach');
    const bank = await api.bankService.bank();
    const titlesIn = (folder: RegExp): string[] => bank.topics.filter((topic) => folder.test(topic.location.file)).map((topic) => topic.title);
    const midLevel = titlesIn(/^data\/mid-level\/[^/]+\.md$/);
    const junior = titlesIn(/^data\/[^/]+\.md$/);
    assert.ok(midLevel.length > 0 && junior.length > 0, 'both built-in packs are on by default');
    const treeTitles = async (): Promise<string[]> => (await api.treeProvider.getChildren()).map((node) => String(node.label));
    const shown = (titles: string[], visible: string[]): boolean => titles.every((title) => visible.includes(title));
    const hidden = (titles: string[], visible: string[]): boolean => titles.every((title) => !visible.includes(title));
    // The view asks for new children only when the tree says it changed.
    const treeChanged = (): Promise<void> =>
      new Promise((resolve) => {
        const subscription = api.treeProvider.onDidChangeTreeData(() => {
          subscription.dispose();
          resolve();
        });
      });

    try {
      let changed = treeChanged();
      await config().update(SETTING, ['junior'], vscode.ConfigurationTarget.Global);
      await withDeadline('the tree to refresh after the setting changed', changed, 10_000);
      await waitFor('the mid-level topics to leave the tree', async () => {
        const visible = await treeTitles();
        return hidden(midLevel, visible) && shown(junior, visible);
      });

      changed = treeChanged();
      await config().update(SETTING, ['mid-level'], vscode.ConfigurationTarget.Global);
      await withDeadline('the tree to refresh after the setting changed', changed, 10_000);
      await waitFor('only the mid-level topics in the tree', async () => {
        const visible = await treeTitles();
        return shown(midLevel, visible) && hidden(junior, visible);
      });
      const midQuestion = bank.questions().find((question) => question.topicId.startsWith('mid-'));
      assert.ok(midQuestion && (await api.bankService.bank()).question(midQuestion.id), 'the bank that commands pick from has the mid-level questions');
      const juniorQuestion = bank.questions().find((question) => junior.includes(bank.topic(question.topicId)?.title ?? ''));
      assert.equal(juniorQuestion && (await api.bankService.bank()).question(juniorQuestion.id), undefined, 'and not the junior ones');
    } finally {
      await config().update(SETTING, undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('both packs back in the tree', async () => {
      const visible = await treeTitles();
      return shown(midLevel, visible) && shown(junior, visible);
    });
  });
});
