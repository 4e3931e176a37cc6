import { bundledLibrary } from '../../../lib/corpus/bundled-library';
import type { LibraryEntry } from '../../../lib/corpus/library';
import {
  addToSearchIndex,
  cardOf,
  facets,
  indexForSearch,
  loadSearchIndex,
  rankEntries,
  removeFromSearchIndex,
  searchIndexData,
  SEARCH_INDEX_VERSION,
  type SearchIndex,
  type SearchIndexData,
} from '../../../lib/corpus/search';
import type { ListedEntry, SearchReply, SearchRequest } from './search-messages';

/** The corpus store as the search reads it (platform/corpus-store; a test hands in its own). */
export interface SearchStore {
  newestCards: (limit: number, after?: [number, string]) => Promise<(LibraryEntry & { order: [number, string] })[]>;
  storedCount: () => Promise<number>;
  hiddenIds: () => Promise<Set<string>>;
  wordsAfter: (limit: number, after?: string) => Promise<Pick<LibraryEntry, 'id' | 'folded' | 'mentions'>[]>;
  wordsOf: (ids: readonly string[]) => Promise<(Pick<LibraryEntry, 'id' | 'folded' | 'mentions'> | undefined)[]>;
  storedSearchIndex: () => Promise<SearchIndexData | undefined>;
  putSearchIndex: (data: SearchIndexData) => Promise<void>;
}

/** Cards and words are read this many at a time. */
const SLICE = 4000;
/**
 * Changes are taken in once they stop coming for this long. An import announces one a batch, well under a second
 * apart: taken in as they came, they held one of two cores for a fifth of the import; now the index takes in a
 * running import when it ends, or when a search is asked meanwhile (takePendingChanges).
 */
const CHANGES_SETTLE_MS = 2000;
/** The index is stored once it has not changed for this long: storing 100,000 entries' index takes seconds. */
const STORE_AFTER_MS = 3000;
/** Texts read for a search's phrase at first; each further read of the same search asks for four times as many. */
const FIRST_TEXTS = 256;

/**
 * The library's search, off the page's thread (search-worker.ts): it owns the index, loaded from IndexedDB when one
 * is stored, else built from the stored words and stored; it keeps it current as the corpus changes and answers
 * the page's queries with the first answers and their count. Folded texts stay in IndexedDB: a search reads only
 * those its phrase test needs.
 */
