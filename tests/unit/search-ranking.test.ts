import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { indexForSearch, searchEntries } from '../../lib/corpus/search';
import { recogniseMentions } from '../../lib/recognise/recognise';
import { expectedRankings, rankingCorpus, rankingEntry } from './search-ranking-set';

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
