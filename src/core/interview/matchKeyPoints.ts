import { contentTerms, withinOneEdit, type Term } from './answerText';
import type { KeyPoint } from './interviewMaterial';

/** [start, end) offsets in the user's answer. */
export type TextRange = readonly [number, number];

/** How one key point fares against an answer, with what made the decision. */
export interface KeyPointMatch {
  /** Index of the key point in the question's list. */
  readonly index: number;
  readonly covered: boolean;
  /** Words or phrases of the key point, as it writes them, that the answer says (itself or through a synonym). */
  readonly matchedTerms: readonly string[];
  readonly missingTerms: readonly string[];
  /** Where in the answer the matched words are, in order and without overlaps, for highlighting. */
  readonly ranges: readonly TextRange[];
}

/**
 * The coverage rule: a key point is covered when the answer says at least this share of its
 * content terms (rounded up), every term when it has three or fewer, and every required phrase.
 */
export const COVERED_SHARE = 0.5;
export const ALL_TERMS_UP_TO = 3;

type Word = Pick<Term, 'stem' | 'word' | 'negated'>;

/** One idea of a key point: a content word, or a phrase a synonym entry names, and the ways to say it. */
interface Concept {
  readonly label: string;
  /** Each way is a phrase of terms (a single word is a phrase of one). */
  readonly ways: (readonly Word[])[];
  /** How many of the key point's terms it covers, and whether a synonym entry made it. */
  readonly span: number;
  readonly merged: boolean;
  required: boolean;
}

/**
 * Matches an answer against the key points (explainable, offline): both texts are reduced to
 * stemmed content words (docs/question-packs.md, "Key points and mock interviews"); a key-point
 * term is said when the answer has its stem (or a stem one typo away, for long words), or one of its
 * synonyms as a phrase of consecutive content words.
 */
export function matchKeyPoints(keyPoints: readonly KeyPoint[], answer: string): KeyPointMatch[] {
  const find = answerIndex(contentTerms(answer));
  return keyPoints.map((keyPoint, index) => {
    const matched: string[] = [];
    const missing: string[] = [];
    const ranges: TextRange[] = [];
    let missingRequired = false;
    const { concepts } = conceptsOf(keyPoint);
    for (const concept of concepts) {
      const found = concept.ways.flatMap(find);
      if (found.length > 0) {
        matched.push(concept.label);
        ranges.push(...found);
      } else {
        missing.push(concept.label);
        missingRequired ||= concept.required;
      }
    }
    const needed = concepts.length <= ALL_TERMS_UP_TO ? concepts.length : Math.ceil(concepts.length * COVERED_SHARE);
    const covered = concepts.length > 0 && !missingRequired && matched.length >= needed;
    return { index, covered, matchedTerms: matched, missingTerms: missing, ranges: mergeRanges(ranges) };
  });
}

/** Every range of the matches, merged, for highlighting the answer once. */
export function answerHighlights(matches: readonly KeyPointMatch[]): TextRange[] {
  return mergeRanges(matches.flatMap((match) => match.ranges));
}

/** The concepts of a key point, and the hints that could not be applied. */
interface KeyPointConcepts {
  readonly concepts: Concept[];
  readonly ignored: string[];
}

/**
 * The key point's content words, once each, with each synonym's phrase merged into one concept.
 * A hint is ignored when its words are not in the key point, or when its phrase overlaps another
 * entry's phrase without being the same (the same phrase named twice adds to its alternatives).
 */
