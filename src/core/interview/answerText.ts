// eslint-disable-next-line @typescript-eslint/no-require-imports
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

/** One content word of a text: its stem, and where it is in the original text (for highlighting). */
export interface Term {
  readonly stem: string;
  /** The word normalised but not stemmed: typos are looked for here, since a typo can change the stem. */
  readonly word: string;
  /** True when the clause holding the word is negated ("not", "never", "doesn't", "!=", ...). */
  readonly negated: boolean;
  /** [start, end) offsets in the text the term was read from. */
  readonly start: number;
  readonly end: number;
}

/**
 * Function words carry no idea of their own, so they never count towards a key point (nor against
 * it). Negations are not terms either; they mark their clause instead (`contentTerms`).
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also an and any are as at be because been before being below between both but by can ' +
    'could did do does doing done down during each either etc even ever every few for from further had has have having he her here ' +
    'hers him his how i if in into is it its itself just like may me might more most much must my neither never no nor not ' +
    'now of off often on one only or other our ours out over own per same shall she should so some such than that the their ' +
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
  ['bc', 'because'],
  ['coz', 'because'],
]);

/**
 * Words that negate the clause they are in. Not "no" and "without": they mostly qualify one noun
 * ("with no human approval", "without a lock") rather than deny the clause.
 */
const NEGATIONS = new Set('not never neither nor cannot cant dont doesnt didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt hasnt havent'.split(' '));
/** Words that start a new clause, as punctuation does. */
const CLAUSE_WORDS = new Set('but while whereas so because although though yet'.split(' '));
/** Words that start a new, negated clause: "the effect rather than the response", "instead of skipping rows". */
const CONTRASTS = new Set(['rather', 'instead']);

// Letters and digits, with an inner apostrophe ("don't", "Fielding's") kept in the word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// A word, or what ends a clause: , ; : ! ? ( ) a full stop before a space, a dash or arrow between spaces, and "!=" (which also negates).
const WORD_OR_BREAK = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|(!=|≠)|[,;:!?()[\]]|\.(?=\s|$)|\s(?:-+|–|—|->|=>|→)\s/gu;
const MARKS = /\p{M}/gu;

/** Lowercase, accents folded ("Café" → "cafe"), possessive "'s" and apostrophes dropped. */
export function normaliseWord(word: string): string {
  const folded = word.normalize('NFD').replace(MARKS, '').toLowerCase();
  return folded.replace(/['’]s$/, '').replace(/['’]/g, '');
}

/** Stems already computed: an answer and its key points repeat words, and Porter2 costs microseconds a word. */
const stems = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;

/** The stem a normalised word (short forms already expanded) is compared by: Porter2 (Snowball English); numbers stay as written. */
function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = /^\p{N}+$/u.test(word) ? word : porter2(word);
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * The content words of `text` in order, each with its stem, its place in `text`, and whether its
 * clause is negated (a bag of words cannot tell "is idempotent" from "is not idempotent"; the
 * clause's polarity can, roughly).
 */
export function contentTerms(text: string): Term[] {
  const terms: Term[] = [];
  let clauseStart = 0;
  let negated = false;
  let previousWasContent = false;
  const endClause = (): void => {
    if (negated) for (let i = clauseStart; i < terms.length; i++) terms[i] = { ...(terms[i] as Term), negated: true };
    clauseStart = terms.length;
    negated = false;
  };
  for (const match of text.matchAll(WORD_OR_BREAK)) {
    if (match[1] === undefined) {
      previousWasContent = false;
      endClause();
      if (match[2] !== undefined) negated = true;
      continue;
    }
    const normalised = normaliseWord(match[1]);
    const word = SHORT_FORMS.get(normalised) ?? normalised;
    // "by digest not tag": a "not" right after a content word contrasts what follows, like "rather".
    const contrast = CONTRASTS.has(word) || (word === 'not' && previousWasContent);
    if (CLAUSE_WORDS.has(word) || contrast) endClause();
    if (NEGATIONS.has(word) || contrast) negated = true;
    previousWasContent = false;
    if (word.length === 0 || STOP_WORDS.has(word) || NEGATIONS.has(word) || CONTRASTS.has(word)) continue;
    const start = match.index ?? 0;
    terms.push({ stem: stemWord(word), word, negated: false, start, end: start + match[1].length });
    previousWasContent = true;
  }
  endClause();
  return terms;
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
  const la = a.length;
  const lb = b.length;
  if (la < 5 || lb < 5 || la - lb > 1 || lb - la > 1 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  let i = 1;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2);
  }
  return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** `a` from `i` equals `b` from `j`, without copying either. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
