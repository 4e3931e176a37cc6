import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { bundledCorpus } from '../../lib/corpus/bundled';
import { textMentionIds, textWords } from '../../lib/corpus/mentions';
import { foldedWords } from '../../lib/corpus/search';
import { fakesArticles } from '../../scripts/support/scale-fixture';

// An import computes each text's mention ids and folded words from one tokenisation (textWords): the same values,
// on every FA-KES development article and every bundled entry, as the two computed apart.

describe('textWords', () => {
  it('gives the mention ids and folded words of the separate computations', () => {
    const automaton = defaultAutomaton();
    const texts = [...fakesArticles().map((article) => article.text), ...bundledCorpus.map((entry) => entry.text)];
    expect(texts.length).toBeGreaterThanOrEqual(469 + 5);
    for (const text of texts)
      expect(textWords(text, automaton)).toEqual({
        mentions: textMentionIds(text, automaton),
        folded: foldedWords(text),
      });
  });
});
