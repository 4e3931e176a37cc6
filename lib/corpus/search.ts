import { tokenise, type Token } from '../text/tokens';
import { outletOf, type LibraryEntry } from './library';
import { WordPostings, type PostingsData } from './word-postings';

export interface SearchFilters {
  lang?: string;
  outlet?: string;
  entityId?: string;
}

/**
 * The library's search index. Entries have fixed positions: an added entry takes the next one, a removed one leaves
 * its position empty (null) until the index is built again. Build it with indexForSearch, grow it with
 * addToSearchIndex, store it with searchIndexData and get it back with loadSearchIndex.
 */
export interface SearchIndex {
  entries: (LibraryEntry | null)[];
  /** Position of each entry by id. */
  positions: Map<string, number>;
  /** Folded words of each title, space-separated and space-bounded: " raids near albu kamal ". */
  titles: string[];
  /** Folded words of each text: the entry's own `folded` (not copied), else folded once when first needed. */
  texts: (string | undefined)[];
  outlets: string[];
  /** Words of title and text, and of the title alone. */
  text: WordPostings;
  title: WordPostings;
  /** Entries naming each entity id, positions ascending. */
  entities: Map<string, number[]>;
  /**
   * Entry positions in the library's order without a query (byNewest), up to position `ordered`: positions added
   * since are sorted and merged in by the next search. Removed entries may stay in it (searches skip empty positions).
   */
  order: Int32Array;
  ordered: number;
}

/** A search index as plain data (strings, arrays, typed arrays): structured-clonable, so IndexedDB stores it. */
export interface SearchIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  /** The entry id at each position ('' for a removed entry), and its `addedAt` (a re-imported entry has another). */
  ids: string[];
  addedAt: Float64Array;
  titles: string[];
  outlets: string[];
  text: PostingsData;
  title: PostingsData;
  entities: { ids: string[]; positions: Int32Array[] };
  order: Int32Array;
}

/** Raised when the stored shape changes: an index stored by another version is built again. */
export const SEARCH_INDEX_VERSION = 2;

/** The folded words of a text, space-separated and space-bounded (`tokens`: the text's own, when the caller has them). */
export function foldedWords(text: string, tokens: readonly Token[] = tokenise(text)): string {
  let words = ' ';
  for (const token of tokens) words += `${token.folded} `;
  return words;
}

function emptyIndex(): SearchIndex {
  return {
    entries: [],
    positions: new Map(),
    titles: [],
    texts: [],
    outlets: [],
    text: new WordPostings(),
    title: new WordPostings(),
    entities: new Map(),
    order: new Int32Array(0),
    ordered: 0,
  };
}

/** Lists the entry's entity ids under its position. */
function addEntities(index: SearchIndex, entry: LibraryEntry, position: number): void {
  for (const id of new Set(entry.mentions ?? [])) {
    const list = index.entities.get(id);
    if (list) list.push(position);
    else index.entities.set(id, [position]);
  }
}

/**
 * Folds every entry once and lists which entries hold each word: a search then reads the lists of its few words
 * instead of scanning every entry's text (a 100,000-entry library holds some 200 MB of folded text).
 */
export function indexForSearch(entries: readonly LibraryEntry[]): SearchIndex {
  const index = emptyIndex();
  index.entries = [...entries];
  index.titles = entries.map((entry) => foldedWords(entry.title));
  index.outlets = entries.map(outletOf);
  index.texts = entries.map((entry) => entry.folded ?? foldedWords(entry.text));
  index.text = WordPostings.build(entries.map((_, at) => [index.titles[at]!, index.texts[at]!]));
  index.title = WordPostings.build(index.titles.map((title) => [title]));
  entries.forEach((entry, position) => {
    index.positions.set(entry.id, position);
    addEntities(index, entry, position);
  });
  orderOf(index);
  return index;
}

/** Puts one entry at the next position: its words, title, outlet and entities. */
function append(index: SearchIndex, entry: LibraryEntry): void {
  const position = index.entries.length;
  const title = foldedWords(entry.title);
  index.entries.push(entry);
  index.positions.set(entry.id, position);
  index.titles.push(title);
  index.outlets.push(outletOf(entry));
  const text = entry.folded ?? foldedWords(entry.text);
  index.texts[position] = text;
  index.text.add(position, title, text);
  index.title.add(position, title);
  addEntities(index, entry, position);
}

