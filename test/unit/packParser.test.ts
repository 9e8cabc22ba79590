import * as assert from 'node:assert/strict';
import { loadPack } from '../../src/core/pack/loadPack';
import { MAX_PACK_BYTES } from '../../src/core/pack/decodePack';
import { parsePack } from '../../src/core/pack/parsePack';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const fence = '```';

const SAMPLE = `# Networking

id: net

Questions about the network.

## What does DNS do?

id: net.dns
difficulty: easy
tags: dns, Basics

Think about names.

### Answer

It maps names to addresses.

### Key points

- Caching with TTLs.

## What is TCP?

### Answer

A reliable byte stream.
`;

describe('parsePack', () => {
  it('reads topics, questions, metadata, prompt and answer', () => {
    const pack = parsePack('net.md', SAMPLE);
    assert.deepEqual(pack.problems, []);
    assert.equal(pack.topics.length, 1);
    const topic = pack.topics[0]!;
    assert.equal(topic.id, 'net');
    assert.equal(topic.description, 'Questions about the network.');
    const [dns, tcp] = topic.questions;
    assert.equal(dns?.id, 'net.dns');
    assert.equal(dns?.difficulty, 'easy');
    assert.deepEqual(dns?.tags, ['dns', 'basics']);
    assert.equal(dns?.prompt, 'Think about names.');
    assert.match(dns?.answer ?? '', /^It maps names to addresses\.\n\n### Key points/);
    assert.deepEqual(dns?.sections, ['Answer', 'Key points']);
    assert.equal(dns?.location.line, 7);
    assert.equal(tcp?.id, 'net/what-is-tcp');
    assert.equal(tcp?.location.line, 23);
  });

  it('ignores ## and ### Answer inside code fences, tables and lists', () => {
    const text = `# T\n\n## Q1\n\n${fence}md\n## Not a question\n### Answer\n${fence}\n\n| a | b |\n|---|---|\n| ## x | ### Answer |\n\n- item\n  - nested ## y\n\n### Answer\n\nReal answer.\n\n${fence}python\n# comment\n## also not a question\n${fence}\n\n## Q2\n\n### Answer\n\nTwo.\n`;
    const pack = parsePack('fences.md', text);
    assert.deepEqual(pack.problems, []);
    const questions = pack.topics[0]?.questions ?? [];
    assert.deepEqual(questions.map((q) => q.title), ['Q1', 'Q2']);
    assert.match(questions[0]?.prompt ?? '', /## Not a question/);
    assert.match(questions[0]?.answer ?? '', /## also not a question/);
  });

  it('handles CRLF line endings and a BOM the same as LF', () => {
    const crlf = loadPack('crlf.md', bytes(`\uFEFF${SAMPLE.replace(/\n/g, '\r\n')}`));
    const lf = loadPack('lf.md', bytes(SAMPLE));
    assert.deepEqual(crlf.problems, []);
    assert.deepEqual(
      crlf.topics[0]?.questions.map((q) => [q.id, q.hash, q.location.line]),
      lf.topics[0]?.questions.map((q) => [q.id, q.hash, q.location.line]),
    );
  });

  it('keeps the content hash when only an HTML comment changes (a matching hint is not an edit), not when the text does', () => {
    const hashOf = (keyPoint: string) => parsePack('h.md', `# T\n\n## Q?\n\n### Answer\n\nA.\n\n### Key points\n\n${keyPoint}\n`).topics[0]?.questions[0]?.hash;
    const plain = hashOf('- Writes wait for the lock.');
    assert.equal(hashOf('- Writes wait for the lock. <!-- synonyms: wait = block -->'), plain);
    assert.notEqual(hashOf('- Writes never wait for the lock.'), plain);
  });

  it('keeps derived ids stable when questions are reordered or re-punctuated', () => {
    const a = parsePack('a.md', '# Go\n\n## What is a goroutine?\n\n### Answer\n\nA.\n\n## What is a channel?\n\n### Answer\n\nB.\n');
    const b = parsePack('b.md', '# Go\n\n## What is a channel\n\n### Answer\n\nB.\n\n## what is a Goroutine?!\n\n### Answer\n\nA.\n');
    const idsA = a.topics[0]?.questions.map((q) => q.id).sort();
    const idsB = b.topics[0]?.questions.map((q) => q.id).sort();
    assert.deepEqual(idsA, ['go/what-is-a-channel', 'go/what-is-a-goroutine']);
    assert.deepEqual(idsB, idsA);
  });

  it('reports a missing answer and a duplicate id on the right lines, and keeps the rest', () => {
    const text = '# T\n\n## No answer here\n\nJust text.\n\n## Good\n\nid: t.same\n\n### Answer\n\nYes.\n\n## Copy\n\nid: t.same\n\n### Answer\n\nAgain.\n';
    const pack = parsePack('bad.md', text);
    assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Good']);
    assert.deepEqual(
      pack.problems.map((p) => [p.severity, p.location.line, p.message.slice(0, 30)]),
      [
        ['error', 3, 'Question "No answer here" has '],
        ['error', 15, 'Duplicate question id "t.same"'],
      ],
    );
    assert.ok(pack.problems.every((p) => p.hint.length > 0 && p.location.file === 'bad.md'));
  });

  it('warns about unknown metadata keys and bad difficulty, with line numbers', () => {
    const pack = parsePack('meta.md', '# T\n\n## Q\n\nid: t.q\ndifficulty: extreme\ncolour: blue\n\n### Answer\n\nA.\n');
    assert.deepEqual(pack.problems.map((p) => [p.severity, p.location.line]), [['warning', 6], ['warning', 7]]);
    assert.match(pack.problems[1]?.message ?? '', /Unknown question metadata key "colour"/);
    assert.equal(pack.topics[0]?.questions[0]?.difficulty, undefined);
  });

  it('reports an unclosed code fence and skips the question it swallows', () => {
    const pack = parsePack('fence.md', `# T\n\n## Q1\n\n### Answer\n\nOk.\n\n## Q2\n\n### Answer\n\n${fence}js\nconst a = 1;\n\n## Q3\n\n### Answer\n\nLost.\n`);
    assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Q1']);
    const fenceProblem = pack.problems.find((p) => /never closed/.test(p.message));
    assert.equal(fenceProblem?.location.line, 13);
  });

  it('gives an empty file no topics and one warning that says it is empty', () => {
    const pack = loadPack('empty.md', new Uint8Array());
    assert.deepEqual(pack.topics, []);
    assert.deepEqual(pack.problems.map((p) => [p.severity, p.location.line, p.message]), [['warning', 1, 'This pack is empty.']]);
  });
});

describe('loadPack byte checks', () => {
  it('refuses a file over the size limit with a clear message', () => {
    const pack = loadPack('huge.md', new Uint8Array(MAX_PACK_BYTES + 1).fill(0x61));
    assert.deepEqual(pack.topics, []);
    assert.match(pack.problems[0]?.message ?? '', /too large \(2\.0 MB; the limit is 2 MB\)/);
  });

  it('reports non-UTF-8 bytes on their line and skips only that question', () => {
    const good = bytes('# T\n\n## Q1\n\n### Answer\n\nFine.\n\n## Q2\n\n### Answer\n\n');
    const bad = new Uint8Array([...good, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const pack = loadPack('latin1.md', bad);
    assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Q1']);
    assert.equal(pack.problems[0]?.location.line, 13);
    assert.match(pack.problems[0]?.message ?? '', /not valid UTF-8/);
  });

  it('refuses binary content', () => {
    const pack = loadPack('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.match(pack.problems[0]?.message ?? '', /binary file/);
  });
});

describe('pack format documentation', () => {
  it('has a complete example that loads without problems', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'docs', 'question-packs.md'), 'utf8');
    const example = /````markdown\n([\s\S]*?)\n````/.exec(doc)?.[1];
    assert.ok(example, 'docs/question-packs.md has a ````markdown example');
    const pack = parsePack('example.md', example);
    assert.deepEqual(pack.problems, []);
    assert.equal(pack.topics[0]?.questions[0]?.id, 'http-basics.idempotency');
  });

  it('keeps HTML-looking text inside questions as text', () => {
    const pack = parsePack('html.md', '# T\n\n## Is <div> a block element?\n\n<h2>not a question</h2>\n\n### Answer\n\nYes: <div> and <p> are block-level.\n');
    assert.deepEqual(pack.problems, []);
    assert.equal(pack.topics[0]?.questions.length, 1);
    assert.equal(pack.topics[0]?.questions[0]?.title, 'Is <div> a block element?');
  });
});

describe('nesting beyond what markdown reads', () => {
  it('is reported on its line, and the question holding it is skipped rather than silently cut', () => {
    const deep = `${'> '.repeat(120)}deep\n`;
    const pack = parsePack('deep.md', `# T\n\n## Fine\n\n### Answer\n\nOk.\n\n## Deep\n\n### Answer\n\n${deep}\nmore text\n`);
    assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Fine']);
    const nesting = pack.problems.find((p) => /nested too deeply/.test(p.message));
    assert.equal(nesting?.location.line, 13);
    assert.equal(nesting?.severity, 'error');
    assert.match(nesting?.message ?? '', /block quotes 99\), and drops what is deeper: question "Deep" \(line 9\) is skipped\.$/);
  });
});
