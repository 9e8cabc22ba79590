import type MarkdownIt from 'markdown-it';
import { htmlCommentsPlugin } from './htmlComments';

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * True for the only link targets the renderer keeps: http(s), mailto and in-page anchors.
 * markdown-it has already normalised the URL (entities decoded, whitespace percent-encoded),
 * so a scheme hidden with entities or newlines cannot slip past this prefix test.
 */
export function isSafeLink(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

let engine: MarkdownIt.MarkdownIt | undefined;

/**
 * The one configured markdown-it used to parse packs and to render them:
 * raw HTML off (it shows as text) except HTML comments (hidden, as every viewer hides them), links
 * limited to safe schemes, bare URLs linkified.
 */
export function markdownEngine(): MarkdownIt.MarkdownIt {
  if (!engine) {
    // Required here, on first use, not when the extension loads: evaluating markdown-it and its
    // dependencies (entity tables, Unicode classes, linkify) takes about 30 ms, more than the rest
    // of activation. esbuild keeps the module lazy behind this call.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const MarkdownItConstructor = require('markdown-it') as typeof MarkdownIt;
    engine = new MarkdownItConstructor({ html: false, linkify: true, typographer: false });
    engine.validateLink = isSafeLink;
    htmlCommentsPlugin(engine);
  }
  return engine;
}
