// A small ranked-relevance set of invented entries, shared by tests/unit/search-ranking.test.ts (which asserts the
// library's order) and `npm run bench` (which scores the library search and its peer libraries on it).
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { withMentions } from '../../lib/corpus/mentions';
import type { LibraryEntry } from '../../lib/corpus/library';

// Each better answer is the OLDER one, so that the newest-first tie-break can never produce the expected order by
// itself: only the ranking can.
let added = 0;
export function rankingEntry(id: string, title: string, text: string, lang: 'en' | 'fr' = 'en'): LibraryEntry {
  added += 1;
  return withMentions({ id, title, text, lang, origin: 'imported', addedAt: added }, defaultAutomaton());
}

export const rankingCorpus = [
  rankingEntry('title-phrase', 'Combats à Tal Afar', 'Des combats ont eu lieu dans la nuit.', 'fr'),
  rankingEntry('title-scattered', 'Afar tribes meet at Tal Hamis', 'Elders gathered on Monday.'),
  // The case seen in the library: a long title that names neither word, a body naming the place with both words.
  rankingEntry(
    'body-and-entity',
    'Government forces take a giant stride to secure the common border',
    'Units advanced west of Tal Afar and along the border towards Sinjar.',
  ),
  rankingEntry('body-phrase', 'Army column moves north', 'The column reached Tal Afar before dawn.'),
  rankingEntry('body-scattered', 'Checkpoints reopen', 'The Tal road reopened; traffic to Afar resumed.'),
  rankingEntry('entity-only', 'Offensive in Nineveh', 'Iraqi forces entered Telafer after a week of fighting.'),
  rankingEntry('some-words', 'Talks on Raqqa', 'Negotiators met far from the front.'),
  rankingEntry('unrelated', 'Harvest in Homs', 'Farmers brought in the wheat.'),
];

/** Queries over rankingCorpus and the entries a reader expects, best first (nothing else should come back). */
export const expectedRankings: { query: string; expected: string[] }[] = [
  {
    query: 'Tal Afar',
    expected: ['title-phrase', 'title-scattered', 'body-phrase', 'body-and-entity', 'body-scattered', 'entity-only'],
  },
  // "Tall Afar" names place/tal-afar: entries spelling it "Tal Afar" or "Telafer" answer it too.
  { query: 'Tall Afar', expected: ['body-phrase', 'body-and-entity', 'entity-only'] },
  { query: 'Harvest', expected: ['unrelated'] },
  { query: 'wheat Aleppo', expected: [] },
];
