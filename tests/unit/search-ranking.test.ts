import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { foldedWords, indexForSearch, searchEntries } from '../../lib/corpus/search';
import { recogniseMentions } from '../../lib/recognise/recognise';
import { expectedRankings, rankingCorpus, rankingEntry } from '../../scripts/support/search-ranking-set';

const corpus = rankingCorpus;
const entry = rankingEntry;
const index = indexForSearch(corpus);

function ranked(query: string): string[] {
  const entities = [...new Set(recogniseMentions(query, defaultAutomaton()).map((mention) => mention.entity.id))];
  return searchEntries(index, query, {}, entities).map((found) => found.id);
}

describe('search ranking', () => {
  it('ranks a title holding the words above the text, the text above an entry naming only the entity', () => {
    // Equal answers (the words in a row in the text, and the place named): the newer first.
    expect(ranked('Tal Afar')).toEqual(expectedRankings.find((item) => item.query === 'Tal Afar')!.expected);
  });

  it('gives every query of the shared ranked-relevance set its expected order', () => {
    for (const { query, expected } of expectedRankings) expect(ranked(query), query).toEqual(expected);
  });

  it('finds by entity in another spelling, but never above a literal title match', () => {
    // "Tall Afar" names place/tal-afar: entries spelling it "Tal Afar" or "Telafer" answer it too.
    expect(ranked('Tall Afar')).toEqual(['body-phrase', 'body-and-entity', 'entity-only']);
    const entries = [
      entry('title-literal', 'Tall Afar residents return', 'Families came back to their homes.'),
      entry('entity-in-text', 'Nineveh returns', 'Families came back to Tal Afar and to Telafer district.'),
    ];
    const entities = ['place/tal-afar'];
    const order = searchEntries(indexForSearch(entries), 'Tall Afar', {}, entities).map((found) => found.id);
    expect(order).toEqual(['title-literal', 'entity-in-text']);
  });

  it('ranks the exact phrase above the same words scattered', () => {
    const order = ranked('Tal Afar');
    expect(order.indexOf('title-phrase')).toBeLessThan(order.indexOf('title-scattered'));
    expect(order.indexOf('body-phrase')).toBeLessThan(order.indexOf('body-scattered'));
  });

  it('ranks all the words above some of them, and leaves out entries with too few', () => {
    const entries = [
      entry('all-three', 'Shelling near the dam', 'Army shelling killed three near Raqqa.'),
      entry('two-of-three', 'Army positions shelled', 'The army said its positions near Raqqa were shelled.'),
      entry('one-of-three', 'Army day parade', 'A parade was held in the capital.'),
    ];
    const order = searchEntries(indexForSearch(entries), 'army killed Raqqa').map((found) => found.id);
    expect(order).toEqual(['all-three', 'two-of-three']);
  });

  it('leaves out a single short word that is not in an entry, and an entry missing the only word', () => {
    expect(ranked('Harvest')).toEqual(['unrelated']);
    expect(ranked('wheat Aleppo')).toEqual([]);
  });
});

describe('search through word lists', () => {
  // Invented entries from a small vocabulary, so that many share words, prefixes and phrases.
  const vocabulary = ['raid', 'raids', 'raqqa', 'rakka', 'army', 'armed', 'convoy', 'tal', 'afar', 'market', 'shell'];
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = (count: number) =>
    Array.from({ length: count }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
  const entries = Array.from({ length: 300 }, (_, position) =>
    rankingEntry(`w${position}`, pick(1 + Math.floor(next() * 3)), pick(4 + Math.floor(next() * 8))),
  );
  const wordIndex = indexForSearch(entries);
  // What reading every entry says: a (folded) query word matches a word of the title or text that starts with it.
  const holds = (entry: (typeof entries)[number], word: string) =>
    foldedWords(`${entry.title} ${entry.text}`)
      .split(' ')
      .some((candidate) => candidate && candidate.startsWith(word));

  it('answers exactly the entries holding every word, or two real words of a longer query', () => {
    for (const query of ['raq', 'army convoy', 'tal afar market', 'ra', 'shell raids armed', 'zzz']) {
      const words = [...new Set(foldedWords(query).trim().split(' '))];
      const expected = entries
        .filter((entry) => {
          const found = words.filter((word) => holds(entry, word));
          return found.length === words.length || found.filter((word) => word.length >= 3).length >= 2;
        })
        .map((entry) => entry.id)
        .sort();
      const found = searchEntries(wordIndex, query).map((entry) => entry.id);
      expect([...found].sort(), query).toEqual(expected);
    }
  });
});