/**
 * Adds entries to the index, or replaces them (same id). Each costs what indexing it alone costs; the word lists
 * of added entries are merged into the compact ones once they hold a quarter as many entries.
 */
export function addToSearchIndex(index: SearchIndex, entries: readonly LibraryEntry[]): void {
  for (const entry of entries) {
    removeFromSearchIndex(index, entry.id);
    append(index, entry);
  }
  for (const postings of [index.text, index.title]) if (postings.addedShare > MAX_ADDED_SHARE) postings.compact();
}

// Added lists are merged once they hold this share of the compact part's postings: each merge copies them all, so
// merging at a fixed share keeps the copying, over many additions, a constant times their postings.
const MAX_ADDED_SHARE = 0.25;

/** Leaves the entry out of every search (its position stays empty). */
export function removeFromSearchIndex(index: SearchIndex, id: string): void {
  const position = index.positions.get(id);
  if (position === undefined) return;
  index.positions.delete(id);
  index.entries[position] = null;
  index.texts[position] = undefined;
}

/** The index as plain data, to store (IndexedDB) or send to another context (postMessage). */
export function searchIndexData(index: SearchIndex): SearchIndexData {
  index.text.compact();
  index.title.compact();
  const entityIds = [...index.entities.keys()];
  return {
    version: SEARCH_INDEX_VERSION,
    ids: index.entries.map((entry) => entry?.id ?? ''),
    addedAt: Float64Array.from(index.entries, (entry) => entry?.addedAt ?? 0),
    titles: index.titles,
    outlets: index.outlets,
    text: index.text.data(),
    title: index.title.data(),
    entities: { ids: entityIds, positions: entityIds.map((id) => Int32Array.from(index.entities.get(id)!)) },
    order: orderOf(index),
  };
}

/**
 * The index stored by searchIndexData, for the library's entries as they are now: an entry missing from `entries`
 * is left out, an entry the index does not hold (or holds in an older version: another `addedAt`) is added. Null when
 * the data is of another version: build the index again.
 */
export function loadSearchIndex(data: SearchIndexData, entries: readonly LibraryEntry[]): SearchIndex | null {
  if (data.version !== SEARCH_INDEX_VERSION) return null;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const index: SearchIndex = {
    entries: data.ids.map(() => null),
    positions: new Map(),
    // Copies: entries added later grow them, and the caller's data stays as it was stored.
    titles: [...data.titles],
    texts: new Array<string | undefined>(data.ids.length),
    outlets: [...data.outlets],
    text: WordPostings.from(data.text),
    title: WordPostings.from(data.title),
    entities: new Map(data.entities.ids.map((id, at) => [id, Array.from(data.entities.positions[at]!)])),
    order: data.order,
    ordered: data.ids.length,
  };
  const stored = new Set<string>();
  data.ids.forEach((id, position) => {
    const entry = byId.get(id);
    if (!entry || entry.addedAt !== data.addedAt[position]) return;
    index.entries[position] = entry;
    index.positions.set(id, position);
    stored.add(id);
  });
  addToSearchIndex(
    index,
    entries.filter((entry) => !stored.has(entry.id)),
  );
  return index;
}

