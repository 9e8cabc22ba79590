import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_PACK_BYTES } from '../../src/core/pack/decodePack';
import { loadPack } from '../../src/core/pack/loadPack';
import type { ParsedPack } from '../../src/core/pack/types';
import { escapeHtml, renderMarkdown } from '../../src/core/render/renderMarkdown';
import { fiveMegabyteLine, linkifyBomb } from '../support/hostileInputs';
import { assertInert, unsafeParts } from '../support/inertHtml';

/**
 * Hostile markdown (from an untrusted workspace) must render to inert HTML: no element that can run
 * script, load a resource or navigate; no event-handler attribute; only http(s), mailto and in-page
 * link targets; no unprefixed ids (DOM clobbering); and in bounded time.
 */

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'hostile');
const CORPUS_FILE = /^\d{2}-[\w-]+\.md$/;

/** Milliseconds taken by fn, and its result. */
function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Everything of a loaded pack that reaches HTML: rendered markdown, and escaped titles, tags and difficulty. */
function packHtml(pack: ParsedPack): { html: string[]; questions: number } {
  const html: string[] = [];
  let questions = 0;
  for (const topic of pack.topics) {
    html.push(renderMarkdown(topic.description), `<h1>${escapeHtml(topic.title)}</h1>`);
    for (const question of topic.questions) {
      questions++;
      html.push(
        `<h1>${escapeHtml(question.title)}</h1>`,
        renderMarkdown(question.prompt),
        renderMarkdown(question.answer),
        ...question.tags.map((tag) => `<span class="chip">${escapeHtml(tag)}</span>`),
        `<span class="chip">${escapeHtml(question.difficulty ?? '')}</span>`,
      );
    }
  }
  return { html, questions };
}

/** The payload as a question's answer (the task's wrapper) and directly under a question heading. */
function packVariants(name: string, payload: string): Array<{ label: string; text: string }> {
  return [
    { label: 'as an answer', text: `# Hostile ${name}\n\n## Hostile question\n\n### Answer\n\nAnswer starts here.\n\n${payload}\n` },
    { label: 'under a question heading', text: `# Hostile ${name}\n\n## Hostile question\n${payload}\n\n### Answer\n\nAnswer starts here.\n` },
  ];
}

/**
 * Loads a pack from bytes (as the tree does), renders every part of it (as the panel does, at another
 * time), asserts the HTML is inert; returns the pack and the slower of the two steps' times.
 */
function assertPackInert(file: string, bytes: Uint8Array, what: string): { pack: ParsedPack; ms: number } {
  const load = timed(() => loadPack(file, bytes));
  const render = timed(() => packHtml(load.result));
  for (const html of render.result.html) assertInert(html, what);
  // Content is either loaded or reported, never silently lost.
  assert.ok(render.result.questions > 0 || load.result.problems.some((p) => p.severity === 'error'), `${what}: no question and no error`);
  return { pack: load.result, ms: Math.max(load.ms, render.ms) };
}

const prefixForPending = '# T\n\n## Q\n\n### Answer\n\nok\n\n';

// Guards against runaway (exponential or quadratic) rendering, not speed targets (those are in
// `npm run bench`): generous enough for a loaded 2-core CI machine.
const SMALL_BUDGET_MS = 1000;
const BIG_BUDGET_MS = 10_000;

