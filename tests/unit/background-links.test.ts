import { describe, expect, it, vi } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { otherAccounts } from '../../lib/corpus/accounts';
import { completeBundledLibrary } from '../../lib/corpus/bundled-library';
import type { LibraryEntry } from '../../lib/corpus/library';
import { linkToCorpus } from '../../lib/corpus/link';
import { mentionIds } from '../../lib/corpus/match';
import { indexEntries, withMentions } from '../../lib/corpus/mentions';
import { textEvent } from '../../lib/event/text-event';
import { fakesArticles } from '../../scripts/support/scale-fixture';

// The background links a page to the library read without its texts (cards, mention ids and folded words apart),
// reading a stored text only for the few candidates of an event's other accounts. What the popup shows must be what
// matching and the accounts give on the whole entries, texts included: checked on FA-KES articles stored as imported
// entries, each of the first ones read as a page.

const automaton = defaultAutomaton();
const stored = vi.hoisted(() => ({ entries: [] as LibraryEntry[], reads: 0 }));

vi.mock('../../platform/corpus-store', () => ({
  // As the store gives them: each stored entry's card with an empty text and its mention ids; its folded words apart.
  loadMatchLibrary: (bundled: LibraryEntry[]) => {
    const all = [
      ...bundled,
      ...stored.entries.map(({ text: _text, folded: _folded, ...card }) => ({ ...card, text: '' })),
    ];
    return Promise.resolve({
      entries: all,
      folded: [...bundled, ...stored.entries].map((entry) => entry.folded),
    });
  },
  storedByIds: (ids: string[]) => {
    stored.reads += ids.length;
    return Promise.resolve(ids.map((id) => stored.entries.find((entry) => entry.id === id)));
  },
  onCorpusChanged: () => undefined,
}));

const { analysePage, linkPage } = await import('../../platform/page-analysis');

describe('background links to a library read without texts', () => {
  it('gives the matches and other accounts that the whole entries give', async () => {
    const articles = fakesArticles().slice(0, 120);
    stored.entries = articles.map((article, at) =>
      withMentions(
        {
          id: `fakes-${at}`,
          title: article.title,
          text: article.text,
          lang: 'en' as const,
          origin: 'imported' as const,
          addedAt: at,
        },
        automaton,
      ),
    );
    const whole = [...completeBundledLibrary(automaton), ...stored.entries];
    const index = indexEntries(whole, automaton);
    let accounts = 0;
    let matches = 0;
    for (const article of articles.slice(0, 30)) {
      const { analysis } = await analysePage(
        { text: article.text, title: article.title, isArticle: true, url: 'x' },
        3,
      );
      const query = {
        text: article.text,
        lang: analysis.lang,
        inDomain: analysis.inDomain,
        entityIds: mentionIds(analysis.entities.filter((entity) => entity.linked)),
      };
      const links = (await linkPage(query, analysis.event))!;
      expect(links).toEqual({
        ...linkToCorpus(query, index),
        accounts: otherAccounts(analysis.event, whole, {
          eventOf: (entry) => textEvent(entry, automaton),
          entities: automaton.entities,
        }),
      });
      matches += links.matches.length;
      accounts += links.accounts.length;
    }
    // The comparison means something: pages found matches and other accounts, and texts were read for those only.
    expect(matches).toBeGreaterThan(30);
    expect(accounts).toBeGreaterThan(0);
    expect(stored.reads).toBeGreaterThan(0);
    expect(stored.reads).toBeLessThan(stored.entries.length);
  });
});
