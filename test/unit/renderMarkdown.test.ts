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

  it('wraps fenced code with its language and escapes it', () => {
    const html = renderMarkdown('```sql\nSELECT 1 < 2;\n```');
    assert.match(html, /<div class="code-block" data-language="sql"><pre tabindex="0"><code class="language-sql">SELECT 1 &lt; 2;/);
  });

  it('replaces images with their alt text', () => {
    const html = renderMarkdown('![diagram](https://example.com/x.png)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /\[image: diagram\]/);
  });
});
