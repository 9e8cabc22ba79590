import * as assert from 'node:assert/strict';

// Whether rendered HTML is inert: no element that can run script, load a resource or navigate, no
// event-handler attribute, only http(s), mailto and in-page link targets, no unprefixed ids (DOM
// clobbering). Read with a tag scanner of its own, not the renderer's code.

/** Elements that run script, load resources, navigate, submit or restyle; none may appear. */
const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'object', 'embed', 'style', 'meta', 'base', 'form', 'link', 'svg', 'math', 'img', 'video',
  'audio', 'source', 'frame', 'frameset', 'applet', 'param', 'track', 'picture', 'canvas', 'input', 'button',
  'textarea', 'select', 'option', 'template', 'noscript', 'xmp', 'plaintext', 'portal', 'body', 'html', 'head',
  'title', 'marquee', 'details', 'dialog', 'isindex', 'image', 'animate', 'set', 'foreignobject', 'use',
]);
/** The only elements the renderer emits (markdown-it's CommonMark + tables, plus our wrappers). */
const ALLOWED_TAGS = new Set([
  'p', 'a', 'em', 'strong', 's', 'code', 'pre', 'div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
/** The only attributes the renderer emits. `id` is allowed only with the ID_PREFIX. */
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'class', 'data-language', 'tabindex', 'start', 'style', 'id']);
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'srcset', 'poster', 'background', 'data', 'xlink:href', 'ping', 'cite',
  'longdesc', 'manifest', 'codebase', 'dynsrc', 'lowsrc', 'srcdoc',
]);
const ID_PREFIX = 'ic-';
const SAFE_URL = /^(https?:|mailto:|#)/i;
const ALLOWED_STYLE = /^text-align:(left|right|center)$/;
/** markdown-it's escapeHtml produces exactly these entities in attribute values; anything else is suspicious. */
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

interface ScannedTag {
  readonly raw: string;
  readonly name: string;
  readonly attributes: ReadonlyArray<readonly [name: string, value: string | undefined]>;
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/** A small tag scanner over the OUTPUT, strict enough that anything it cannot read is a failure. */
function scanTags(html: string): { tags: ScannedTag[]; problems: string[] } {
  const tags: ScannedTag[] = [];
  const problems: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const [raw, , name = '', body = ''] = match;
    const attributes: Array<readonly [string, string | undefined]> = [];
    ATTRIBUTE.lastIndex = 0;
    let end = 0;
    for (let attr = ATTRIBUTE.exec(body); attr; attr = ATTRIBUTE.exec(body)) {
      attributes.push([(attr[1] ?? '').toLowerCase(), attr[2] ?? attr[3] ?? attr[4]]);
      end = ATTRIBUTE.lastIndex;
    }
    if (!/^\s*\/?\s*$/.test(body.slice(end))) problems.push(`unreadable tag ${raw}`);
    tags.push({ raw, name: name.toLowerCase(), attributes });
  }
  // Every "<" in the output must open a tag the scanner read; a stray one could open a tag in a lenient parser.
  const lessThan = html.split('<').length - 1;
  if (lessThan !== tags.length) problems.push(`${lessThan - tags.length} "<" outside scanned tags`);
  return { tags, problems };
}

/** How a browser reads a URL attribute: entities decoded, tabs/newlines removed, outer C0/space trimmed. */
function urlAsBrowserSeesIt(value: string): string {
  return value
    .replace(/&(\w+);/g, (entity, name: string) => ATTRIBUTE_ENTITIES[name] ?? entity)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''); // eslint-disable-line no-control-regex
}

/** Every reason the HTML is not inert; empty when it is. */
export function unsafeParts(html: string): string[] {
  const { tags, problems } = scanTags(html);
  const forbidden = /<\s*\/?\s*(script|iframe|object|embed|style|meta|base|form|link|svg|math|img|video|audio|source|frame)\b/i.exec(html);
  if (forbidden) problems.push(`forbidden element ${forbidden[0]}`);
  for (const tag of tags) {
    if (FORBIDDEN_TAGS.has(tag.name)) problems.push(`forbidden element ${tag.raw}`);
    else if (!ALLOWED_TAGS.has(tag.name)) problems.push(`unexpected element ${tag.raw}`);
    // Outside quoted values (text inside a quoted value, like a title, is harmless).
    if (/[\s/"']on[a-z]+\s*=/i.test(tag.raw.replace(/"[^"]*"|'[^']*'/g, '""'))) problems.push(`event handler in ${tag.raw}`);
    for (const [name, value = ''] of tag.attributes) {
      if (name.startsWith('on')) problems.push(`event handler attribute ${name} in ${tag.raw}`);
      if (!ALLOWED_ATTRIBUTES.has(name)) problems.push(`unexpected attribute ${name} in ${tag.raw}`);
      const strayEntity = /&(?!(?:amp|lt|gt|quot);)/.exec(value);
      if (strayEntity) problems.push(`unexpected entity in ${name} of ${tag.raw}`);
      if (URL_ATTRIBUTES.has(name) && !SAFE_URL.test(urlAsBrowserSeesIt(value))) problems.push(`unsafe ${name}="${value}" in ${tag.raw}`);
      if (name === 'id' && !value.startsWith(ID_PREFIX)) problems.push(`id without the "${ID_PREFIX}" prefix in ${tag.raw}`);
      if (name === 'style' && !ALLOWED_STYLE.test(value)) problems.push(`style in ${tag.raw}`);
    }
  }
  return problems;
}

export function assertInert(html: string, what: string): void {
  const problems = unsafeParts(html);
  assert.deepEqual(problems.slice(0, 10), [], `${what} is not inert:\n${html.length > 4000 ? `${html.slice(0, 4000)}…` : html}`);
}
