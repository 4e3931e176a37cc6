import { tokenise } from '../text/tokens';
import { outletOf, type LibraryEntry } from './library';

export interface SearchFilters {
  lang?: string;
  outlet?: string;
  entityId?: string;
}

interface Indexed {
  entry: LibraryEntry;
  /** Folded words of title and text, space-separated and space-bounded: " abu kamal al kaim … ". */
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
    items: entries.map((entry) => ({
      entry,
      words: foldedWords(entry.title) + (entry.folded ?? foldedWords(entry.text)),
      outlet: outletOf(entry),
      entities: new Set(entry.mentions ?? []),
    })),
  };
}

/**
 * Entries holding every word of the query (a word matches the start of a word: "kamal" finds "Kamal",
 * "bouk" finds "Boukamal"), spelled any way the recogniser folds alike (Abou/Abu, Qaïm/Kaim, Deir ez-Zor/Deir al-Zor).
 * `queryEntities` are the entity ids found in the query: an entry naming them matches in any language and
 * spelling. Most words matched first, then newest.
 */
export function searchEntries(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  queryEntities: readonly string[] = [],
): LibraryEntry[] {
  const words = tokenise(query).map((token) => ` ${token.folded}`);
  const results: { entry: LibraryEntry; hits: number }[] = [];
  for (const item of index.items) {
    if (filters.lang && item.entry.lang !== filters.lang) continue;
    if (filters.outlet && item.outlet !== filters.outlet) continue;
    if (filters.entityId && !item.entities.has(filters.entityId)) continue;
    if (words.length === 0) {
      results.push({ entry: item.entry, hits: 0 });
      continue;
    }
    const byWords = words.every((word) => item.words.includes(word));
    const byEntities = queryEntities.length > 0 && queryEntities.every((id) => item.entities.has(id));
    if (byWords || byEntities) results.push({ entry: item.entry, hits: byWords && byEntities ? 2 : 1 });
  }
  return results.sort((a, b) => b.hits - a.hits || byNewest(a.entry, b.entry)).map((result) => result.entry);
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