/** Entry positions newest first (the order of a search's ties): the entries added since are sorted and merged in. */
function orderOf(index: SearchIndex): Int32Array {
  if (index.ordered === index.entries.length) return index.order;
  const newer = (a: number, b: number) => byNewest(index.entries[a]!, index.entries[b]!) || a - b;
  const added: number[] = [];
  for (let position = index.ordered; position < index.entries.length; position += 1)
    if (index.entries[position]) added.push(position);
  added.sort(newer);
  const order = new Int32Array(index.order.length + added.length);
  let fill = 0;
  let fresh = 0;
  for (const position of index.order) {
    if (!index.entries[position]) continue;
    while (fresh < added.length && newer(added[fresh]!, position) < 0) order[fill++] = added[fresh++]!;
    order[fill++] = position;
  }
  while (fresh < added.length) order[fill++] = added[fresh++]!;
  index.order = order.slice(0, fill);
  index.ordered = index.entries.length;
  return index.order;
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
 * How well an entry answers the query's words (`found` of them in title or text, `inTitle` in the title), when it
 * holds them all. Some words alone score under SOME_WORDS (see searchEntries). The phrase is looked for last, and
 * only in entries holding every word: it is the one costly test.
 */
function allWordsScore(index: SearchIndex, position: number, inTitle: number, wordCount: number, phrase: string) {
  let score = ALL_WORDS;
  if (inTitle === wordCount) score += ALL_IN_TITLE;
  if (wordCount > 1) {
    // A phrase in the title is a phrase in title or text; it never runs from the title on into the text.
    if (index.titles[position]!.includes(phrase)) score += PHRASE_IN_TITLE + PHRASE;
    else if (textOf(index, position).includes(phrase)) score += PHRASE;
  }
  return score;
}

function textOf(index: SearchIndex, position: number): string {
  let text = index.texts[position];
  if (text === undefined) {
    const entry = index.entries[position]!;
    text = index.texts[position] = entry.folded ?? foldedWords(entry.text);
  }
  return text;
}

/** Marks (1) the positions in the list, in a new array as long as the index. */
function marked(index: SearchIndex, list: readonly number[] | undefined): Uint8Array {
  const marks = new Uint8Array(index.entries.length);
  for (const position of list ?? []) marks[position] = 1;
  return marks;
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
  const total = index.entries.length;
  const order = orderOf(index);
  const byFilter = filters.entityId ? marked(index, index.entities.get(filters.entityId)) : null;
  const filtered = Boolean(filters.lang || filters.outlet || byFilter);
  const kept = (position: number) => {
    const entry = index.entries[position];
    if (!entry) return false;
    return (
      !filtered ||
      ((!filters.lang || entry.lang === filters.lang) &&
        (!filters.outlet || index.outlets[position] === filters.outlet) &&
        (!byFilter || byFilter[position] === 1))
    );
  };
  if (words.length === 0) return [...order].filter(kept).map((position) => index.entries[position]!);

  // Per entry: how many query words it holds (all, the real ones, in the title); `seen` counts each word once.
  // The arrays are the index's own, cleared for each search: a search at 100,000 entries allocates none of them.
  const scratch = scratchOf(index, words.length);
  const { found, foundLong, inTitle, seen, seenInTitle, named, keys, candidates, stamp: firstStamp } = scratch;
  // Each entry is a candidate once at most: when it first holds a word, or (holding none) names every entity.
  let candidateCount = 0;
  words.forEach((word, wordIndex) => {
    const stamp = firstStamp + wordIndex;
    const long = word.length >= MIN_PARTIAL_WORD;
    for (const list of index.text.listsWithPrefix(word))
      for (let at = 0; at < list.length; at += 1) {
        const position = list[at]!;
        if (seen[position] === stamp) continue;
        seen[position] = stamp;
        if (found[position] === 0) candidates[candidateCount++] = position;
        found[position] = found[position]! + 1;
        if (long) foundLong[position] = foundLong[position]! + 1;
      }
    for (const list of index.title.listsWithPrefix(word))
      for (let at = 0; at < list.length; at += 1) {
        const position = list[at]!;
        if (seenInTitle[position] === stamp) continue;
        seenInTitle[position] = stamp;
        inTitle[position] = inTitle[position]! + 1;
      }
  });
  // How many of the query's entities each entry names: entries naming them all answer the query even without its
  // words (Telafer for "Tall Afar").
  const entityIds = [...new Set(queryEntities)];
  const allEntities = entityIds.length;
  for (const id of entityIds)
    for (const position of index.entities.get(id) ?? []) named[position] = named[position]! + 1;
  if (allEntities > 0) {
    for (let position = 0; position < total; position += 1)
      if (named[position] === allEntities && found[position] === 0) candidates[candidateCount++] = position;
  }

  // Each answer's score, to a thousandth, as the place of that score in `scores` plus one (0: not an answer). A
  // search has few distinct scores (the word, title, phrase and entity bonuses), so that a short list beats a Map.
  const scores: number[] = [];
  const perScore: number[] = [];
  for (let at = 0; at < candidateCount; at += 1) {
    const position = candidates[at]!;
    if (!kept(position)) continue;
    // An entry answers with every word, or (for a query of several words) at least two real words of it; some
    // words alone still count in the score of an entry that matches through its entities.
    const all = found[position] === words.length;
    const entities = allEntities > 0 && named[position] === allEntities;
    if (!all && foundLong[position]! < 2 && !entities) continue;
    const score = all
      ? allWordsScore(index, position, inTitle[position]!, words.length, phrase)
      : (SOME_WORDS * found[position]!) / (words.length + 1);
    const rounded = Math.round((score + (entities ? ENTITIES : 0)) * 1000);
    let slot = scores.indexOf(rounded);
    if (slot < 0) {
      slot = scores.push(rounded) - 1;
      perScore.push(0);
    }
    keys[position] = slot + 1;
    perScore[slot] = perScore[slot]! + 1;
  }
  // Best score first, then newest: the few distinct scores are sorted, and each score's answers are laid out in the
  // order of one walk through the newest-first order, without sorting the answers themselves.
  const next: number[] = new Array<number>(scores.length);
  let offset = 0;
  for (const slot of scores.map((_, at) => at).sort((a, b) => scores[b]! - scores[a]!)) {
    next[slot] = offset;
    offset += perScore[slot]!;
  }
  const results = new Array<LibraryEntry>(offset);
  for (let rank = 0; rank < order.length; rank += 1) {
    const position = order[rank]!;
    const key = keys[position]!;
    if (key === 0) continue;
    results[next[key - 1]!] = index.entries[position]!;
    next[key - 1] = next[key - 1]! + 1;
  }
  return results;
}

interface Scratch {
  found: Uint16Array;
  foundLong: Uint16Array;
  inTitle: Uint16Array;
  seen: Int32Array;
  seenInTitle: Int32Array;
  named: Uint16Array;
  keys: Int32Array;
  /** Not cleared: only the first candidateCount are read. */
  candidates: Int32Array;
  /** `seen` and `seenInTitle` are not cleared either: each search marks with stamps no earlier search used. */
  stamp: number;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

/**
 * The index's per-entry arrays for a search of `words` words, zeroed, and its first stamp (kept apart from the index:
 * they are not its data).
 */
function scratchOf(index: SearchIndex, words: number): Scratch {
  const total = index.entries.length;
  let scratch = scratches.get(index);
  if (!scratch || scratch.keys.length < total || scratch.stamp + words >= 0x7fffffff) {
    // Room for the entries added before the next searches, so that adding one does not reallocate them all.
    const size = total + (total >> 3) + 16;
    scratch = {
      found: new Uint16Array(size),
      foundLong: new Uint16Array(size),
      inTitle: new Uint16Array(size),
      seen: new Int32Array(size),
      seenInTitle: new Int32Array(size),
      named: new Uint16Array(size),
      keys: new Int32Array(size),
      candidates: new Int32Array(size),
      stamp: 1,
    };
    scratches.set(index, scratch);
  } else
    for (const array of [scratch.found, scratch.foundLong, scratch.inTitle, scratch.named, scratch.keys]) array.fill(0);
  const first = scratch.stamp;
  scratch.stamp += words;
  return { ...scratch, stamp: first };
}

/** The library's order without a query: newest first (bundled entries last), then by id. */
export function byNewest(a: LibraryEntry, b: LibraryEntry): number {
  return b.addedAt - a.addedAt || a.id.localeCompare(b.id);
}

/** The distinct outlets and languages of the entries, for the filters. */
export function facets(index: SearchIndex): { outlets: string[]; langs: string[] } {
  const outlets = new Set<string>();
  const langs = new Set<string>();
  index.entries.forEach((entry, position) => {
    if (!entry) return;
    if (index.outlets[position]) outlets.add(index.outlets[position]);
    langs.add(entry.lang);
  });
  return { outlets: [...outlets].sort(), langs: [...langs].sort() };
}
