import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';
import { summarise } from '../../lib/summary/summarise';
import { tokenise } from '../../lib/text/tokens';

describe('splitSentences', () => {
  it('gives trimmed sentences whose offsets point into the text', () => {
    const text = '  Les forces avancent.  Daech recule vers Abou Kamal !\nLe bilan est lourd ?';
    const sentences = splitSentences(text, 'fr');
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Les forces avancent.',
      'Daech recule vers Abou Kamal !',
      'Le bilan est lourd ?',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('ends a sentence at every line break (headlines have no full stop) and numbers paragraphs', () => {
    const text = 'Deuxième bataille\nC’est la deuxième bataille. Elle dure.\n\nL’aide US à Daech';
    const sentences = splitSentences(text, 'fr');
    expect(sentences.map((sentence) => [sentence.text, sentence.paragraph])).toEqual([
      ['Deuxième bataille', 0],
      ['C’est la deuxième bataille.', 1],
      ['Elle dure.', 1],
      ['L’aide US à Daech', 2],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'fr')).toEqual([]);
    expect(splitSentences(' \n\n \t', 'en')).toEqual([]);
  });

  it('works for an undetermined language', () => {
    expect(splitSentences('One. Two three.', 'und').map((sentence) => sentence.text)).toEqual(['One.', 'Two three.']);
  });
});

describe('summarise', () => {
  const central = [
    'The Syrian army advanced towards Abu Kamal on Saturday after heavy fighting with Islamic State fighters near the border.',
    'Islamic State fighters withdrew from several villages near Abu Kamal as the Syrian army and allied militias advanced along the border.',
    'The battle for Abu Kamal, the last town held by Islamic State fighters in Syria, is expected to last several days, the army said.',
    'Iraqi forces on the other side of the border also advanced against Islamic State fighters around al-Qaim.',
  ];
  const offTopic =
    'Readers who enjoyed this story may also like our weekly newsletter about gardening, recipes and travel tips.';

  function sentencesOf(text: string) {
    return splitSentences(text, 'en');
  }

  it('returns three sentences of the article, in reading order, by default', () => {
    const text = ['Abu Kamal battle', ...central, offTopic].join('\n');
    const summary = summarise({ sentences: sentencesOf(text), mentionStarts: [] });
    expect(summary).toHaveLength(3);
    for (const sentence of summary) expect(text).toContain(sentence);
    const positions = summary.map((sentence) => text.indexOf(sentence));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('never picks a headline or one-line page furniture', () => {
    const text = ['Abu Kamal battle', ...central, 'Back to top button', 'Share this article'].join('\n');
    const summary = summarise({ sentences: sentencesOf(text), mentionStarts: [], length: 5 });
    expect(summary).not.toContain('Abu Kamal battle');
    expect(summary).not.toContain('Back to top button');
    expect(summary).not.toContain('Share this article');
  });

  it('prefers sentences about what the article is about over an unrelated one', () => {
    const text = [central[0], offTopic, ...central.slice(1)].join('\n');
    const summary = summarise({ sentences: sentencesOf(text), mentionStarts: [] });
    expect(summary).not.toContain(offTopic);
  });

  it("reads each sentence's words from the text's tokens as from the sentence itself", () => {
    // French elision, possessives, accents and a sentence that only the tokens of the whole text see the start of.
    const text = [
      "L'armée syrienne a repris Abou Kamal ; l'État islamique s'est retiré vers la frontière irakienne.",
      ...central,
      "The army's advance on Abu Kamal's outskirts came after weeks of air strikes, the Observatory's director said.",
      offTopic,
    ].join('\n  ');
    const sentences = sentencesOf(text);
    for (const length of [1, 3, 5]) {
      const fromSentences = summarise({ sentences, mentionStarts: [4, 120], length });
      expect(summarise({ sentences, mentionStarts: [4, 120], length, tokens: tokenise(text) })).toEqual(fromSentences);
      expect(fromSentences).toHaveLength(length);
    }
    // Tokens are found by offset: without those of a sentence, its words are missing and the choice changes.
    const fewer = tokenise(text).filter((token) => token.start < sentences[1]!.start || token.end > sentences[1]!.end);
    const withoutSecond = summarise({ sentences, mentionStarts: [], length: 5, tokens: fewer });
    expect(withoutSecond).not.toEqual(summarise({ sentences, mentionStarts: [], length: 5 }));
  });

  it('respects the requested length and returns fewer sentences when the text is short', () => {
    const text = central.join('\n');
    expect(summarise({ sentences: sentencesOf(text), mentionStarts: [], length: 1 })).toHaveLength(1);
    expect(summarise({ sentences: sentencesOf(central[0]!), mentionStarts: [] })).toEqual([central[0]]);
    expect(summarise({ sentences: [], mentionStarts: [] })).toEqual([]);
  });

  it('summarises a real corpus article without repeating a sentence', () => {
    const text = readFileSync(resolve(__dirname, '../../../shared/corpus/003_65784f5ca0caa49c.txt'), 'utf8');
    const summary = summarise({ sentences: splitSentences(text, 'fr'), mentionStarts: [] });
    expect(summary).toHaveLength(3);
    expect(new Set(summary).size).toBe(3);
    for (const sentence of summary) expect(sentence.split(/\s+/).length).toBeGreaterThanOrEqual(7);
    expect(summary).not.toContain('Source: Divers');
  });
});
