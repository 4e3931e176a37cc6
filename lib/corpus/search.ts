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
  /** Folded words of the text, space-bounded (the entry's own `folded`, not copied). */
  text: string;
  outlet: string;
  entities: ReadonlySet<string>;
}

/** Which entries hold each distinct word: the words sorted (for prefix look-ups), each with its entry positions. */
interface Postings {
  words: string[];
  /** postings.subarray(start[i], start[i + 1]) are the positions of the entries holding words[i], ascending. */
  start: Int32Array;
  postings: Int32Array;
}

export interface SearchIndex {
  items: Indexed[];
  /** Words of title and text. */
  text: Postings;
  title: Postings;
  /** Entries naming each entity id. */
  entities: Map<string, number[]>;
  /** Each entry's place in the library's order without a query (byNewest): the tie-break, as one number. */
  newest: Int32Array;
  /** The entry position at each place of that order. */
  byRank: Int32Array;
}

/** The folded words of a text, space-separated and space-bounded. */
export function foldedWords(text: string): string {
  let words = ' ';
  for (const token of tokenise(text)) words += `${token.folded} `;
  return words;
}

/** One list of entry positions a distinct word, built in two passes so that 100,000 entries fit in typed arrays. */
function postingsOf(texts: readonly (readonly string[])[]): Postings {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const lastSeen: number[] = [];
  const perText: Int32Array[] = [];
  const scratch: number[] = [];
  texts.forEach((parts, position) => {
    scratch.length = 0;
    for (const part of parts)
      for (const word of part.split(' ')) {
        if (!word) continue;
        let id = ids.get(word);
        if (id === undefined) {
          id = counts.length;
          ids.set(word, id);
          counts.push(0);
          lastSeen.push(-1);
        }
        if (lastSeen[id] === position) continue;
        lastSeen[id] = position;
        counts[id] = counts[id]! + 1;
        scratch.push(id);
      }
    perText.push(Int32Array.from(scratch));
  });
  const words = [...ids.keys()].sort();
  const start = new Int32Array(words.length + 1);
  const offsetOfId = new Int32Array(counts.length);
  words.forEach((word, rank) => {
    const id = ids.get(word)!;
    offsetOfId[id] = start[rank]!;
    start[rank + 1] = start[rank]! + counts[id]!;
  });
  const postings = new Int32Array(start[words.length]!);
  perText.forEach((wordIds, position) => {
    for (const id of wordIds) {
      postings[offsetOfId[id]!] = position;
      offsetOfId[id]! += 1;
    }
  });
  return { words, start, postings };
}

/** Calls `visit` with every entry holding a word that starts with `prefix` (an entry once a word). */
function forEachWithPrefix(index: Postings, prefix: string, visit: (position: number) => void): void {
  let low = 0;
  let high = index.words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  for (let rank = low; rank < index.words.length && index.words[rank]!.startsWith(prefix); rank += 1) {
    for (let at = index.start[rank]!; at < index.start[rank + 1]!; at += 1) visit(index.postings[at]!);
  }
}

/**
 * Folds every entry once and lists which entries hold each word: a search then reads the lists of its few words
 * instead of scanning every entry's text (a 100,000-entry library holds some 200 MB of folded text).
 */
