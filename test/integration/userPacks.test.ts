import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { QuestionBankService } from '../../src/bank/questionBankService';
import { EXAMPLE_PACK } from '../../src/commands/examplePack';
import { activateExtension, EXTENSION_ID, waitFor } from './helpers';

const BROKEN = '# Team Questions\n\n## What does our deploy script do?\n\nNo answer yet.\n\n## How do we roll back?\n\n### Answer\n\nRedeploy the previous image tag.\n';
const FIXED = BROKEN.replace('No answer yet.', '### Answer\n\nIt builds, tests and ships the image.');

describe('workspace question packs', () => {
  const folder = (): vscode.Uri => {
    const first = vscode.workspace.workspaceFolders?.[0];
    if (!first) throw new Error('the integration run opens a workspace folder');
    return first.uri;
  };
  const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  it('shows a pack problem on the right line in the Problems panel, and clears it when fixed', async () => {
    const api = await activateExtension();
    await api.bankService.bank();
    const uri = vscode.Uri.joinPath(folder(), 'team.questions.md');
    await write(uri, BROKEN);

    const diagnostics = await waitFor('a diagnostic for the broken pack', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length > 0 && found;
    });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.range.start.line, 2, 'reported on line 3, the question heading');
    assert.equal(diagnostics[0]?.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostics[0]?.message ?? '', /has no answer/);

    const titlesOf = async (): Promise<string[]> => {
      const topics = await api.treeProvider.getChildren();
      const team = topics.find((node) => node.label === 'Team Questions');
      return team ? (await api.treeProvider.getChildren(team)).map((node) => String(node.label)) : [];
    };
    assert.deepEqual(await titlesOf(), ['How do we roll back?'], 'the valid question still loads');

    await write(uri, FIXED);
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(uri).length === 0);
    await waitFor('both questions in the tree', async () => (await titlesOf()).length === 2);
    await vscode.workspace.fs.delete(uri);
  });

  it('creates a commented example pack that loads without problems', async () => {
    const api = await activateExtension();
    const uri = vscode.Uri.joinPath(folder(), 'example.questions.md');
    await write(uri, EXAMPLE_PACK);
    await waitFor('the example topic in the bank', async () => (await api.bankService.bank()).topic('my-topic'));
    const bank = await api.bankService.bank();
    assert.equal(bank.topic('my-topic')?.questions.length, 2);
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
    await vscode.workspace.fs.delete(uri);
  });

  it('gives the built-in topics without waiting for the workspace search, then tells when the workspace packs are in', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
    const uri = vscode.Uri.joinPath(folder(), 'early.questions.md');
    await write(uri, FIXED.replace('# Team Questions', '# Early Topic'));
    const service = new QuestionBankService(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'packs.json'));
    let changes = 0;
    const listener = service.onDidChange(() => changes++);
    try {
      const first = await service.bankSoFar();
      assert.ok(first.topics.length >= 6, 'the six built-in topics are there at once');
      const titles = async (): Promise<string[]> => (await service.bankSoFar()).topics.map((topic) => topic.title);
      await waitFor('the workspace topic after the search', async () => (await titles()).includes('Early Topic'));
      assert.equal(changes, 1, 'one change event when the workspace packs joined');
      assert.ok((await service.bank()).topics.some((topic) => topic.title === 'Early Topic'));
    } finally {
      listener.dispose();
      service.dispose();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
