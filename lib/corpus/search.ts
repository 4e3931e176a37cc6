import { tokenise } from '../text/tokens';
import { outletOf, type LibraryEntry } from './library';

export interface SearchFilters {
  lang?: string;
  outlet?: string;
  entityId?: string;
}

interface Indexed {
  entry: LibraryEntry;
  /** Folded words of the title, space-separated and space-bounded: " raids near albu kamal ". */
  title: string;
  /** Folded words of title and text, space-bounded: " raids near albu kamal air raids hit … ". */
  words: string;
  outlet: string;
  entities: ReadonlySet<string>;
}

export interface SearchIndex {
  items: Indexed[];
}

/** The folded words of a text, space-separated and space-bounded. */
export function foldedWords(text: string): string {
  let words = ' ';
  for (const token of tokenise(text)) words += `${token.folded} `;
  return words;
}

/** Folds every entry once; searching is then a scan of plain strings (a few ms for hundreds of entries). */
export function indexForSearch(entries: readonly LibraryEntry[]): SearchIndex {
  return {
    items: entries.map((entry) => {
      const title = foldedWords(entry.title);
      return {
        entry,
        title,
        words: title + (entry.folded ?? foldedWords(entry.text)),
        outlet: outletOf(entry),
        entities: new Set(entry.mentions ?? []),
      };
    }),
  };
}

// Weights of the score, chosen so that the order a reader expects holds whatever else an entry has:
// every query word in the title (100 or more) > every word in title or text (40–80) > an entry that only names
// the query's entities (30, under 40 with some of the words) > some of the words alone (under 10).
// The entity bonus (30) is under the phrase bonus in a title (35), so a title with the exact phrase stays above a
// title with the words scattered, and a body match with the entities (at most 80) never outranks a title (100).
const ALL_WORDS = 40;
const ALL_IN_TITLE = 60;
const PHRASE = 10;
const PHRASE_IN_TITLE = 25;
const ENTITIES = 30;
const SOME_WORDS = 10;
// A query word this short ("al", "de") starts a word in nearly every entry: it cannot make a partial match alone.
const MIN_PARTIAL_WORD = 3;

/**
 * How well an entry's folded words answer the query's folded words, and whether they answer it at all: every
 * word, or (for a query of several words) at least two real words of it. Some words alone still count in the
 * score of an entry that matches through its entities.
 */
function wordScore(item: Indexed, words: readonly string[], phrase: string): { score: number; answers: boolean } {
  let found = 0;
  let foundLong = 0;
  let inTitle = 0;
  for (const word of words) {
    if (!item.words.includes(word)) continue;
    found += 1;
    if (word.length - 1 >= MIN_PARTIAL_WORD) foundLong += 1;
    if (item.title.includes(word)) inTitle += 1;
  }
  if (found === words.length) {
    let score = ALL_WORDS;
    if (inTitle === words.length) score += ALL_IN_TITLE;
    if (words.length > 1 && item.words.includes(phrase)) score += PHRASE;
    if (words.length > 1 && item.title.includes(phrase)) score += PHRASE_IN_TITLE;
    return { score, answers: true };
  }
  return { score: (SOME_WORDS * found) / (words.length + 1), answers: foundLong >= 2 };
}

/**
 * Entries answering the query, best first (then newest). A query word matches the start of a word ("kamal" finds
 * "Kamal", "bouk" finds "Boukamal"), spelled any way the recogniser folds alike (Abou/Abu, Qaïm/Kaim,
 * Deir ez-Zor/Deir al-Zor). `queryEntities` are the entity ids found in the query: an entry naming them all
 * matches in any language and spelling, and ranks higher, but never above an entry whose title holds every word.
 */
export function searchEntries(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  queryEntities: readonly string[] = [],
): LibraryEntry[] {
  const folded = tokenise(query).map((token) => token.folded);
  // " w" is a word start; " w1 w2" the words in a row (the last one as a prefix).
  const words = [...new Set(folded)].map((word) => ` ${word}`);
  const phrase = ` ${folded.join(' ')}`;
  const results: { entry: LibraryEntry; score: number }[] = [];
  for (const item of index.items) {
    if (filters.lang && item.entry.lang !== filters.lang) continue;
    if (filters.outlet && item.outlet !== filters.outlet) continue;
    if (filters.entityId && !item.entities.has(filters.entityId)) continue;
    if (words.length === 0) {
      results.push({ entry: item.entry, score: 0 });
      continue;
    }
    const byEntities = queryEntities.length > 0 && queryEntities.every((id) => item.entities.has(id));
    const { score, answers } = wordScore(item, words, phrase);
    if (answers || byEntities) results.push({ entry: item.entry, score: score + (byEntities ? ENTITIES : 0) });
  }
  return results.sort((a, b) => b.score - a.score || byNewest(a.entry, b.entry)).map((result) => result.entry);
}

/** The library's order without a query: newest first (bundled entries last), then by id. */
export function byNewest(a: LibraryEntry, b: LibraryEntry): number {
  return b.addedAt - a.addedAt || a.id.localeCompare(b.id);
}

/** The distinct outlets and languages of the entries, for the filters. */
export function facets(index: SearchIndex): { outlets: string[]; langs: string[] } {
  const outlets = new Set<string>();
  const langs = new Set<string>();
  for (const item of index.items) {
    if (item.outlet) outlets.add(item.outlet);
    langs.add(item.entry.lang);
  }
  return { outlets: [...outlets].sort(), langs: [...langs].sort() };
}
