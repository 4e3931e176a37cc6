import { describe, expect, it } from 'vitest';
import { SearchService, type SearchStore } from '../../entrypoints/corpus/library/search-service';
import type { SearchReply, SearchRequest } from '../../entrypoints/corpus/library/search-messages';
import { bundledLibrary } from '../../lib/corpus/bundled-library';
import type { LibraryEntry } from '../../lib/corpus/library';
import { indexForSearch, searchEntries, type SearchIndexData } from '../../lib/corpus/search';
import { rankingEntry } from '../../scripts/support/search-ranking-set';

// The search worker's service over an in-memory corpus store: the index built from the stored words and stored,
// loaded back on the next visit, brought up to date when the stored one is stale, and kept current as entries are
// added, deleted or hidden. Its answers are those of the whole search over the same entries.

const vocabulary = ['raid', 'raids', 'raqqa', 'army', 'armed', 'convoy', 'tal', 'afar', 'market', 'shell'];
let seed = 7;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = (count: number) =>
  Array.from({ length: count }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
const entry = (id: string, addedAt: number): LibraryEntry => ({
  ...rankingEntry(id, pick(1 + Math.floor(next() * 3)), pick(4 + Math.floor(next() * 8))),
  addedAt,
});

/** The corpus store as IndexedDB keeps it: entries, hidden bundled ids, the stored index (cloned in and out). */
function memoryStore(entries: LibraryEntry[]) {
  const state = { entries: new Map(entries.map((item) => [item.id, item])), hidden: new Set<string>() };
  let index: SearchIndexData | undefined;
  const words = (item: LibraryEntry | undefined) =>
    item && { id: item.id, folded: item.folded, mentions: item.mentions };
  const store: SearchStore & { texts: number } = {
    texts: 0,
    newestCards: (limit, after) => {
      const cards = [...state.entries.values()]
        .sort((a, b) => b.addedAt - a.addedAt || (a.id < b.id ? -1 : 1))
        .map(({ folded: _folded, mentions: _mentions, ...card }) => ({
          ...card,
          text: '',
          order: [-card.addedAt, card.id] as [number, string],
        }));
      const from = after ? cards.findIndex((card) => card.id === after[1]) + 1 : 0;
      return Promise.resolve(cards.slice(from, from + limit));
    },
    storedCount: () => Promise.resolve(state.entries.size),
    hiddenIds: () => Promise.resolve(new Set(state.hidden)),
    wordsAfter: (limit, after) =>
      Promise.resolve(
        [...state.entries.values()]
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .filter((item) => after === undefined || item.id > after)
          .slice(0, limit)
          .map((item) => words(item)!),
      ),
    wordsOf: (ids) => {
      store.texts += ids.length;
      return Promise.resolve(ids.map((id) => words(state.entries.get(id))));
    },
    storedSearchIndex: () => Promise.resolve(index && structuredClone(index)),
    putSearchIndex: (data) => Promise.resolve(void (index = structuredClone(data))),
  };
  return { store, state, stored: () => index, setStored: (data: SearchIndexData) => (index = data) };
}

/** A running service and its replies; `ask` resolves with the answer to one search. */
function start(store: SearchStore) {
  const replies: SearchReply[] = [];
  const service = new SearchService(store, (reply) => replies.push(reply), { settleMs: 5, storeMs: 10 });
  const until = async (done: () => boolean) => {
    while (!done()) await pause(2);
  };
  let serial = 0;
  const ask = async (query: string, limit = 20) => {
    const request: SearchRequest = { kind: 'search', serial: ++serial, query, filters: {}, entities: [], limit };
    service.handle(request);
    await until(() => replies.some((reply) => reply.kind === 'answer' && reply.serial === request.serial));
    const answer = replies.find((reply) => reply.kind === 'answer' && reply.serial === request.serial);
    return answer as Extract<SearchReply, { kind: 'answer' }>;
  };
  const ready = () => replies.find((reply) => reply.kind === 'ready') as Extract<SearchReply, { kind: 'ready' }>;
  return { service, replies, until, ask, ready };
}

const queries = ['raq', 'army convoy', 'tal afar market', 'shell raids armed', 'convoy'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the whole search answers over these stored entries and the bundled ones. */
function expected(entries: readonly LibraryEntry[], query: string, limit = 20) {
  const index = indexForSearch([...entries, ...bundledLibrary()]);
  const found = searchEntries(index, query);
  return { ids: found.slice(0, limit).map((item) => item.id), total: found.length };
}

async function answers(running: ReturnType<typeof start>) {
  const all = [];
  for (const query of queries) {
    const answer = await running.ask(query);
    all.push({ ids: answer.entries.map((item) => item.id), total: answer.total });
  }
  return all;
}

describe('the library search worker', () => {
  const entries = Array.from({ length: 300 }, (_, at) => entry(`e${at}`, 1000 + Math.floor(next() * 5000)));

  it('builds the index from the stored words, stores it, and loads it back on the next visit', async () => {
    const { store, stored } = memoryStore(entries);
    const first = start(store);
    const built = await answers(first);
    expect(first.ready().source).toBe('built');
    expect(built).toEqual(queries.map((query) => expected(entries, query)));
    // Answers are cards: no text, words or mention ids cross to the page.
    const card = (await first.ask('convoy')).entries[0]!;
    expect(card).not.toHaveProperty('text');
    expect(card).not.toHaveProperty('folded');
    await first.until(() => stored() !== undefined);

    const second = start(store);
    expect(await answers(second)).toEqual(built);
    expect(second.ready().source).toBe('stored');
  });

  it('brings a stale stored index up to date, and builds again one of another version', async () => {
    const { store, state, stored, setStored } = memoryStore(entries.slice(0, 250));
    const first = start(store);
    await first.ask('raq');
    await first.until(() => stored() !== undefined);
    // While no worker ran: entries imported, one deleted, one re-imported with other words.
    const now = [...entries.slice(1, 249), { ...entries[249]!, title: 'market convoy', addedAt: 9000 }];
    now.push(...entries.slice(250));
    state.entries = new Map(now.map((item) => [item.id, item]));
    const second = start(store);
    expect(await answers(second)).toEqual(queries.map((query) => expected(now, query)));
    expect(second.ready().source).toBe('stored');

    setStored({ ...stored()!, version: 1 as never });
    const third = start(store);
    expect(await answers(third)).toEqual(queries.map((query) => expected(now, query)));
    expect(third.ready().source).toBe('built');
  });

  it('takes in entries added, deleted and hidden while it runs', async () => {
    const { store, state } = memoryStore(entries.slice(0, 200));
    const running = start(store);
    await running.ask('raq');
    const changes = () => running.replies.filter((reply) => reply.kind === 'changed').length;

    for (const item of entries.slice(200)) state.entries.set(item.id, item);
    state.entries.delete('e3');
    running.service.changed();
    await running.until(() => changes() === 1);
    const current = [...state.entries.values()];
    expect(await answers(running)).toEqual(queries.map((query) => expected(current, query)));

    const bundled = bundledLibrary()[0]!;
    expect((await running.ask(bundled.title, 1000)).entries.map((item) => item.id)).toContain(bundled.id);
    state.hidden.add(bundled.id);
    running.service.changed();
    await running.until(() => changes() === 2);
    expect((await running.ask(bundled.title, 1000)).entries.map((item) => item.id)).not.toContain(bundled.id);
    await pause(20);
  });

  it('answers a search asked right after a change with the changed corpus, without waiting for changes to settle', async () => {
    const { store, state } = memoryStore(entries.slice(0, 200));
    const replies: SearchReply[] = [];
    // Changes settle for a minute here: only the search itself can make the service take them in.
    const service = new SearchService(store, (reply) => replies.push(reply), { settleMs: 60_000, storeMs: 60_000 });
    service.handle({ kind: 'search', serial: 1, query: 'raq', filters: {}, entities: [], limit: 20 });
    while (!replies.some((reply) => reply.kind === 'answer')) await pause(2);

    const added = {
      ...rankingEntry('just-imported', 'Combats à Tal Afar', 'Des combats à Tal Afar.'),
      addedAt: 99_999,
    };
    state.entries.set(added.id, added);
    service.handle({ kind: 'changed' });
    service.handle({ kind: 'search', serial: 2, query: 'Tal Afar', filters: {}, entities: [], limit: 5 });
    while (!replies.some((reply) => reply.kind === 'answer' && reply.serial === 2)) await pause(2);
    const answer = replies.find((reply) => reply.kind === 'answer' && reply.serial === 2) as Extract<
      SearchReply,
      { kind: 'answer' }
    >;
    expect(answer.entries[0]?.id).toBe('just-imported');
  });

  it('reads from the store only the texts its phrase test needs', async () => {
    const many = Array.from({ length: 2000 }, (_, at) => entry(`m${at}`, 1000 + at));
    const { store, stored } = memoryStore(many);
    const first = start(store);
    await first.ask('raq');
    await first.until(() => stored() !== undefined);
    const second = start(store);
    store.texts = 0;
    const answer = await second.ask('army convoy', 150);
    expect(answer.entries.map((item) => item.id)).toEqual(expected(many, 'army convoy', 150).ids);
    expect(store.texts).toBeGreaterThan(0);
    expect(store.texts).toBeLessThan(expected(many, 'army convoy').total);
  });
});
