import { describe, expect, it } from 'vitest';
import {
  addToSearchIndex,
  indexForSearch,
  loadSearchIndex,
  rankEntries,
  removeFromSearchIndex,
  searchEntries,
  searchIndexData,
  type SearchIndex,
} from '../../lib/corpus/search';
import type { LibraryEntry } from '../../lib/corpus/library';
import { rankingEntry } from '../../scripts/support/search-ranking-set';

// Invented entries from a small vocabulary, so that many share words, prefixes, phrases and entities; dates shuffled
// so that the newest-first order is not the order of addition.
const vocabulary = ['raid', 'raids', 'raqqa', 'rakka', 'army', 'armed', 'convoy', 'tal', 'afar', 'market', 'shell'];
const entities = ['place/raqqa', 'place/tal-afar', 'group/isis'];
let seed = 11;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = (count: number) =>
  Array.from({ length: count }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
function entry(id: string): LibraryEntry {
  const made = rankingEntry(id, pick(1 + Math.floor(next() * 3)), pick(4 + Math.floor(next() * 8)));
  return {
    ...made,
    addedAt: Math.floor(next() * 1000),
    mentions: entities.filter(() => next() < 0.4),
    lang: next() < 0.3 ? 'fr' : 'en',
  };
}
const entries = Array.from({ length: 400 }, (_, at) => entry(`e${at}`));
const queries: [string, string[]][] = [
  ['raq', []],
  ['army convoy', []],
  ['tal afar market', ['place/tal-afar']],
  ['shell raids armed', []],
  ['', []],
  ['zzz', ['group/isis']],
];
const filters = [{}, { lang: 'fr' }, { entityId: 'place/raqqa' }];

/** Every query, with every filter, as ids in order. */
function answers(index: SearchIndex): string[][] {
  return queries.flatMap(([query, ids]) =>
    filters.map((filter) => searchEntries(index, query, filter, ids).map((found) => found.id)),
  );
}

describe('a search index grown, stored and loaded', () => {
  const built = answers(indexForSearch(entries));

  it('answers as one built at once when its entries are added one at a time', () => {
    const grown = indexForSearch([]);
    for (const item of entries) addToSearchIndex(grown, [item]);
    expect(answers(grown)).toEqual(built);
    expect(built.flat().length).toBeGreaterThan(1000);
  });

  it('answers as one built at once when added to in batches after a build', () => {
    const grown = indexForSearch(entries.slice(0, 50));
    for (let at = 50; at < entries.length; at += 70) addToSearchIndex(grown, entries.slice(at, at + 70));
    expect(answers(grown)).toEqual(built);
  });

  it('leaves removed entries out, and replaces an entry added again under its id', () => {
    const index = indexForSearch(entries);
    const kept = entries.filter((_, at) => at % 3 !== 0);
    for (const [at, item] of entries.entries()) if (at % 3 === 0) removeFromSearchIndex(index, item.id);
    expect(answers(index)).toEqual(answers(indexForSearch(kept)));
    const changed = { ...kept[0]!, title: 'convoy convoy', addedAt: 5000 };
    addToSearchIndex(index, [changed]);
    expect(answers(index)).toEqual(answers(indexForSearch([changed, ...kept.slice(1)])));
    expect(searchEntries(index, 'convoy')[0]?.id).toBe(changed.id);
  });

  it('gives the same answers once stored as plain data (structured clone) and loaded back', () => {
    const index = indexForSearch(entries.slice(0, 300));
    addToSearchIndex(index, entries.slice(300));
    const stored = structuredClone(searchIndexData(index));
    expect(answers(loadSearchIndex(stored, entries)!)).toEqual(built);
  });

  it('brings a stored index up to date with the library: entries gone, re-imported or new', () => {
    const stored = structuredClone(searchIndexData(indexForSearch(entries.slice(0, 350))));
    const now = [
      ...entries.slice(10, 349),
      { ...entries[349]!, title: 'market market', addedAt: 7000 },
      ...entries.slice(350),
    ];
    expect(answers(loadSearchIndex(stored, now)!)).toEqual(answers(indexForSearch(now)));
  });

  it('refuses data stored by another version', () => {
    const stored = { ...searchIndexData(indexForSearch(entries)), version: 1 };
    expect(loadSearchIndex(stored as unknown as Parameters<typeof loadSearchIndex>[0], entries)).toBeNull();
  });

  it('ranks the first answers as the whole search does, reading only the texts it needs', () => {
    const index = indexForSearch(entries);
    for (const [query, ids] of queries)
      for (const filter of filters) {
        const whole = searchEntries(index, query, filter, ids).map((found) => found.id);
        for (const limit of [1, 7, 40])
          expect(rankEntries(index, query, filter, ids, { limit }).entries.map((found) => found.id)).toEqual(
            whole.slice(0, limit),
          );
        expect(rankEntries(index, query, filter, ids, { limit: 5 }).total).toBe(whole.length);
      }
    // Texts held elsewhere: the ranking names those it needs, and with them answers the same.
    const texts = new Map<number, string>();
    const read = (position: number) => texts.get(position);
    let ranked = rankEntries(index, 'army convoy', {}, [], { limit: 10, readText: read, textsAsked: 3 });
    let rounds = 0;
    while (ranked.needs) {
      expect(ranked.needs.length).toBeGreaterThan(0);
      for (const position of ranked.needs) texts.set(position, entries[position]!.folded!);
      ranked = rankEntries(index, 'army convoy', {}, [], { limit: 10, readText: read, textsAsked: 3 });
      rounds += 1;
    }
    expect(rounds).toBeGreaterThan(0);
    expect(ranked.entries.map((found) => found.id)).toEqual(
      searchEntries(index, 'army convoy')
        .slice(0, 10)
        .map((found) => found.id),
    );
    // Fewer texts read than entries holding both words.
    expect(texts.size).toBeLessThan(searchEntries(index, 'army convoy').length);
  });
});
