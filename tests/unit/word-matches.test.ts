// wordStartMatches and alternationMatches must find exactly what one pattern with a leading (?<![\p{L}\p{N}])
// (and, for an alternation, its branches joined by |) finds with matchAll: the event card's kinds, counts and
// actors rely on it.
import { describe, expect, it } from 'vitest';
import { WORD_START, alternationMatches, replaceMatches, wordStartMatches } from '../../lib/text/word-matches';

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
        { pattern: new RegExp(english, 'giu'), before: WORD_START },
        { pattern: new RegExp(french, 'giu') },
      ]);
      expect(spans(found)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(1);
    }
  });

  it('goes on after the end of the chosen match, as one pattern would, when branches overlap', () => {
    // "ab" (first branch) and "bc" (second) overlap: the alternation takes "ab", then cannot take "bc".
    const text = 'abc bcd ab bc';
    const expected = spans(text.matchAll(/ab|bc/g));
    const found = alternationMatches(text, [{ pattern: /ab/g }, { pattern: /bc/g }]);
    expect(spans(found)).toEqual(expected);
    expect(expected).toEqual([
      [0, 'ab'],
      [4, 'bc'],
      [8, 'ab'],
      [11, 'bc'],
    ]);
  });
});

describe('a branch with its own lookbehind', () => {
  it('tests a variable-length lookbehind where the match starts, as the pattern with it in front would', () => {
    // A quoted nickname after a capitalised first name ("John “J.D.” Dorrian"), not after a lower-case word.
    const body = String.raw`[“"'‘][ ]?(\p{Lu}[\p{L}.]{0,14})[ ]?[”"'’](?= \p{Lu})`;
    const lookbehind = String.raw`(?<=\p{Lu}[\p{Ll}]+ )`;
    const text = 'Col. John “J.D.” Dorrian met the “Big” Man, and Walid "Saqr" Mansour; Amr \'Abu\' Zaid.';
    const expected = spans(text.matchAll(new RegExp(`${lookbehind}${body}`, 'gu')));
    const found = alternationMatches(text, [{ pattern: new RegExp(body, 'gu'), before: new RegExp(lookbehind, 'uy') }]);
    expect(spans(found)).toEqual(expected);
    expect(expected.map(([, word]) => word)).toEqual(['“J.D.”', '"Saqr"', "'Abu'"]);
  });

  it('replaces what String.replace replaces, and returns the text itself where nothing matches', () => {
    const body = String.raw`(?:\p{Lu}|Gen|Sen)\.(?=\s*\p{L})`;
    const lookbehind = String.raw`(?<![\p{L}])`;
    const text = 'Gen. J. Votel met Sen. McCain in the U.S. capital; AGen. is no title.';
    const mark = (word: string) => `${word.slice(0, -1)}\u2024`;
    const expected = text.replace(new RegExp(`${lookbehind}${body}`, 'gu'), mark);
    const branch = { pattern: new RegExp(body, 'gu'), before: new RegExp(lookbehind, 'uy') };
    expect(replaceMatches(text, [branch], ([word]) => mark(word))).toBe(expected);
    expect(expected).toBe(
      'Gen\u2024 J\u2024 Votel met Sen\u2024 McCain in the U\u2024S\u2024 capital; AGen. is no title.',
    );
    const plain = 'nothing abbreviated here';
    expect(replaceMatches(plain, [branch], () => 'x')).toBe(plain);
  });
});