export class SearchService {
  private index: SearchIndex | null = null;
  /** Loading, then each change taken in, one after another: searches wait for what is under way. */
  private work: Promise<void>;
  /** The bundled entries with their mention ids, once the page sends them. */
  private named: LibraryEntry[] | null = null;
  private hidden = new Set<string>();
  private latest = 0;
  private lastTakeMs = 0;
  private loaded = { ms: 0, source: 'stored' as 'stored' | 'built' };
  private changeTimer: ReturnType<typeof setTimeout> | null = null;
  private storeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: SearchStore,
    private readonly reply: (reply: SearchReply) => void,
    private readonly delays = { settleMs: CHANGES_SETTLE_MS, storeMs: STORE_AFTER_MS },
  ) {
    this.work = this.load().catch(() => this.reply({ kind: 'failed' }));
  }

  handle(request: SearchRequest): void {
    if (request.kind === 'search') void this.search(request);
    else if (request.kind === 'bundled') {
      this.named = request.entries;
      this.then(() => {
        if (!this.index) return;
        this.takeBundled();
        this.ready();
      });
    } else this.changed();
  }

  /**
   * Takes in the corpus's changes once they have stopped coming for a while (CHANGES_SETTLE_MS). Taking them in
   * reads every entry of a running import so far: the quiet wait also grows with what the last one cost.
   */
  changed(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.takePendingChanges(), Math.max(this.delays.settleMs, this.lastTakeMs * 4));
  }

  /** Queues the taking in of the changes announced so far (a search calls it: it answers what was stored before). */
  private takePendingChanges(): void {
    if (!this.changeTimer) return;
    clearTimeout(this.changeTimer);
    this.changeTimer = null;
    this.then(async () => {
      const started = performance.now();
      await this.takeChanges();
      this.lastTakeMs = performance.now() - started;
    });
  }

  private then(step: () => void | Promise<void>): void {
    this.work = this.work.then(step).catch(() => this.reply({ kind: 'failed' }));
  }

  private ready(): void {
    const index = this.index!;
    const { ms, source } = this.loaded;
    this.reply({ kind: 'ready', entries: index.positions.size, source, ms, named: this.named !== null });
    this.reply({ kind: 'options', options: facets(index) });
  }

  private async load(): Promise<void> {
    const started = performance.now();
    const [hidden, data] = await Promise.all([
      this.store.hiddenIds(),
      this.store.storedSearchIndex().catch(() => undefined),
    ]);
    this.hidden = hidden;
    let index: SearchIndex | null = null;
    if (data?.version === SEARCH_INDEX_VERSION) {
      // The stored cards, then what changed since they were stored (takeChanges): the corpus is not read whole.
      const cards = data.cards.filter((card): card is LibraryEntry => card !== null && card.origin !== 'bundled');
      const storedIds = new Set(cards.map(idOf));
      index = loadSearchIndex(data, [...cards, ...this.visibleBundled(storedIds)]);
    }
    const source = index ? 'stored' : 'built';
    if (index) {
      this.index = index;
      await this.takeChanges();
    } else {
      const cards = await this.allCards();
      const entries = [...cards, ...this.visibleBundled(new Set(cards.map(idOf)))];
      index = indexForSearch(await this.withAllWords(entries));
      dropTexts(index, cards.map(idOf));
      this.index = index;
      this.storeLater();
    }
    if (this.named) this.takeBundled();
    this.loaded = { ms: Math.round(performance.now() - started), source };
    this.ready();
  }

  private async search(request: Extract<SearchRequest, { kind: 'search' }>): Promise<void> {
    this.latest = Math.max(this.latest, request.serial);
    // A change announced before the query is taken in first: the entry just imported or saved is among the answers.
    this.takePendingChanges();
    await this.work;
    const started = performance.now();
    let asked = FIRST_TEXTS;
    for (;;) {
      // A later search makes this one moot.
      if (request.serial < this.latest) return;
      const index = this.index;
      if (!index) return;
      const ranked = rankEntries(index, request.query, request.filters, request.entities, {
        limit: request.limit,
        textsAsked: asked,
      });
      if (!ranked.needs) {
        this.reply({
          kind: 'answer',
          serial: request.serial,
          entries: ranked.entries.map(listed),
          total: ranked.total,
          ms: Math.round((performance.now() - started) * 10) / 10,
        });
        return;
      }
      await this.readTexts(index, ranked.needs);
      asked *= 4;
    }
  }

  /** Reads the folded texts of these positions into the index (kept for later searches). */
  private async readTexts(index: SearchIndex, positions: readonly number[]): Promise<void> {
    const ids = positions.map((position) => index.entries[position]?.id ?? '');
    const rows = await this.store.wordsOf(ids);
    rows.forEach((row, at) => {
      const position = index.positions.get(ids[at]!);
      // An entry without stored words has no text to hold a phrase.
      if (position !== undefined) index.texts[position] = row?.folded ?? ' ';
    });
  }

  /** Every stored card, newest first, read a slice at a time. */
  private async allCards(): Promise<LibraryEntry[]> {
    const cards: LibraryEntry[] = [];
    for (let after: [number, string] | undefined; ;) {
      const slice = await this.store.newestCards(SLICE, after);
      for (const { order: _order, ...card } of slice) cards.push(card);
      if (slice.length < SLICE) return cards;
      after = slice[slice.length - 1]!.order;
    }
  }

  /** The bundled entries the reader sees: not hidden, and not replaced by a stored entry of the same id. */
  private visibleBundled(storedIds: ReadonlySet<string>): LibraryEntry[] {
    return (this.named ?? bundledLibrary()).filter((entry) => !this.hidden.has(entry.id) && !storedIds.has(entry.id));
  }

  /** The entries with their stored words and mention ids (bundled entries carry their text). */
  private async withWords(entries: readonly LibraryEntry[]): Promise<LibraryEntry[]> {
    const stored = entries.filter((entry) => entry.origin !== 'bundled');
    const words = new Map<string, Pick<LibraryEntry, 'folded' | 'mentions'>>();
    for (let at = 0; at < stored.length; at += SLICE) {
      const ids = stored.slice(at, at + SLICE).map((entry) => entry.id);
      (await this.store.wordsOf(ids)).forEach((row, index) => {
        if (row) words.set(ids[index]!, { folded: row.folded, mentions: row.mentions });
      });
    }
    return entries.map((entry) => withRow(entry, words.get(entry.id)));
  }

  /** The entries with their words, every row read in order (a build reads them all). */
  private async withAllWords(entries: readonly LibraryEntry[]): Promise<LibraryEntry[]> {
    const words = new Map<string, Pick<LibraryEntry, 'folded' | 'mentions'>>();
    for (let last: string | undefined; ;) {
      const rows = await this.store.wordsAfter(SLICE, last);
      for (const { id, folded, mentions } of rows) words.set(id, { folded, mentions });
      if (rows.length < SLICE) break;
      last = rows[rows.length - 1]!.id;
    }
    return entries.map((entry) => (entry.origin === 'bundled' ? entry : withRow(entry, words.get(entry.id))));
  }

  /** Puts the bundled entries' mention ids in the index. */
  private takeBundled(): void {
    const index = this.index!;
    const shown = this.named!.filter((entry) => {
      const position = index.positions.get(entry.id);
      return position !== undefined && index.entries[position]!.origin === 'bundled';
    });
    addToSearchIndex(index, shown);
  }

  /**
   * Takes in what changed in the store: entries added or replaced (they are the newest: an entry is stored with its
   * time of addition), entries deleted or otherwise missed (the count tells; then every card is read), bundled
   * entries hidden or shown. Run when the worker loads a stored index, and whenever the corpus changes.
   */
  private async takeChanges(): Promise<void> {
    const index = this.index;
    if (!index) return;
    this.hidden = await this.store.hiddenIds();
    let newestKnown = -Infinity;
    let storedKnown = 0;
    for (const entry of index.entries)
      if (entry && entry.origin !== 'bundled') {
        storedKnown += 1;
        newestKnown = Math.max(newestKnown, entry.addedAt);
      }
    const fresh: LibraryEntry[] = [];
    for (let after: [number, string] | undefined; ;) {
      const slice = await this.store.newestCards(SLICE, after);
      // Entries added at the newest time the index knows (the rest of an import it took in half-way) are found by
      // the count below: reading every card of that time would read a whole import at each visit.
      const newer = slice.filter((card) => card.addedAt > newestKnown);
      for (const { order: _order, ...card } of newer) fresh.push(card);
      if (newer.length < SLICE) break;
      after = slice[slice.length - 1]!.order;
    }
    const isNew = (card: LibraryEntry) => {
      const position = index.positions.get(card.id);
      return position === undefined || index.entries[position]!.addedAt !== card.addedAt;
    };
    let changed = fresh.filter(isNew);
    const addedCount = changed.filter((card) => {
      const position = index.positions.get(card.id);
      return position === undefined || index.entries[position]!.origin === 'bundled';
    }).length;
    let removed: string[] = [];
    if (storedKnown + addedCount !== (await this.store.storedCount())) {
      // Some were deleted: every card is read, and the index keeps those it holds.
      const cards = await this.allCards();
      const ids = new Set(cards.map((card) => card.id));
      removed = index.entries.filter((entry) => entry && entry.origin !== 'bundled' && !ids.has(entry.id)).map(idOf);
      changed = cards.filter(isNew);
    }
    const held = index.positions.size;
    for (const id of removed) removeFromSearchIndex(index, id);
    const storedIds = new Set(index.entries.filter((entry) => entry && entry.origin !== 'bundled').map(idOf));
    for (const entry of changed) storedIds.add(entry.id);
    const visible = this.visibleBundled(storedIds);
    const visibleIds = new Set(visible.map(idOf));
    for (const entry of index.entries)
      if (entry?.origin === 'bundled' && !visibleIds.has(entry.id)) removeFromSearchIndex(index, entry.id);
    const shownAgain = visible.filter((entry) => !index.positions.has(entry.id));
    const kept = index.positions.size;
    addToSearchIndex(index, [...(await this.withWords(changed)), ...shownAgain]);
    dropTexts(index, changed.map(idOf));
    if (changed.length === 0 && removed.length === 0 && shownAgain.length === 0 && kept === held) return;
    this.storeLater();
    this.reply({ kind: 'changed' });
    this.reply({ kind: 'options', options: facets(index) });
  }

  private storeLater(): void {
    if (this.storeTimer) clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => {
      this.storeTimer = null;
      this.then(() => {
        // The data is made in turn with the changes (it merges the index's lists); IndexedDB copies it at once, and
        // searches do not wait for the write.
        if (this.index)
          this.store
            .putSearchIndex(searchIndexData(this.index))
            .then(() => this.reply({ kind: 'stored' }))
            .catch(() => undefined);
      });
    }, this.delays.storeMs);
  }
}

const idOf = (entry: LibraryEntry | null) => entry!.id;

function withRow(entry: LibraryEntry, row: Pick<LibraryEntry, 'folded' | 'mentions'> | undefined): LibraryEntry {
  return row ? { ...entry, folded: row.folded ?? ' ', mentions: row.mentions ?? [] } : { ...entry, folded: ' ' };
}

/** The card of an answer: what the list shows (a bundled entry's text stays here). */
function listed(entry: LibraryEntry): ListedEntry {
  const { text: _text, ...card } = cardOf(entry);
  return card;
}

/**
 * Keeps these stored entries as cards, their words indexed and their folded texts left in IndexedDB: a search reads
 * those its phrase test needs (see search()). A library of 100,000 entries holds some 150 MB of folded text.
 */
function dropTexts(index: SearchIndex, ids: Iterable<string>): void {
  for (const id of ids) {
    const position = index.positions.get(id);
    const entry = position === undefined ? null : index.entries[position];
    if (!entry || entry.origin === 'bundled') continue;
    index.entries[position!] = cardOf(entry);
    index.texts[position!] = undefined;
  }
}