function conceptsOf(keyPoint: KeyPoint): KeyPointConcepts {
  const terms = contentTerms(keyPoint.text);
  // slots[i] is the concept that starts at term i; undefined inside a phrase concept.
  const slots: (Concept | undefined)[] = terms.map((term) => ({ label: keyPoint.text.slice(term.start, term.end), ways: [[term]], span: 1, merged: false, required: false }));
  const ignored: string[] = [];
  for (const synonym of keyPoint.hints.synonyms) {
    const words = contentTerms(synonym.words);
    const at = findPhrase(terms, words);
    const existing = at === -1 ? undefined : slots[at];
    const sameAsBefore = existing?.merged === true && existing.span === words.length;
    const free = slots.slice(at, at + words.length).every((slot) => slot !== undefined && !slot.merged);
    if (!existing || (!sameAsBefore && !free)) {
      ignored.push(synonym.words);
      continue;
    }
    const first = terms[at] as Term;
    const last = terms[at + words.length - 1] as Term;
    // An alternative is said the way the key point says the words it stands for: "not the response" → "not the reply".
    const alternatives = synonym.alternatives.map((alternative) => contentTerms(alternative).map((term) => ({ ...term, negated: term.negated !== first.negated }))).filter((way) => way.length > 0);
    if (sameAsBefore) {
      existing.ways.push(...alternatives);
    } else {
      const merged: Concept = { label: keyPoint.text.slice(first.start, last.end), ways: [terms.slice(at, at + words.length), ...alternatives], span: words.length, merged: true, required: false };
      slots.splice(at, words.length, merged, ...new Array<undefined>(words.length - 1).fill(undefined));
    }
  }
  for (const words of keyPoint.hints.required) {
    let owner = findPhrase(terms, contentTerms(words));
    if (owner === -1) {
      ignored.push(words);
      continue;
    }
    while (owner > 0 && slots[owner] === undefined) owner--;
    const concept = slots[owner];
    if (concept) concept.required = true;
  }
  // The same word twice in a key point is one concept (the first); a "required" on either copy counts.
  const byWords = new Map<string, Concept>();
  for (const concept of slots) {
    if (!concept) continue;
    const key = concept.ways[0]?.map((word) => word.stem).join(' ') ?? '';
    const kept = byWords.get(key);
    if (kept) kept.required ||= concept.required;
    else byWords.set(key, concept);
  }
  return { concepts: [...byWords.values()], ignored };
}

/**
 * The hints of a key point that change nothing: a synonym entry or required phrase naming words the
 * key point does not have, or a synonym phrase overlapping another's (the built-in packs' test lists them).
 */
export function ignoredHints(keyPoint: KeyPoint): string[] {
  return conceptsOf(keyPoint).ignored;
}

/** Where the words first occur in a row among the terms (stop words between them do not count), or -1. */
function findPhrase(terms: readonly Term[], words: readonly Word[]): number {
  if (words.length === 0) return -1;
  return terms.findIndex((_, at) => words.every((word, k) => terms[at + k]?.stem === word.stem));
}

/**
 * Finds a phrase among the answer's terms: the ranges of each place it occurs. A word is found by
 * its stem, or with one typo in the word or its stem (a typo can change what the stemmer strips).
 */
function answerIndex(terms: readonly Term[]): (phrase: readonly Word[]) => TextRange[] {
  const byStem = new Map<string, number[]>();
  // Typos keep the first letter (withinOneEdit), so the near words of a word are looked for among those with its first letter.
  const byInitial = new Map<string, Map<string, number[]>>();
  const add = (map: Map<string, number[]>, key: string, at: number): void => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  terms.forEach((term, at) => {
    add(byStem, term.stem, at);
    for (const text of term.word === term.stem ? [term.word] : [term.word, term.stem]) {
      let group = byInitial.get(text.charAt(0));
      if (!group) byInitial.set(text.charAt(0), (group = new Map()));
      add(group, text, at);
    }
  });
  const known = new Map<string, Set<number>>();
  const placesOf = (word: Word): Set<number> => {
    const key = `${word.stem} ${word.word} ${word.negated}`;
    let places = known.get(key);
    if (!places) {
      const found = new Set(byStem.get(word.stem));
      for (const [text, at] of byInitial.get(word.word.charAt(0)) ?? []) {
        if (withinOneEdit(word.word, text) || withinOneEdit(word.stem, text)) for (const p of at) found.add(p);
      }
      places = new Set([...found].filter((p) => (terms[p] as Term).negated === word.negated));
      known.set(key, places);
    }
    return places;
  };
  return (phrase) => {
    const [head, ...tail] = phrase;
    if (head === undefined) return [];
    const found: TextRange[] = [];
    for (const at of placesOf(head)) {
      if (!tail.every((word, k) => placesOf(word).has(at + k + 1))) continue;
      found.push([(terms[at] as Term).start, (terms[at + phrase.length - 1] as Term).end]);
    }
    return found;
  };
}

function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
