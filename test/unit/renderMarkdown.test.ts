import * as assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/core/render/renderMarkdown';

describe('renderMarkdown', () => {
  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    assert.doesNotMatch(html, /<script|<img/i);
    assert.match(html, /&lt;script&gt;/);
  });

  it('drops links with unsafe schemes and keeps http(s) links', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) [b](JaVaScRiPt&#58;alert(1)) [c](command:workbench.action.quit) [d](https://example.com)');
    assert.doesNotMatch(html, /href="(javascript|command)/i);
    assert.match(html, /<a href="https:\/\/example\.com" rel="noopener noreferrer">d<\/a>/);
  });

  it('wraps fenced code with its language, highlights it and escapes it', () => {
    const html = renderMarkdown('```sql\nSELECT 1 < 2; -- <b>x</b>\n```');
    assert.match(html, /<div class="code-block" data-language="sql"><pre tabindex="0"><code class="language-sql"><span class="hljs-keyword">SELECT<\/span> <span class="hljs-number">1<\/span> <span class="hljs-operator">&lt;<\/span> <span class="hljs-number">2<\/span>;/);
    assert.match(html, /<span class="hljs-comment">-- &lt;b&gt;x&lt;\/b&gt;<\/span>/, 'code stays text inside the colours');
    const plain = renderMarkdown('```brainfuck\n<script>alert(1)</script>\n```');
    assert.match(plain, /<code class="language-brainfuck">&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'an unknown language is escaped, uncoloured');
  });

  it('replaces images with their alt text', () => {
    const html = renderMarkdown('![diagram](https://example.com/x.png)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /\[image: diagram\]/);
  });
});
