import type { LibraryEntry } from '../lib/corpus/library';
import type { SearchIndexData } from '../lib/corpus/search';

// The reader's corpus lives in the extension's IndexedDB (extension pages and the background share it; the content
// script never opens it). Entries the reader saved or imported are stored whole; bundled entries ship with the
// extension and are only listed as hidden here, never deleted.

const DB_NAME = 'repere-corpus';
// Version 2 adds the cards' list order (the `newest` index), so that a large library shows its first page at once;
// version 3 the library's search index (`search-index`), so that a search does not build it again at each visit.
const DB_VERSION = 3;
const ENTRIES = 'entries';
/** The same entries without text, folded words or mention ids: what the library's list reads first. */
const CARDS = 'cards';
/** The cards in the list's order, newest first (see listOrder). */
const NEWEST = 'newest';
/** Per entry, its folded words and mention ids: what search and the entity filter read, once the list shows. */
const WORDS = 'words';
const HIDDEN = 'hidden';
/** One record: the search index as plain data (SearchIndexData), kept by the library's search worker. */
const SEARCH_INDEX = 'search-index';
const SEARCH_INDEX_KEY = 'library';

let opening: Promise<IDBDatabase> | null = null;

// Every extension context of one profile shares this origin: a change made in the corpus page or the popup tells
// the background, which keeps the library indexed for matching between analyses.
const CHANNEL = 'repere-corpus';

