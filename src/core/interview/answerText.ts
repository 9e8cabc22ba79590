// eslint-disable-next-line @typescript-eslint/no-require-imports
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

/** One content word of a text: its stem, and where it is in the original text (for highlighting). */
export interface Term {
  readonly stem: string;
  /** [start, end) offsets in the text the term was read from. */
  readonly start: number;
  readonly end: number;
}

/**
 * Function words carry no idea of their own, so they never count towards a key point (nor against
 * it). Negations ("not", "no", "never") are among them: the matcher compares words, not claims, and
 * says so in docs/question-packs.md.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also an and any are as at be because been before being below between both but by can ' +
    'could did do does doing done down during each either etc even ever every few for from further had has have having he her here ' +
    'hers him his how i if in into is it its itself just least like may me might more most much must my neither never no nor not ' +
    'now of off often on once one only or other our ours out over own per same shall she should so some such than that the their ' +
    'them then there these they this those through thus to too under until up upon us usually very via was we were what when ' +
    'where whether which while who whom whose why will with within without would yes yet you your mean means meaning e g eg ie ' +
    'thing things something way ways really basically actually'
  ).split(' '),
);

/**
 * Short forms candidates write in a hurry, read as the word they stand for (before stemming).
 * Only unambiguous ones: "auth" (authentication or authorisation?) is not here.
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['db', 'database'],
  ['dbs', 'databases'],
  ['req', 'request'],
  ['reqs', 'requests'],
  ['resp', 'response'],
  ['msg', 'message'],
  ['msgs', 'messages'],
  ['txn', 'transaction'],
  ['txns', 'transactions'],
  ['tx', 'transaction'],
  ['config', 'configuration'],
  ['env', 'environment'],
  ['perf', 'performance'],
  ['conn', 'connection'],
  ['conns', 'connections'],
  ['info', 'information'],
  ['w', 'with'],
  ['svc', 'service'],
  ['prod', 'production'],
  ['k8s', 'kubernetes'],
]);

// Letters and digits, with an inner apostrophe ("don't", "Fielding's") kept in the word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MARKS = /\p{M}/gu;

/** Lowercase, accents folded ("Café" → "cafe"), possessive "'s" and apostrophes dropped. */
export function normaliseWord(word: string): string {
  const folded = word.normalize('NFD').replace(MARKS, '').toLowerCase();
  return folded.replace(/['’]s$/, '').replace(/['’]/g, '');
}

/** The stem a normalised word (short forms already expanded) is compared by: Porter2 (Snowball English); numbers stay as written. */
function stemWord(word: string): string {
  return /^\p{N}+$/u.test(word) ? word : porter2(word);
}

/** The content words of `text` in order, each with its stem and its place in `text`. */
export function contentTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const match of text.matchAll(WORD)) {
    const normalised = normaliseWord(match[0]);
    const word = SHORT_FORMS.get(normalised) ?? normalised;
    if (word.length === 0 || STOP_WORDS.has(word)) continue;
    const start = match.index ?? 0;
    terms.push({ stem: stemWord(word), start, end: start + match[0].length });
  }
  return terms;
}

/** The stems of a short phrase (a synonym, a required phrase), stop words left out. */
export function phraseStems(phrase: string): string[] {
  return contentTerms(phrase).map((term) => term.stem);
}

/** Counts words as spoken or typed: runs of letters and digits. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * True when two stems differ by at most one edit (insert, delete, substitute, or swap of two
 * neighbours) after the same first letter, for stems of five letters or more: a typo in a long word
 * still counts, while short words ("get" / "set") and words that differ in the first letter
 * ("header" / "reader") must match exactly.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
