import type { Question } from '../pack/types';

export type MatchPlace = 'title' | 'tags' | 'question' | 'answer' | 'note';

export interface SearchHit {
  readonly question: Question;
  readonly place: MatchPlace;
  /** The words around the first match ('' when the title matched: the title is shown anyway). */
  readonly snippet: string;
}

const SNIPPET_RADIUS = 40;

/** Markdown as words: no heading marks, emphasis, link targets or code fences. */
function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Questions whose text holds every word of `query` (case-insensitive), each with where the first
 * word matched and the words around it, so a result shows why it matched without showing the
 * start of the answer. Title matches come first, then the bank's order.
 */
export function searchQuestions(questions: readonly Question[], noteOf: (id: string) => string, query: string): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const question of questions) {
    const places: [MatchPlace, string][] = [
      ['title', question.title],
      ['tags', question.tags.map((tag) => `#${tag}`).join(' ')],
      ['question', plainText(question.prompt)],
      ['answer', plainText(question.answer)],
      ['note', noteOf(question.id)],
    ];
    const all = places.map(([, text]) => text.toLowerCase()).join('\n');
    if (!words.every((word) => all.includes(word))) continue;
    const first = words[0];
    const place = first === undefined ? undefined : places.find(([, text]) => text.toLowerCase().includes(first));
    if (!place || place[0] === 'title') {
      hits.push({ question, place: 'title', snippet: '' });
      continue;
    }
    const [name, text] = place;
    const at = text.toLowerCase().indexOf(first as string);
    const start = Math.max(0, at - SNIPPET_RADIUS);
    const end = Math.min(text.length, at + (first as string).length + SNIPPET_RADIUS);
    hits.push({ question, place: name, snippet: `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}` });
  }
  return hits.sort((a, b) => Number(b.place === 'title') - Number(a.place === 'title'));
}
