import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { QuestionBankService } from '../../src/bank/questionBankService';
import { examplePack, topicFromFileName } from '../../src/commands/examplePack';
import { renderMarkdown } from '../../src/core/render/renderMarkdown';
import type { InterviewCoachApi } from '../../src/extension';
import type { CoachNode } from '../../src/tree/treeNodes';
import { activateExtension, closeAllEditors, EXTENSION_ID, nonEmpty, waitFor, withDeadline } from './helpers';

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

  it('a new pack is named after its file, and its commented guide adds nothing to study', async () => {
    const api = await activateExtension();
    const uri = vscode.Uri.joinPath(folder(), 'team-sql.questions.md');
    const template = examplePack(topicFromFileName('team-sql.questions.md'));
    await write(uri, template);
    await waitFor('the new pack reported in the Problems panel', () => vscode.languages.getDiagnostics(uri).length > 0);
    assert.match(vscode.languages.getDiagnostics(uri)[0]?.message ?? '', /no questions/i);
    assert.equal((await api.bankService.bank()).questions().filter((q) => q.id.startsWith('team-sql')).length, 0, 'the guide is not a question');
    await write(uri, `${template}\n## What does GROUP BY do?\n\n### Answer\n\nIt folds rows with equal keys into one.\n`);
    await waitFor('the first question in the new topic', async () => (await api.bankService.bank()).topic('team-sql')?.questions.length === 1);
    assert.equal((await api.bankService.bank()).topic('team-sql')?.title, 'Team Sql');
    await waitFor('the Problems panel to clear', () => vscode.languages.getDiagnostics(uri).length === 0);
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

/** Packs as authors write them (#18): comments, front matter, and messages that name the real cause. */
describe('packs as authors write them', function () {
  this.timeout(60_000);
  let api: InterviewCoachApi;
  let dir: string;
  const DEEP_LIST = Array.from({ length: 99 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
  const PACKS: Record<string, string> = {
    'commented.questions.md': '# Commented\n\nid: commented\n\n## Is the comment hidden?\n\nPrompt text.\n\n<!--\n### Answer\nhidden\n-->\n\n### Answer\n\nReal answer.\n',
    'open-comment.questions.md': '# Open Comment\n\nid: open-comment\n\n## Draft\n\n<!-- todo: finish this\n\n### Answer\n\nA.\n\n## Done\n\n### Answer\n\nB.\n',
    'front-only.questions.md': '---\ntitle: My notes\ntags: [a, b]\n---\n',
    'front-topic.questions.md': '---\ntitle: Kubernetes Notes\nid: k8s-notes\ntags: k8s\n---\n\n## What is a pod?\n\n### Answer\n\nA group of containers that share a network namespace.\n',
    'tilde.questions.md': '# Tilde Fence\n\nid: tilde-fence\n\n## First\n\n### Answer\n\n~~~~js\nconst a = 1;\n\n## Second\n\n### Answer\n\nSwallowed.\n',
    'deep.questions.md': `# Deep List\n\nid: deep-list\n\n## Fine\n\n### Answer\n\nOk.\n\n## Deep\n\n### Answer\n\n${DEEP_LIST}\n`,
  };
  const uri = (name: string): vscode.Uri => vscode.Uri.file(path.join(dir, name));
  const diagnosticsOf = (name: string): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri(name)).filter((d) => d.source === 'Interview Coach');
  const topicNode = async (title: string): Promise<CoachNode | undefined> => (await api.treeProvider.getChildren()).find((node) => node.label === title);

  before(async () => {
    api = await activateExtension();
    await api.bankService.bank();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!root) throw new Error('the integration run opens a workspace folder');
    dir = fs.mkdtempSync(path.join(root, 'authoring-'));
    for (const [name, text] of Object.entries(PACKS)) fs.writeFileSync(path.join(dir, name), text);
    api.bankService.reload();
    await withDeadline('the question bank to load', api.bankService.bank(), 30_000);
    await waitFor('the packs in the bank', async () => (await api.bankService.bank()).topic('commented'), 20_000);
  });

  after(async () => {
    await closeAllEditors();
    fs.rmSync(dir, { recursive: true, force: true });
    api.bankService.reload();
    await waitFor('the packs to leave the Problems panel', () => Object.keys(PACKS).every((name) => diagnosticsOf(name).length === 0), 20_000);
  });

  it('hides an HTML comment in the panel and ignores the "### Answer" inside it', async () => {
    assert.deepEqual(diagnosticsOf('commented.questions.md'), []);
    const question = (await api.bankService.bank()).topic('commented')?.questions[0];
    assert.ok(question, 'the commented question loads');
    // The panel shows what this renderer makes of the question (src/study/questionView.ts).
    assert.equal(renderMarkdown(question.prompt).trim(), '<p>Prompt text.</p>', 'the prompt does not end with "<!--"');
    assert.equal(renderMarkdown(question.answer).trim(), '<p>Real answer.</p>', 'the answer is the real one, not "hidden -->"');
  });

  it('reports an unclosed <!-- on its line and keeps the other question', async () => {
    const [diagnostic, ...rest] = await waitFor('a diagnostic on the unclosed comment', () => nonEmpty(diagnosticsOf('open-comment.questions.md')));
    assert.equal(rest.length, 0);
    assert.equal(diagnostic?.range.start.line, 6);
    assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic?.message ?? '', /^HTML comment "<!--" opened on line 7 is never closed, so it shows as text: question "Draft" \(line 5\) is skipped\. Add "-->"/);
    assert.deepEqual((await api.bankService.bank()).topic('open-comment')?.questions.map((q) => q.title), ['Done']);
  });

  it('says "no questions in this pack" for a pack with only front matter', async () => {
    const diagnostics = diagnosticsOf('front-only.questions.md');
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.severity, d.message]),
      [[0, vscode.DiagnosticSeverity.Warning, 'No questions in this pack: it holds only front matter (lines 1-4). Add a question after it: a "## " heading with the question, then "### Answer" and the answer under it.']],
    );
  });

  it('reads front matter as the metadata of the file topic', async () => {
    assert.deepEqual(diagnosticsOf('front-topic.questions.md'), []);
    const topic = (await api.bankService.bank()).topic('k8s-notes');
    assert.equal(topic?.title, 'Kubernetes Notes');
    assert.deepEqual(topic?.questions.map((q) => [q.id, q.tags]), [['k8s-notes/what-is-a-pod', ['k8s']]]);
    assert.ok(await topicNode('Kubernetes Notes'), 'the tree shows the topic by its front matter title');
  });

  it('names the ~~~~ fence actually used and what it swallowed, and the tree says the topic lost them', async () => {
    const [diagnostic, ...rest] = diagnosticsOf('tilde.questions.md').filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(rest.length, 0);
    assert.equal(diagnostic?.range.start.line, 8);
    assert.equal(
      diagnostic?.message,
      'Code fence ~~~~ opened on line 9 is never closed, so everything after it is read as code: question "First" (line 5) is skipped, and question "Second" (line 12) after it is lost. Add a closing ~~~~ line where the code ends.',
    );
    const node = await topicNode('Tilde Fence');
    assert.ok(node, 'a topic whose questions were all lost still shows in the tree');
    assert.match(String(node.description), /^0\b.* · 2 skipped \(see Problems\)$/);
    const tooltip = (node.tooltip instanceof vscode.MarkdownString ? node.tooltip.value : String(node.tooltip)).replace(/\\(.)/g, '$1');
    assert.match(tooltip, /^- "Second" \(line 12\): unclosed code fence ~~~~ on line 9$/m);
    assert.equal(node.command?.command, 'workbench.actions.view.problems', 'clicking it opens the Problems panel');
  });

  it('gives a list nested 99 deep one message with the nesting limit as it is', async () => {
    const diagnostics = diagnosticsOf('deep.questions.md');
    assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('\n'));
    assert.equal(diagnostics[0]?.range.start.line, 63, 'on the line of the 50th level, the first that is dropped');
    assert.match(diagnostics[0]?.message ?? '', /lists nest at most 49 deep.*question "Deep" \(line 11\) is skipped/);
    assert.doesNotMatch(diagnostics[0]?.message ?? '', /at most 100 levels|invalid text|code fence/);
    const node = await topicNode('Deep List');
    assert.match(String(node?.description), /^1\b.* · 1 skipped \(see Problems\)$/);
  });
});