export function indexForSearch(entries: readonly LibraryEntry[]): SearchIndex {
  const items = entries.map((entry) => {
    const title = foldedWords(entry.title);
    return {
      entry,
      title,
      text: entry.folded ?? foldedWords(entry.text),
      outlet: outletOf(entry),
      entities: new Set(entry.mentions ?? []),
    };
  });
  const entities = new Map<string, number[]>();
  items.forEach((item, position) => {
    for (const id of item.entities) {
      const list = entities.get(id);
      if (list) list.push(position);
      else entities.set(id, [position]);
    }
  });
  const newest = new Int32Array(items.length);
  const byRank = new Int32Array(items.length);
  items
    .map((item, position) => ({ entry: item.entry, position }))
    .sort((a, b) => byNewest(a.entry, b.entry))
    .forEach(({ position }, rank) => {
      newest[position] = rank;
      byRank[rank] = position;
    });
  return {
    items,
    text: postingsOf(items.map((item) => [item.title, item.text])),
    title: postingsOf(items.map((item) => [item.title])),
    entities,
    newest,
    byRank,
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
 * How well an entry answers the query's words (`found` of them in title or text, `foundLong` of those real words,
 * `inTitle` in the title), and whether it answers at all: every word, or (for a query of several words) at least
 * two real words of it. Some words alone still count in the score of an entry that matches through its entities.
 */
function wordScore(
  item: Indexed,
  counts: { found: number; foundLong: number; inTitle: number },
  wordCount: number,
  phrase: string,
): { score: number; answers: boolean } {
  const { found, foundLong, inTitle } = counts;
  if (found === wordCount) {
    let score = ALL_WORDS;
    if (inTitle === wordCount) score += ALL_IN_TITLE;
    // A phrase in the title is a phrase in title or text; it never runs from the title on into the text.
    if (wordCount > 1 && item.title.includes(phrase)) score += PHRASE_IN_TITLE + PHRASE;
    else if (wordCount > 1 && item.text.includes(phrase)) score += PHRASE;
    return { score, answers: true };
  }
  return { score: (SOME_WORDS * found) / (wordCount + 1), answers: foundLong >= 2 };
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
  const words = [...new Set(folded)];
  // " w1 w2": the words in a row (the last one as a prefix).
  const phrase = ` ${folded.join(' ')}`;
  const total = index.items.length;
  const kept = (item: Indexed) =>
    (!filters.lang || item.entry.lang === filters.lang) &&
    (!filters.outlet || item.outlet === filters.outlet) &&
    (!filters.entityId || item.entities.has(filters.entityId));
  // Results as one number each, best score first then newest: score (to a thousandth) times the entry count plus the
  // place in the newest-first order. A typed-array sort of 100,000 numbers takes a few ms; objects and a comparator
  // took most of a search's time.
  const results: number[] = [];
  const add = (position: number, score: number) =>
    results.push(-Math.round(score * 1000) * total + index.newest[position]!);
  if (words.length === 0) {
    for (let position = 0; position < total; position += 1) if (kept(index.items[position]!)) add(position, 0);
  } else {
    // Per entry: how many query words it holds (all, the real ones, in the title); `seen` counts each word once.
    const found = new Uint16Array(total);
    const foundLong = new Uint16Array(total);
    const inTitle = new Uint16Array(total);
    const seen = new Int32Array(total);
    const seenInTitle = new Int32Array(total);
    const candidates: number[] = [];
    words.forEach((word, wordIndex) => {
      const stamp = wordIndex + 1;
      const long = word.length >= MIN_PARTIAL_WORD;
      forEachWithPrefix(index.text, word, (position) => {
        if (seen[position] === stamp) return;
        seen[position] = stamp;
        if (found[position] === 0) candidates.push(position);
        found[position] = found[position]! + 1;
        if (long) foundLong[position] = foundLong[position]! + 1;
      });
      forEachWithPrefix(index.title, word, (position) => {
        if (seenInTitle[position] === stamp) return;
        seenInTitle[position] = stamp;
        inTitle[position] = inTitle[position]! + 1;
      });
    });
    // Entries naming every entity of the query answer it even without its words (Telafer for "Tall Afar").
    if (queryEntities.length > 0) {
      const [first, ...others] = [...queryEntities].sort(
        (a, b) => (index.entities.get(a)?.length ?? 0) - (index.entities.get(b)?.length ?? 0),
      );
      for (const position of index.entities.get(first!) ?? []) {
        if (found[position]! > 0) continue;
        if (others.every((id) => index.items[position]!.entities.has(id))) candidates.push(position);
      }
    }
    for (const position of candidates) {
      const item = index.items[position]!;
      if (!kept(item)) continue;
      const byEntities = queryEntities.length > 0 && queryEntities.every((id) => item.entities.has(id));
      const counts = { found: found[position]!, foundLong: foundLong[position]!, inTitle: inTitle[position]! };
      const { score, answers } = wordScore(item, counts, words.length, phrase);
      if (answers || byEntities) add(position, score + (byEntities ? ENTITIES : 0));
    }
  }
  const keys = Float64Array.from(results).sort();
  const entries: LibraryEntry[] = new Array<LibraryEntry>(keys.length);
  keys.forEach((key, at) => {
    const rank = ((key % total) + total) % total;
    entries[at] = index.items[index.byRank[rank]!]!.entry;
  });
  return entries;
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
