import * as assert from 'node:assert/strict';
import { parsePack } from '../../src/core/pack/parsePack';
import { QuestionBank } from '../../src/core/pack/questionBank';
import { renderMarkdown } from '../../src/core/render/renderMarkdown';

/** Packs as authors write them: HTML comments, front matter, and messages that name the real cause. */

const fence = '```';
const messages = (text: string, file = 'pack.md'): string[] => parsePack(file, text).problems.map((p) => `${p.severity} ${p.location.line}: ${p.message} ${p.hint}`);

describe('HTML comments in packs', () => {
  const COMMENTED = '# T\n\n## Q1\n\nPrompt.\n\n<!--\n### Answer\nhidden\n-->\n\n### Answer\n\nReal answer.\n\n<!-- a note\n## Not a question\n-->\n\n## Q2 <!-- draft -->\n\n### Answer\n\nTwo.\n';

  it('ignores "### Answer" and "##" inside a comment, and hides the comment when rendered', () => {
    const pack = parsePack('c.md', COMMENTED);
    assert.deepEqual(pack.problems, []);
    const [q1, q2] = pack.topics[0]?.questions ?? [];
    assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Q1', 'Q2'], 'the comment in the title is dropped, "## Not a question" is not a question');
    assert.equal(renderMarkdown(q1?.prompt ?? ''), '<p>Prompt.</p>\n\n');
    assert.equal(renderMarkdown(q1?.answer ?? '').trim(), '<p>Real answer.</p>');
    assert.equal(q2?.answer, 'Two.');
  });

  it('keeps <!-- inside code spans and fences as code', () => {
    const text = `# T\n\n## Q\n\n### Answer\n\nWrite \`<!--\` to open one.\n\n${fence}html\n<!--\n## in code\n${fence}\n`;
    const pack = parsePack('code.md', text);
    assert.deepEqual(pack.problems, []);
    const html = renderMarkdown(pack.topics[0]?.questions[0]?.answer ?? '');
    assert.match(html, /<code>&lt;!--<\/code> to open one/);
    assert.match(html, /&lt;!--\n## in code/);
  });

  it('hides inline comments but not the text around them', () => {
    assert.equal(renderMarkdown('Before <!-- secret --> after.'), '<p>Before  after.</p>\n');
    assert.equal(renderMarkdown('<!--\nsecret\n--> after.').includes('secret'), false);
  });

  it('reports an unclosed <!-- on its line and skips only the question holding it', () => {
    const pack = parsePack('open.md', '# T\n\n## Q1\n\n<!-- todo: finish\n\n### Answer\n\nA.\n\n## Q2\n\n### Answer\n\nB.\n');
    assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Q2']);
    assert.deepEqual(messages('# T\n\n## Q1\n\n<!-- todo: finish\n\n### Answer\n\nA.\n\n## Q2\n\n### Answer\n\nB.\n'), [
      'error 5: HTML comment "<!--" opened on line 5 is never closed, so it shows as text: question "Q1" (line 3) is skipped. Add "-->" where the comment ends.',
    ]);
    assert.deepEqual(pack.topics[0]?.skipped, [{ title: 'Q1', line: 3, reason: 'unclosed HTML comment on line 5' }]);
  });

  it('calls an answer that is only a comment empty', () => {
    assert.deepEqual(messages('# T\n\n## Q\n\n### Answer\n\n<!-- later -->\n'), [
      'warning 1: No questions in this pack: its one question is skipped (see the other problems in this file). Fix those problems; the questions load once they are fixed.',
      'error 5: Question "Q" has an empty answer; it is skipped. Write the answer under "### Answer".',
    ]);
  });

  it('stays linear on a text full of <!-- with no -->', () => {
    const text = `# T\n\n## Q\n\n### Answer\n\n${'<!-- x\n'.repeat(20_000)}${'a <!-- '.repeat(20_000)}\n`;
    const started = Date.now();
    const pack = parsePack('many.md', text);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.equal(pack.problems.filter((p) => /never closed/.test(p.message)).length, 20_001);
  });
});

describe('YAML front matter', () => {
  it('names the file topic and gives defaults to its questions', () => {
    const text = '---\ntitle: Kubernetes\nid: k8s\ndescription: "Pods, services and more."\ndifficulty: hard\ntags:\n  - k8s\n  - Ops\n---\n\n## What is a pod?\n\ntags: basics\n\n### Answer\n\nA group of containers.\n\n## What is a service?\n\ndifficulty: easy\n\n### Answer\n\nA stable address.\n';
    const pack = parsePack('notes.questions.md', text);
    assert.deepEqual(pack.problems, []);
    const topic = pack.topics[0];
    assert.deepEqual([topic?.id, topic?.title, topic?.description], ['k8s', 'Kubernetes', 'Pods, services and more.']);
    assert.deepEqual(topic?.questions.map((q) => [q.id, q.difficulty, q.tags, q.location.line]), [
      ['k8s/what-is-a-pod', 'hard', ['k8s', 'ops', 'basics'], 11],
      ['k8s/what-is-a-service', 'easy', ['k8s', 'ops'], 19],
    ]);
  });

  it('says "no questions in this pack" for a pack with only front matter, not "underlined heading"', () => {
    assert.deepEqual(messages('---\ntitle: My notes\ntags: [a, b]\n---\n'), [
      'warning 1: No questions in this pack: it holds only front matter (lines 1-4). Add a question after it: a "## " heading with the question, then "### Answer" and the answer under it.',
    ]);
  });

  it('warns about unknown keys and topic keys that have no topic to name, on their lines', () => {
    assert.deepEqual(messages('---\ntitle: X\nauthor: me\n---\n# Real\n\n## Q\n\n### Answer\n\nA.\n'), [
      'warning 2: Front matter "title" is for the topic of the questions before the first "# " heading, and this file has none; it is ignored. Remove it, or put it in the "# " heading and the text under it.',
      'warning 3: Unknown front matter key "author"; it is ignored. Known keys: id, title, description, difficulty, tags.',
    ]);
  });

  it('reports front matter that is never closed, and leaves a lone --- to markdown', () => {
    assert.match(messages('---\ntitle: X\n\n## Q\n\n### Answer\n\nA.\n')[0] ?? '', /^error 1: Front matter opened on line 1 is never closed/);
    assert.deepEqual(messages('---\n\n## Q\n\n### Answer\n\nA.\n'), []);
  });
});

describe('messages that name the real cause', () => {
  it('names the ~~~ fence actually used and the questions it swallows', () => {
    const text = '# T\n\n## Q1\n\n### Answer\n\nOk.\n\n## Q2\n\n### Answer\n\n~~~~js\nconst a = 1;\n\n## Q3\n\n### Answer\n\nLost.\n';
    assert.deepEqual(messages(text), [
      'error 13: Code fence ~~~~ opened on line 13 is never closed, so everything after it is read as code: question "Q2" (line 9) is skipped, and question "Q3" (line 16) after it is lost. Add a closing ~~~~ line where the code ends.',
    ]);
    const topic = parsePack('fence.md', text).topics[0];
    assert.deepEqual(topic?.questions.map((q) => q.title), ['Q1']);
    assert.deepEqual(topic?.skipped?.map((s) => [s.title, s.reason]), [
      ['Q2', 'unclosed code fence ~~~~ on line 13'],
      ['Q3', 'unclosed code fence ~~~~ on line 13'],
    ]);
  });

  it('blames an unclosed fence in a prompt, not a missing answer', () => {
    const text = `# T\n\n## Q1\n\n${fence}\ncode\n\n### Answer\n\nA.\n`;
    const [first, second] = messages(text);
    assert.match(first ?? '', /^warning 1: No questions in this pack: its one question is skipped/);
    assert.match(second ?? '', /^error 5: Code fence ``` opened on line 5 is never closed.*question "Q1" \(line 3\) is skipped\. Add a closing ``` line/);
  });

  it('gives a list nested 99 deep one message, with the limit as it is', () => {
    const list = Array.from({ length: 99 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const text = `# T\n\n## Fine\n\n### Answer\n\nOk.\n\n## Deep\n\n### Answer\n\n${list}\n\n## After\n\n### Answer\n\nx\n`;
    const found = messages(text);
    assert.equal(found.length, 1, found.join('\n'));
    assert.equal(
      found[0],
      'error 62: Line 62 is nested too deeply: markdown-it reads 100 levels, a list level takes 2 of them and a block quote 1 (so lists nest at most 49 deep, block quotes 99), and drops what is deeper: question "Deep" (line 9) is skipped, and question "After" (line 113) after it is lost. Nest lists and block quotes less deeply.',
    );
    assert.doesNotMatch(found[0] ?? '', /invalid text|bad bytes/);
  });

  it('reads a list nested 49 deep without any problem', () => {
    const list = Array.from({ length: 49 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const pack = parsePack('ok.md', `# T\n\n## Q\n\n### Answer\n\n${list}\n`);
    assert.deepEqual(pack.problems, []);
    assert.match(renderMarkdown(pack.topics[0]?.questions[0]?.answer ?? ''), /level 49/);
  });

  it('says "no questions in this pack" for prose without a question heading', () => {
    assert.deepEqual(messages('Just some notes.\n'), [
      'warning 1: No questions in this pack: it has no "## " question heading. Add a question: a "## " heading with the question, then "### Answer" and the answer under it.',
    ]);
  });

  it('lists the questions another pack already took in the topic that lost them', () => {
    const a = parsePack('a.md', '# A\n\n## Q\n\nid: same\n\n### Answer\n\nA.\n');
    const b = parsePack('b.md', '# B\n\n## Q again\n\nid: same\n\n### Answer\n\nB.\n');
    const bank = new QuestionBank([a, b]);
    assert.deepEqual(bank.topic('b')?.skipped, [{ title: 'Q again', line: 3, reason: 'id "same" already used in a.md' }]);
  });
});