describe('hostile content', function () {
  // The assertions below carry their own time budgets; mocha's timeout only stops a runaway.
  this.timeout(30_000);

  before(() => {
    renderMarkdown('warm *up* [the](https://example.com) engine'); // markdown-it is created on first use
  });

  describe('the inertness checker itself', () => {
    const bad: Array<[string, string]> = [
      ['<script>alert(1)</script>', 'script'],
      ['<p><IMG SRC=x></p>', 'img'],
      ['<p onclick="x">a</p>', 'onclick'],
      ['<p><a href="javascript:alert(1)">a</a></p>', 'javascript href'],
      ['<p><a href=" &#106;avascript:alert(1)">a</a></p>', 'entity href'],
      ['<p><a href="java\tscript:alert(1)">a</a></p>', 'tab href'],
      ['<p><a href="">a</a></p>', 'empty href'],
      ['<p><a href=relative>a</a></p>', 'relative href'],
      ['<div id="answer">a</div>', 'unprefixed id'],
      ['<p>a < b <svg/onload=alert(1)></p>', 'stray <'],
      ['<p><a name="cookie">a</a></p>', 'name attribute'],
      ['<td style="background:url(x)">a</td>', 'style'],
    ];
    for (const [html, label] of bad) {
      it(`flags ${label}`, () => assert.notDeepEqual(unsafeParts(html), []));
    }
    it('accepts what the renderer normally emits', () => {
      const html = renderMarkdown('# T\n\n*a* **b** `c` [d](https://e.example "t") <x@y.example>\n\n```js\n1 < 2\n```\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n3. x\n\n> q\n\n---\n\n![alt](https://i.example/x.png)');
      assert.deepEqual(unsafeParts(html), []);
      assert.deepEqual(unsafeParts('<div id="ic-answer-1">x</div>'), []);
    });
  });

  describe('corpus in test/fixtures/hostile', () => {
    const files = fs.readdirSync(CORPUS).filter((name) => CORPUS_FILE.test(name)).sort();

    it('has at least 40 inputs, each with its payload on the first line', () => {
      assert.ok(files.length >= 40, `only ${files.length} corpus files`);
      for (const name of files) {
        const firstLine = fs.readFileSync(path.join(CORPUS, name), 'utf8').split('\n')[0] ?? '';
        assert.ok(firstLine.trim().length > 0, `${name} starts with an empty line`);
      }
    });

    for (const name of files) {
      const payload = fs.readFileSync(path.join(CORPUS, name), 'utf8');

      it(`${name}: renderMarkdown output is inert`, () => {
        const { result: html, ms } = timed(() => renderMarkdown(payload));
        assertInert(html, name);
        assert.ok(ms < SMALL_BUDGET_MS, `${name} took ${ms.toFixed(0)} ms`);
      });

      for (const variant of packVariants(name, payload)) {
        it(`${name}: loaded through loadPack ${variant.label}, every rendered part is inert`, () => {
          const { ms } = assertPackInert(`hostile/${name}`, encode(variant.text), `${name} ${variant.label}`);
          assert.ok(ms < SMALL_BUDGET_MS, `${name} took ${ms.toFixed(0)} ms`);
        });
      }
    }
  });

  describe('specific holes stay closed', () => {
    it('an empty link destination gets no href (it would point at the webview document itself)', () => {
      for (const source of ['[a]()', '[a]( )', '[a]( "title")', '[a][r]\n\n[r]: <>']) {
        const html = renderMarkdown(source);
        assertInert(html, source);
        assert.doesNotMatch(html, /href=/, source);
      }
    });

    it('entity-encoded schemes are decoded before the scheme check, then the link is dropped', () => {
      for (const source of ['[a](&#106;avascript:alert(1))', '[a](&#x6A;avascript&colon;alert(1))', '[a](java&Tab;script:alert(1))']) {
        assert.doesNotMatch(renderMarkdown(source), /<a /, source);
      }
    });

    it('link titles cannot leave their attribute', () => {
      const html = renderMarkdown('[a](https://example.com "x\\" onmouseover=\\"alert(1)")');
      assert.match(html, /title="x&quot; onmouseover=&quot;alert\(1\)"/);
      assertInert(html, 'title');
    });

    it('fence info strings cannot leave the class or data-language attribute', () => {
      const html = renderMarkdown('```js"><script>alert(1)</script>\nx\n```');
      assert.match(html, /data-language="jsscriptalert1script"/);
      assertInert(html, 'fence');
    });

    it('metadata values reach HTML only escaped, and an invalid id is refused', () => {
      const text = '# T\n\n## Q\n\nid: ../../etc/passwd\ndifficulty: <img src=x onerror=alert(1)>\ntags: <script>alert(2)</script>\n\n### Answer\n\nA.\n';
      const { pack } = assertPackInert('hostile/meta.md', encode(text), 'metadata');
      const question = pack.topics[0]?.questions[0];
      assert.equal(question?.id, 't/q');
      assert.equal(question?.difficulty, undefined);
      assert.deepEqual(question?.tags, ['<script>alert(2)</script>']);
    });
  });

  describe('generated inputs render in bounded time', () => {
    // [label, generator, also through loadPack]. The inline-only bombs skip the pack path: parsePack runs
    // the same markdown-it parse, so it would only double their time.
    const generated: Array<[string, () => string, boolean?]> = [
      ['10,000-deep nested list on one line', () => `${'- '.repeat(10_000)}x`, true],
      ['10,000-deep nested ordered list on one line', () => `${'1. '.repeat(10_000)}<script>alert(1)</script>`, true],
      ['1,000-deep nested list over 1,000 indented lines', () => Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(2 * i)}- <img src=x onerror=alert(${i})>`).join('\n'), true],
      ['10,000-deep nested blockquote', () => `${'>'.repeat(10_000)} <svg onload=alert(1)>`, true],
      ['10,000-deep spaced blockquote with 2,000 lazy continuation lines', () => `${'> '.repeat(10_000)}x\n${'[a](javascript:alert(1))\n'.repeat(2_000)}`, true],
      ['10,000 lines of growing blockquote depth (capped at 150)', () => Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(Math.min(i + 1, 150))} x`).join('\n'), true],
      ['5 MB single line', () => fiveMegabyteLine(5 * 1024 * 1024)],
      ['linkify bomb: 5,000 URL-like tokens', () => linkifyBomb(5_000), true],
      ['30,000 unmatched [', () => '['.repeat(30_000)],
      ['20,000 nested [ ]', () => `${'['.repeat(20_000)}a${']'.repeat(20_000)}`],
      ['30,000 unclosed link destinations', () => '[a]('.repeat(30_000)],
      ['30,000 emphasis openers', () => '*a '.repeat(30_000)],
      ['30,000 emphasis closers', () => 'a* '.repeat(30_000)],
      ['20,000 mixed emphasis delimiters', () => '**_'.repeat(20_000)],
      ['backtick runs of every length to 1,000', () => Array.from({ length: 1_000 }, (_, i) => `e${'`'.repeat(i)}`).join('')],
      ['100,000 <', () => `${'<'.repeat(100_000)}script>`],
      ['30,000 unclosed autolinks', () => '<http:'.repeat(30_000)],
      ['50,000 &# with no number', () => '&#'.repeat(50_000)],
      ['20,000 unclosed reference definitions', () => '[a]: <'.repeat(20_000)],
      ['20,000 HTML comment openers', () => '<!--'.repeat(20_000)],
      ['NUL characters and lone surrogates', () => `a\u0000b\ud800c\udfff [x](java\u0000script:alert(1)) &#0;`.repeat(1_000), true],
    ];

    for (const [label, generate, throughPack] of generated) {
      const source = generate();
      it(`${label} (${(source.length / 1024).toFixed(0)} KB): renderMarkdown`, () => {
        const { result: html, ms } = timed(() => renderMarkdown(source));
        assert.ok(ms < BIG_BUDGET_MS, `${label} took ${ms.toFixed(0)} ms`);
        assertInert(html, label);
      });
      if (throughPack) {
        it(`${label}: loadPack as an answer`, () => {
          const { ms } = assertPackInert('hostile/generated.md', encode(packVariants(label, source)[0]?.text ?? ''), label);
          assert.ok(ms < BIG_BUDGET_MS, `${label} took ${ms.toFixed(0)} ms`);
        });
      }
    }

    it('a pack of exactly the 5 MB limit holding one long line loads and renders', () => {
      const head = '# Big\n\n## Long line\n\n### Answer\n\n';
      const text = head + fiveMegabyteLine(MAX_PACK_BYTES - head.length - 1) + '\n';
      const bytes = encode(text);
      assert.equal(bytes.byteLength, MAX_PACK_BYTES);
      const { pack, ms } = assertPackInert('hostile/big.md', bytes, '5 MB pack');
      assert.equal(pack.topics[0]?.questions.length, 1);
      assert.ok(ms < BIG_BUDGET_MS, `5 MB pack took ${ms.toFixed(0)} ms`);
    });

    it('a pack one byte over the limit is refused without parsing', () => {
      const { result: pack, ms } = timed(() => loadPack('hostile/too-big.md', new Uint8Array(MAX_PACK_BYTES + 1).fill(0x61)));
      assert.equal(pack.topics.length, 0);
      assert.match(pack.problems[0]?.message ?? '', /too large/);
      assert.ok(ms < SMALL_BUDGET_MS, `refusal took ${ms.toFixed(0)} ms`);
    });
  });

  describe('invalid bytes through loadPack', () => {
    const prefix = '# Bytes\n\n## Clean question\n\n### Answer\n\n<script>alert(1)</script> [x](javascript:alert(2))\n\n## Dirty question\n\n### Answer\n\n';
    const invalid: Array<[string, number[]]> = [
      ['a lone continuation byte', [0x80]],
      ['0xFF and 0xFE', [0xff, 0xfe]],
      ['a truncated 3-byte sequence before <', [0xe2, 0x82, 0x3c]],
      ['an overlong "<" (C0 BC)', [0xc0, 0xbc, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0xc0, 0xbe]],
      ['an overlong "<" in 3 bytes (E0 80 BC)', [0xe0, 0x80, 0xbc]],
      ['a UTF-8 encoded surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
      ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
      ['a 5-byte sequence', [0xf8, 0x88, 0x80, 0x80, 0x80]],
    ];
    for (const [label, sequence] of invalid) {
      it(`${label}: reported, the dirty question skipped, the clean one still inert`, () => {
        const bytes = Uint8Array.from([...encode(prefix), ...encode('[y]('), ...sequence, ...encode('javascript:alert(3)) <img src=x onerror=alert(4)>\n')]);
        const { pack, ms } = assertPackInert('hostile/bytes.md', bytes, label);
        assert.ok(ms < SMALL_BUDGET_MS, `${label} took ${ms.toFixed(0)} ms`);
        assert.ok(pack.problems.some((p) => p.severity === 'error' && /not valid UTF-8/.test(p.message)), 'invalid UTF-8 not reported');
        assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Clean question']);
        // The lenient decoding (U+FFFD for bad bytes) rendered directly is inert too.
        assertInert(renderMarkdown(new TextDecoder('utf-8').decode(bytes)), `${label} decoded leniently`);
      });
    }

    it('a file with invalid bytes on 10,000 lines loads in bounded time', () => {
      const bytes = Uint8Array.from([...encode(prefix), ...Array.from({ length: 10_000 }, () => [0xff, 0x3c, 0x0a]).flat()]);
      const { pack, ms } = assertPackInert('hostile/many-bad-lines.md', bytes, 'many bad lines');
      assert.ok(ms < BIG_BUDGET_MS, `took ${ms.toFixed(0)} ms`);
      assert.deepEqual(pack.topics[0]?.questions.map((q) => q.title), ['Clean question']);
    });

    it('NUL bytes refuse the file as binary', () => {
      const pack = loadPack('hostile/nul.md', Uint8Array.from([...encode(prefix), 0x00, ...encode('<script>alert(1)</script>\n')]));
      assert.equal(pack.topics.length, 0);
      assert.match(pack.problems[0]?.message ?? '', /binary/);
    });

    it('a BOM and CRLF line endings do not change what is rendered', () => {
      const text = '\ufeff# T\r\n\r\n## Q\r\n\r\n### Answer\r\n\r\n<script>alert(1)</script>\r\n[x](java\r\nscript:alert(2))\r\n';
      const { pack } = assertPackInert('hostile/crlf.md', encode(text), 'BOM + CRLF');
      assert.equal(pack.topics[0]?.questions.length, 1);
    });
  });

  // Each would be a denial of service by one workspace file, not a script-execution hole.
  describe('pack loader limits', () => {
    it('loadPack does not throw for invalid bytes on 200,000 lines (decodePack spreads a Set into Math.min)', () => {
      const bytes = Uint8Array.from([...encode(prefixForPending), ...Array.from({ length: 200_000 }, () => [0xff, 0x0a]).flat()]);
      assert.doesNotThrow(() => loadPack('hostile/bad-lines.md', bytes));
    });

    it('parsePack is not quadratic in the number of questions (50,000 questions, ~1 MB)', () => {
      // A ratio against 5,000 questions measured in the same run: linear is ~10×, quadratic ~100×.
      const pack = (n: number): Uint8Array => encode(Array.from({ length: n }, (_, i) => `## q${i}\n### Answer\ny\n`).join(''));
      const small = pack(5_000);
      const big = pack(50_000);
      loadPack('hostile/warm-up.md', small);
      const smallMs = Math.min(...[0, 1, 2].map(() => timed(() => loadPack('hostile/few-questions.md', small)).ms));
      const { ms } = timed(() => loadPack('hostile/many-questions.md', big));
      assert.ok(ms / Math.max(smallMs, 1) < 30, `50,000 questions took ${ms.toFixed(0)} ms, 5,000 took ${smallMs.toFixed(0)} ms`);
    });
  });
});