/** Tells the other contexts that the corpus changed (putEntries and deleteEntry do it themselves). */
export function announceChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` whenever another context of the extension changes the corpus. */
export function onCorpusChanged(listener: () => void): void {
  new BroadcastChannel(CHANNEL).onmessage = () => listener();
}

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(CARDS)) db.createObjectStore(CARDS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(WORDS)) db.createObjectStore(WORDS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(HIDDEN)) db.createObjectStore(HIDDEN);
      if (!db.objectStoreNames.contains(SEARCH_INDEX)) db.createObjectStore(SEARCH_INDEX);
      const cards = request.transaction!.objectStore(CARDS);
      if (!cards.indexNames.contains(NEWEST)) {
        cards.createIndex(NEWEST, 'order', { unique: true });
        // Cards stored by version 1 get their order in the same upgrade.
        const cursor = cards.openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          const card = at.value as LibraryEntry;
          at.update({ ...card, order: listOrder(card) });
          at.continue();
        };
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB is not available'));
    };
  });
  return opening;
}

/**
 * A card's place in the list: newest first, then by id (byNewest; ids that differ only by case may tie-break in
 * another order than its localeCompare, which only moves such entries within the same instant).
 */
function listOrder(entry: Pick<LibraryEntry, 'addedAt' | 'id'>): [number, string] {
  return [-entry.addedAt, entry.id];
}

/** A stored card as read back: a library entry without text, with its place in the list. */
export type StoredCard = LibraryEntry & { order: [number, string] };

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Every stored (saved or imported) entry; with `withText: false`, only their cards: `text` is empty and `folded`
 * and `mentions` are left out (see wordsOf).
 */
export async function storedEntries({ withText = true } = {}): Promise<LibraryEntry[]> {
  const db = await open();
  const store = withText ? ENTRIES : CARDS;
  return result(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<LibraryEntry[]>);
}

export async function storedEntry(id: string): Promise<LibraryEntry | undefined> {
  const db = await open();
  return result(db.transaction(ENTRIES, 'readonly').objectStore(ENTRIES).get(id) as IDBRequest<LibraryEntry>);
}

/**
 * The stored entries (with text) of these ids, in the same order; undefined where none is stored. One transaction:
 * what an import reads before each batch, to skip the entries a former run already stored.
 */
export async function storedByIds(ids: readonly string[]): Promise<(LibraryEntry | undefined)[]> {
  const db = await open();
  const store = db.transaction(ENTRIES, 'readonly').objectStore(ENTRIES);
  return Promise.all(ids.map((id) => result(store.get(id) as IDBRequest<LibraryEntry | undefined>)));
}

/** How many entries are stored (saved or imported): counted on their cards, the smallest records of each. */
export async function storedCount(): Promise<number> {
  const db = await open();
  return result(db.transaction(CARDS, 'readonly').objectStore(CARDS).count());
}

/**
 * Adds or replaces entries in one transaction: all of them are stored (text, card and words), or none. A large
 * import calls it once a batch, so that an interrupted import leaves whole entries only.
 */
export async function putEntries(entries: readonly LibraryEntry[]): Promise<void> {
  const db = await open();
  const transaction = db.transaction([ENTRIES, CARDS, WORDS], 'readwrite');
  const store = transaction.objectStore(ENTRIES);
  const cards = transaction.objectStore(CARDS);
  const words = transaction.objectStore(WORDS);
  for (const entry of entries) {
    store.put(entry);
    const { folded, mentions, ...card } = entry;
    cards.put({ ...card, text: '', order: listOrder(entry) });
    words.put({ id: entry.id, folded, mentions });
  }
  await done(transaction);
  announceChange();
}

export async function deleteEntry(id: string): Promise<void> {
  const db = await open();
  const transaction = db.transaction([ENTRIES, CARDS, WORDS], 'readwrite');
  transaction.objectStore(ENTRIES).delete(id);
  transaction.objectStore(CARDS).delete(id);
  transaction.objectStore(WORDS).delete(id);
  await done(transaction);
  announceChange();
}

/**
 * Up to `limit` stored cards in the list's order (newest first), after the card whose order is `after`: the library
 * reads a large corpus a slice at a time, the first slice to paint at once.
 */
export async function newestCards(limit: number, after?: StoredCard['order']): Promise<StoredCard[]> {
  const db = await open();
  const index = db.transaction(CARDS, 'readonly').objectStore(CARDS).index(NEWEST);
  const range = after ? IDBKeyRange.lowerBound(after, true) : undefined;
  return result(index.getAll(range, limit) as IDBRequest<StoredCard[]>);
}

/** Up to `limit` rows of folded words and mention ids, by id after `after`: read a slice at a time. */
export async function wordsAfter(
  limit: number,
  after?: string,
): Promise<Pick<LibraryEntry, 'id' | 'folded' | 'mentions'>[]> {
  const db = await open();
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  return result(
    db.transaction(WORDS, 'readonly').objectStore(WORDS).getAll(range, limit) as IDBRequest<
      Pick<LibraryEntry, 'id' | 'folded' | 'mentions'>[]
    >,
  );
}

/** The folded words and mention ids of these stored entries, in the same order (undefined where none is stored). */
export async function wordsOf(
  ids: readonly string[],
): Promise<(Pick<LibraryEntry, 'id' | 'folded' | 'mentions'> | undefined)[]> {
  const db = await open();
  const store = db.transaction(WORDS, 'readonly').objectStore(WORDS);
  return Promise.all(
    ids.map((id) => result(store.get(id) as IDBRequest<Pick<LibraryEntry, 'id' | 'folded' | 'mentions'> | undefined>)),
  );
}

/** The search index as last stored (loadSearchIndex checks it against the entries), or undefined. */
export async function storedSearchIndex(): Promise<SearchIndexData | undefined> {
  const db = await open();
  return result(
    db.transaction(SEARCH_INDEX, 'readonly').objectStore(SEARCH_INDEX).get(SEARCH_INDEX_KEY) as IDBRequest<
      SearchIndexData | undefined
    >,
  );
}

/** Stores the search index, replacing the one stored (the other contexts are not told: it changes no entry). */
export async function putSearchIndex(data: SearchIndexData): Promise<void> {
  const db = await open();
  const transaction = db.transaction(SEARCH_INDEX, 'readwrite');
  transaction.objectStore(SEARCH_INDEX).put(data, SEARCH_INDEX_KEY);
  await done(transaction);
}

export async function hiddenIds(): Promise<Set<string>> {
  const db = await open();
  const keys = await result(db.transaction(HIDDEN, 'readonly').objectStore(HIDDEN).getAllKeys());
  return new Set(keys.map(String));
}

/** Hides a bundled entry from the library and from matching, or shows it again. */
export async function setHidden(id: string, hidden: boolean): Promise<void> {
  const db = await open();
  const transaction = db.transaction(HIDDEN, 'readwrite');
  if (hidden) transaction.objectStore(HIDDEN).put(true, id);
  else transaction.objectStore(HIDDEN).delete(id);
  await done(transaction);
  announceChange();
}

/** Bundled entries that are not hidden (nor replaced by a stored one of the same id), then stored ones. */
function visibleLibrary<T extends { id: string }>(
  bundled: readonly T[],
  stored: readonly T[],
  hidden: Set<string>,
): T[] {
  const storedIds = new Set(stored.map((entry) => entry.id));
  return [...bundled.filter((entry) => !hidden.has(entry.id) && !storedIds.has(entry.id)), ...stored];
}

/** The library as the reader sees it: bundled entries that are not hidden, then stored ones. */
export async function loadLibrary(
  bundled: readonly LibraryEntry[],
  { withText = true } = {},
): Promise<{ entries: LibraryEntry[]; hidden: Set<string> }> {
  const [stored, hidden] = await Promise.all([storedEntries({ withText }), hiddenIds()]);
  return { entries: visibleLibrary(bundled, stored, hidden), hidden };
}

/** The library as matching reads it: entries without their texts, and the folded words of each apart. */
export interface MatchLibrary {
  /** In loadLibrary's order; stored ones with their mention ids and an empty text. */
  entries: LibraryEntry[];
  /** Each entry's folded words, by position: the matching index keeps their word ids, not these strings. */
  folded: (string | undefined)[];
}

/**
 * The library for matching, read from the cards and the words (mention ids and folded words) of the stored entries,
 * never their texts: at 100,000 entries the texts are hundreds of MB, and matching reads none of them. An entry
 * stored without its words (none should be) is read whole, so that matching can recognise its text.
 */
export async function loadMatchLibrary(bundled: readonly LibraryEntry[]): Promise<MatchLibrary> {
  const db = await open();
  const transaction = db.transaction([CARDS, WORDS, HIDDEN], 'readonly');
  const [cards, words, hiddenKeys] = await Promise.all([
    result(transaction.objectStore(CARDS).getAll() as IDBRequest<StoredCard[]>),
    result(transaction.objectStore(WORDS).getAll() as IDBRequest<Pick<LibraryEntry, 'id' | 'folded' | 'mentions'>[]>),
    result(transaction.objectStore(HIDDEN).getAllKeys()),
  ]);
  const wordsOf = new Map(words.map((row) => [row.id, row]));
  const stored: LibraryEntry[] = cards.map(({ order: _order, ...card }) => {
    const mentions = wordsOf.get(card.id)?.mentions;
    return mentions ? { ...card, mentions } : card;
  });
  const partial = stored.filter((entry) => !entry.mentions || wordsOf.get(entry.id)?.folded === undefined);
  if (partial.length > 0) {
    const whole = await storedByIds(partial.map((entry) => entry.id));
    partial.forEach((entry, at) => Object.assign(entry, { text: whole[at]?.text ?? '' }));
  }
  const entries = visibleLibrary(bundled, stored, new Set(hiddenKeys.map(String)));
  return { entries, folded: entries.map((entry) => entry.folded ?? wordsOf.get(entry.id)?.folded) };
}
