// wordStartMatches and alternationMatches must find exactly what one pattern with a leading (?<![\p{L}\p{N}])
// (and, for an alternation, its branches joined by |) finds with matchAll: the event card's kinds, counts and
// actors rely on it.
import { describe, expect, it } from 'vitest';
import { alternationMatches, wordStartMatches } from '../../lib/text/word-matches';

const LOOKBEHIND = String.raw`(?<![\p{L}\p{N}])`;
const spans = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0]]);

describe('wordStartMatches', () => {
  it('keeps the matches that start a word and looks again from the next character after a refused one', () => {
    const text = 'Shelling hit the town; the reshelling of x-shells, 2shells and Shells.';
    const words = String.raw`(?:shell(?:ing|s)?|shells\s+and)`;
    const expected = spans(text.matchAll(new RegExp(`${LOOKBEHIND}${words}`, 'giu')));
    expect(spans(wordStartMatches(text, new RegExp(words, 'giu')))).toEqual(expected);
    expect(expected.map(([, word]) => word)).toEqual(['Shelling', 'shells', 'Shells']);
  });

  it('reads the letter before a match as a whole code point (a letter outside the BMP is a letter)', () => {
    const text = '𝒜raid, raid, é-raid, éraid';
    expect(spans(wordStartMatches(text, /raid/gu))).toEqual(
      spans(text.matchAll(new RegExp(`${LOOKBEHIND}raid`, 'gu'))),
    );
  });

  it('agrees with the lookbehind on invented texts of letters, digits, accents and spaces', () => {
    const alphabet = ['a', 'b', 'ab', 'ba', ' ', '-', 'é', '1', 'aab', '\n'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 300; run += 1) {
      const text = Array.from({ length: 30 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const words of ['ab+', 'a(?:b|ab)', 'ba?(?![\\p{L}])', 'b\\s*a']) {
        expect(spans(wordStartMatches(text, new RegExp(words, 'giu')))).toEqual(
          spans(text.matchAll(new RegExp(`${LOOKBEHIND}(?:${words})`, 'giu'))),
        );
      }
    }
  });
});

describe('alternationMatches', () => {
  it('finds what the alternation finds: leftmost first, the first branch on a tie, no overlap', () => {
    const english = String.raw`(?:Russian|Russia['’]?s?)\s+(?:air\s*strikes?|jets)`;
    const french = String.raw`(?:frappes?|raids?)(?:\s+aériennes?)?\s+(?:russes?)(?![\p{L}\p{N}])`;
    const texts = [
      'Russian jets and frappes russes, then Russia’s air strikes; xRussian jets; frappes aériennes russes.',
      'raids russes Russian jets raids russesX Russian air strikes frappes russes',
      'Prussian jets, Russian  jets, Russian airstrikes raids russes',
    ];
    for (const text of texts) {
      const expected = spans(text.matchAll(new RegExp(`${LOOKBEHIND}${english}|${french}`, 'giu')));
      const found = alternationMatches(text, [
        { pattern: new RegExp(english, 'giu'), wordStart: true },
        { pattern: new RegExp(french, 'giu'), wordStart: false },
      ]);
      expect(spans(found)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(1);
    }
  });

  it('goes on after the end of the chosen match, as one pattern would, when branches overlap', () => {
    // "ab" (first branch) and "bc" (second) overlap: the alternation takes "ab", then cannot take "bc".
    const text = 'abc bcd ab bc';
    const expected = spans(text.matchAll(/ab|bc/g));
    const found = alternationMatches(text, [
      { pattern: /ab/g, wordStart: false },
      { pattern: /bc/g, wordStart: false },
    ]);
    expect(spans(found)).toEqual(expected);
    expect(expected).toEqual([
      [0, 'ab'],
      [4, 'bc'],
      [8, 'ab'],
      [11, 'bc'],
    ]);
  });
});
