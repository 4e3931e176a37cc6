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
  /**
   * Each position's entry as the list shows it, without text, words or mention ids (null for a removed one): the
   * library's search loads these with the index instead of reading every card of the corpus again.
   */
  cards: (LibraryEntry | null)[];
}

/** Raised when the stored shape changes: an index stored by another version is built again. */
export const SEARCH_INDEX_VERSION = 3;

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
    // Copies: the index grows on while the data is being stored.
    titles: [...index.titles],
    outlets: [...index.outlets],
    text: index.text.data(),
    title: index.title.data(),
    entities: { ids: entityIds, positions: entityIds.map((id) => Int32Array.from(index.entities.get(id)!)) },
    order: orderOf(index),
    cards: index.entries.map((entry) => entry && cardOf(entry)),
  };
}

/** The entry without its text, folded words and mention ids. */
export function cardOf({ text: _text, folded: _folded, mentions: _mentions, ...card }: LibraryEntry): LibraryEntry {
  return { ...card, text: '' };
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

/** The entry's folded text, folded once; undefined for an entry read without its text or words (a stored card). */
function textOf(index: SearchIndex, position: number): string | undefined {
  let text = index.texts[position];
  if (text === undefined) {
    const entry = index.entries[position]!;
    if (entry.folded === undefined && !entry.text) return undefined;
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

export interface RankOptions {
  /** How many answers to rank (all by default); `total` counts them all. */
  limit?: number;
  /** An entry's folded text, or undefined when it is not at hand (see RankedAnswers.needs). */
  readText?: (position: number) => string | undefined;
  /** How many missing texts to name at most in `needs`. */
  textsAsked?: number;
}

/** The first answers of a search, best first, and how many entries answer in all. */
export interface RankedAnswers {
  entries: LibraryEntry[];
  total: number;
  /**
   * Set when `readText` lacked a text the ranking needs: the positions to read (the first of them is needed, the
   * others may be next), then to rank again. `entries` is then incomplete.
   */
  needs?: number[];
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
  return rankEntries(index, query, filters, queryEntities).entries;
}

/**
 * The first `limit` answers of searchEntries, in the same order, and the count of all of them. The one costly test,
 * the query's phrase in an entry's text, is made only for entries that may be among those `limit`: a phrase of
 * common words ("Islamic State") is otherwise looked for in tens of thousands of texts. `readText` gives an entry's
 * folded text (by default the entry's own, folded once); an index whose texts are elsewhere (IndexedDB) gives
 * undefined for those it has not read yet, and the answer says which it needs.
 */
export function rankEntries(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  queryEntities: readonly string[] = [],
  { limit = Infinity, readText = (position) => textOf(index, position), textsAsked = 256 }: RankOptions = {},
): RankedAnswers {
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
  if (words.length === 0) {
    const all: LibraryEntry[] = [];
    let count = 0;
    for (const position of order)
      if (kept(position)) {
        if (count < limit) all.push(index.entries[position]!);
        count += 1;
      }
    return { entries: all, total: count };
  }

  // Per entry: how many query words it holds (all, the real ones, in the title); `seen` counts each word once.
  // The arrays are the index's own, cleared for each search: a search at 100,000 entries allocates none of them.
  const scratch = scratchOf(index, words.length);
  const { found, foundLong, inTitle, seen, seenInTitle, named, keys, candidates, ranked, stamp: firstStamp } = scratch;
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

  // Each answer's score without the phrase in its text, to a thousandth, as the place of that score in `scores` plus
  // one (0: not an answer); negative when the phrase in its text would add PHRASE. A search has few distinct scores
  // (the word, title, phrase and entity bonuses), so that a short list beats a Map.
  const scores: number[] = [];
  const perScore: number[] = [];
  const slotOf = (rounded: number) => {
    let slot = scores.indexOf(rounded);
    if (slot < 0) {
      slot = scores.push(rounded) - 1;
      perScore.push(0);
    }
    return slot;
  };
  // The key of an answer follows from what it holds (the code below): each distinct code is scored once.
  const keyOfCode = new Int32Array((words.length + 1) << 3);
  const keyOf = (code: number) => {
    const count = code >> 3;
    const all = count === words.length;
    const titlePhrase = (code & 2) !== 0;
    const score = all
      ? ALL_WORDS + (code & 4 ? ALL_IN_TITLE : 0) + (titlePhrase ? PHRASE_IN_TITLE + PHRASE : 0)
      : (SOME_WORDS * count) / (words.length + 1);
    const rounded = Math.round((score + (code & 1 ? ENTITIES : 0)) * 1000);
    const slot = slotOf(rounded);
    // Only an entry holding every word may hold the phrase in its text; in its title, it is already counted.
    const open = all && words.length > 1 && !titlePhrase;
    if (open) slotOf(rounded + PHRASE * 1000);
    return (keyOfCode[code] = open ? -(slot + 1) : slot + 1);
  };
  for (let at = 0; at < candidateCount; at += 1) {
    const position = candidates[at]!;
    if (!kept(position)) continue;
    // An entry answers with every word, or (for a query of several words) at least two real words of it; some
    // words alone still count in the score of an entry that matches through its entities.
    const count = found[position]!;
    const all = count === words.length;
    const entities = allEntities > 0 && named[position] === allEntities;
    if (!all && foundLong[position]! < 2 && !entities) continue;
    // A phrase in the title is a phrase in title or text; it never runs from the title on into the text. A title
    // holding the phrase holds every word, so other titles are not read; the phrase in a text is looked for last.
    const allInTitle = all && inTitle[position] === words.length;
    const titlePhrase = allInTitle && words.length > 1 && index.titles[position]!.includes(phrase);
    const code = (count << 3) | (allInTitle ? 4 : 0) | (titlePhrase ? 2 : 0) | (entities ? 1 : 0);
    const key = keyOfCode[code] || keyOf(code);
    keys[position] = key;
    const slot = Math.abs(key) - 1;
    perScore[slot] = perScore[slot]! + 1;
  }
  // Each score's answers in the order of one walk through the newest-first order (`ranked`, the scores one after
  // another): the answers themselves are never sorted.
  const next: number[] = new Array<number>(scores.length);
  const first: number[] = new Array<number>(scores.length);
  let answers = 0;
  for (let slot = 0; slot < scores.length; slot += 1) {
    first[slot] = next[slot] = answers;
    answers += perScore[slot]!;
  }
  const rankOf = scratch.rankOf;
  for (let rank = 0; rank < order.length; rank += 1) {
    const position = order[rank]!;
    const key = keys[position]!;
    if (key === 0) continue;
    const slot = Math.abs(key) - 1;
    ranked[next[slot]!] = position;
    next[slot] = next[slot]! + 1;
    rankOf[position] = rank;
  }
  const lists = { scores, first, next, ranked, keys, rankOf };
  const merged = mergeScores(index, lists, phrase, Math.min(limit, answers), readText, textsAsked);
  return { ...merged, total: answers };
}

interface ScoreLists {
  /** Distinct scores (thousandths) without the phrase in the text, and where each one's answers lie in `ranked`. */
  scores: number[];
  first: number[];
  next: number[];
  ranked: Int32Array;
  /** Score slot + 1 of each answer; negative when the phrase in its text is still to be looked for. */
  keys: Int32Array;
  rankOf: Int32Array;
}

/**
 * The best `count` answers, from the score lists: a score's answers are those of its own list without the phrase
 * in their text, and those of the list PHRASE below that hold it. Scores are taken from the highest, each one's
 * answers newest first, and a text is read only when its entry comes next in that order. Stops at a text that
 * `readText` does not have, and names it and the next ones that list may need.
 */
function mergeScores(
  index: SearchIndex,
  lists: ScoreLists,
  phrase: string,
  count: number,
  readText: (position: number) => string | undefined,
  textsAsked: number,
): { entries: LibraryEntry[]; needs?: number[] } {
  const { scores, first, next, ranked, keys, rankOf } = lists;
  const results: LibraryEntry[] = [];
  // An open answer's phrase, once read: 1 it holds it, 2 it does not.
  const decided = new Map<number, 1 | 2>();
  const levels = [...scores].sort((a, b) => b - a);
  for (const level of levels) {
    if (results.length >= count) break;
    // Own: the answers of this score that are settled here (no phrase to look for, or looked for and not held).
    const own = scores.indexOf(level);
    const below = scores.indexOf(level - PHRASE * 1000);
    let a = own < 0 ? 0 : first[own]!;
    const aEnd = own < 0 ? 0 : next[own]!;
    let b = below < 0 ? 0 : first[below]!;
    const bEnd = below < 0 ? 0 : next[below]!;
    while (results.length < count) {
      // An open answer of this score was decided at the level above, which was read whole before this one.
      while (a < aEnd && keys[ranked[a]!]! < 0 && decided.get(ranked[a]!) === 1) a += 1;
      const mine = a < aEnd ? ranked[a]! : -1;
      const limitRank = mine < 0 ? Infinity : rankOf[mine]!;
      let taken = false;
      for (; b < bEnd && rankOf[ranked[b]!]! < limitRank; b += 1) {
        const position = ranked[b]!;
        if (keys[position]! > 0) continue;
        const text = readText(position);
        if (text === undefined) return { entries: results, needs: textsNeeded(lists, b, bEnd, readText, textsAsked) };
        const holds = text.includes(phrase);
        decided.set(position, holds ? 1 : 2);
        if (!holds) continue;
        results.push(index.entries[position]!);
        taken = true;
        b += 1;
        break;
      }
      if (taken) continue;
      if (mine < 0) break;
      results.push(index.entries[mine]!);
      a += 1;
    }
  }
  return { entries: results };
}

/** The open answers from `from` on in a score list whose texts are missing, up to `asked` of them. */
function textsNeeded(
  { ranked, keys }: ScoreLists,
  from: number,
  end: number,
  readText: (position: number) => string | undefined,
  asked: number,
): number[] {
  const needs: number[] = [];
  for (let at = from; at < end && needs.length < asked; at += 1)
    if (keys[ranked[at]!]! < 0 && readText(ranked[at]!) === undefined) needs.push(ranked[at]!);
  return needs;
}

interface Scratch {
  found: Uint16Array;
  foundLong: Uint16Array;
  inTitle: Uint16Array;
  seen: Int32Array;
  seenInTitle: Int32Array;
  named: Uint16Array;
  keys: Int32Array;
  /** The answers grouped by score, and each one's rank in the newest-first order: written before they are read. */
  ranked: Int32Array;
  rankOf: Int32Array;
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
      ranked: new Int32Array(size),
      rankOf: new Int32Array(size),
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

/** The filters' choices: the distinct outlets and languages, and how many entries name each entity, most first. */
export function facets(index: SearchIndex): { outlets: string[]; langs: string[]; entities: [string, number][] } {
  const outlets = new Set<string>();
  const langs = new Set<string>();
  index.entries.forEach((entry, position) => {
    if (!entry) return;
    if (index.outlets[position]) outlets.add(index.outlets[position]);
    langs.add(entry.lang);
  });
  const entities: [string, number][] = [];
  for (const [id, positions] of index.entities) {
    // Removed entries stay in the lists until the index is built again.
    let count = 0;
    for (const position of positions) if (index.entries[position]) count += 1;
    if (count > 0) entities.push([id, count]);
  }
  entities.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { outlets: [...outlets].sort(), langs: [...langs].sort(), entities };
}
