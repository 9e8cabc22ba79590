import MarkdownIt from 'markdown-it';

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
 * raw HTML off (it shows as text), links limited to safe schemes, bare URLs linkified.
 */
export function markdownEngine(): MarkdownIt.MarkdownIt {
  if (!engine) {
    engine = new MarkdownIt({ html: false, linkify: true, typographer: false });
    engine.validateLink = isSafeLink;
  }
  return engine;
}
