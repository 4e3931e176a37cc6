import { describe, expect, it } from 'vitest';
import { withMentions } from '../../lib/corpus/mentions';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import type { LibraryEntry } from '../../lib/corpus/library';
import { indexForSearch, searchEntries } from '../../lib/corpus/search';
import { recogniseMentions } from '../../lib/recognise/recognise';

// Invented entries. Each better answer is the OLDER one, so that the newest-first tie-break can never produce the
// expected order by itself: only the ranking can.
let added = 0;
function entry(id: string, title: string, text: string, lang: 'en' | 'fr' = 'en'): LibraryEntry {
  added += 1;
  return withMentions({ id, title, text, lang, origin: 'imported', addedAt: added });
}

const corpus = [
  entry('title-phrase', 'Combats à Tal Afar', 'Des combats ont eu lieu dans la nuit.', 'fr'),
  entry('title-scattered', 'Afar tribes meet at Tal Hamis', 'Elders gathered on Monday.'),
  // The case seen in the library: a long title that names neither word, a body naming the place with both words.
  entry(
    'body-and-entity',
    'Government forces take a giant stride to secure the common border',
    'Units advanced west of Tal Afar and along the border towards Sinjar.',
  ),
  entry('body-phrase', 'Army column moves north', 'The column reached Tal Afar before dawn.'),
  entry('body-scattered', 'Checkpoints reopen', 'The Tal road reopened; traffic to Afar resumed.'),
  entry('entity-only', 'Offensive in Nineveh', 'Iraqi forces entered Telafer after a week of fighting.'),
  entry('some-words', 'Talks on Raqqa', 'Negotiators met far from the front.'),
  entry('unrelated', 'Harvest in Homs', 'Farmers brought in the wheat.'),
];
const index = indexForSearch(corpus);

function ranked(query: string): string[] {
  const entities = [...new Set(recogniseMentions(query, defaultAutomaton()).map((mention) => mention.entity.id))];
  return searchEntries(index, query, {}, entities).map((found) => found.id);
}

describe('search ranking', () => {
  it('ranks a title holding the words above the text, the text above an entry naming only the entity', () => {
    expect(ranked('Tal Afar')).toEqual([
      'title-phrase',
      'title-scattered',
      // Equal answers (the words in a row in the text, and the place named): the newer first.
      'body-phrase',
      'body-and-entity',
      'body-scattered',
      'entity-only',
    ]);
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
