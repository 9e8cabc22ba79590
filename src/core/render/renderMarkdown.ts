import { isSafeLink, markdownEngine } from './markdownEngine';

let highlighter: typeof import('./highlighter') | undefined;

/**
 * Required on first render, not when the extension or a pack parser loads: the highlighter is its
 * own bundle (dist/highlight.js), paid for only when a question is shown.
 */
function highlight(code: string, language: string): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  highlighter ??= require('./highlighter') as typeof import('./highlighter');
  return highlighter.highlightCode(code, language);
}

let configured = false;

function configureRenderer(): void {
  if (configured) return;
  configured = true;
  const md = markdownEngine();
  const escape = md.utils.escapeHtml;

  // Images would load remote or local files; show their alt text instead.
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx];
    const alt = token?.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : '';
    return `<span class="image-alt">[image: ${escape(alt)}]</span>`;
  };

  // Fenced code gets a wrapper the webview decorates with Copy / Open in editor.
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    if (!token) return '';
    const language = (token.info.trim().split(/\s+/)[0] ?? '').replace(/[^\w+#.-]/g, '').slice(0, 32);
    const langClass = language ? ` class="language-${escape(language)}"` : '';
    const code = highlight(token.content, language.toLowerCase()) ?? escape(token.content);
    return `<div class="code-block" data-language="${escape(language)}">` + `<pre tabindex="0"><code${langClass}>${code}</code></pre></div>\n`;
  };

  // Links open through the extension after a click; never in the webview itself.
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    // markdown-it keeps `[a]()` as a link with href="" (the webview document itself) even though
    // validateLink refused the empty URL; drop any href that is not safe rather than emit it.
    if (token && !isSafeLink(String(token.attrGet('href') ?? ''))) token.attrs = token.attrs?.filter(([name]) => name !== 'href') ?? null;
    token?.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
}

/** Markdown to HTML that is safe to place in the webview: no raw HTML, only safe links, no images. */
export function renderMarkdown(markdown: string): string {
  configureRenderer();
  return markdownEngine().render(markdown);
}

/** Escapes text for use inside HTML text or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return markdownEngine().utils.escapeHtml(text);
}
