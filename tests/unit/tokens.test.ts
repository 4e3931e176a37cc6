import { describe, expect, it } from 'vitest';
import { ARTICLE, foldName, tokenise } from '../../lib/text/tokens';

const words = (text: string) => tokenise(text).map((token) => text.slice(token.start, token.end));

describe('tokenise', () => {
  it('gives offsets into the original string', () => {
    const text = 'Les forces  avancent vers Abou Kamal, près de Deir ez-Zor.';
    const tokens = tokenise(text);
    expect(words(text)).toEqual([
      'Les',
      'forces',
      'avancent',
      'vers',
      'Abou',
      'Kamal',
      'près',
      'de',
      'Deir',
      'ez',
      'Zor',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).not.toMatch(/[\s,.]/);
  });

  it('splits French elision so that the name after it starts a token', () => {
    const text = "l'armée syrienne avance vers d’Abou Kamal";
    expect(words(text)).toEqual(['l', 'armée', 'syrienne', 'avance', 'vers', 'd', 'Abou', 'Kamal']);
    expect(words("qu'il")).toEqual(['qu', 'il']);
    expect(words("jusqu'à Raqqa")).toEqual(['jusqu', 'à', 'Raqqa']);
  });

  it("keeps apostrophes inside transliterated names (al-Qa'em, Sha'bi) as one word", () => {
    expect(words("al-Qa'em")).toEqual(['al', "Qa'em"]);
    expect(words('al-Qa’em')).toEqual(['al', 'Qa’em']);
  });

  it("drops an English possessive 's and a trailing apostrophe", () => {
    expect(words('ISIL’s positions')).toEqual(['ISIL', 'positions']);
    expect(words("Syria's army")).toEqual(['Syria', 'army']);
    expect(words("the rebels' positions")).toEqual(['the', 'rebels', 'positions']);
  });

  it('folds every transliteration of the Arabic article to the same token when it is hyphenated', () => {
    for (const name of ['ez-Zor', 'ad-Dour', 'ash-Sham', 'as-Sukhna', 'at-Tanf', 'el-Bab', 'al-Bab', 'Al Bab']) {
      expect(tokenise(name)[0]!.folded, name).toBe(ARTICLE);
    }
  });

  it('does not treat ordinary short words (et, en, as, at) as the Arabic article', () => {
    expect(tokenise('Damas et Alep')[1]!.folded).not.toBe(ARTICLE);
    expect(tokenise('en Syrie')[0]!.folded).not.toBe(ARTICLE);
    expect(tokenise('as long as')[0]!.folded).not.toBe(ARTICLE);
    expect(tokenise('at the border')[0]!.folded).not.toBe(ARTICLE);
  });

  it('keeps offsets right for decomposed (NFD) text', () => {
    const text = 'al-Qa\u0069\u0308m puis Rawa';
    const tokens = tokenise(text);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('Qa\u0069\u0308m');
    expect(text.slice(tokens[3]!.start, tokens[3]!.end)).toBe('Rawa');
    expect(tokens[1]!.folded).toBe(tokenise('Qaïm')[0]!.folded);
  });

  it('tokenises Arabic script', () => {
    expect(words('قوات سوريا الديمقراطية')).toEqual(['قوات', 'سوريا', 'الديمقراطية']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise(' « » — ... !!! ')).toEqual([]);
  });
});

describe('foldName', () => {
  it('makes common spellings of one name compare equal', () => {
    expect(foldName('Deir ez-Zor')).toEqual(foldName('Deir Ez-Zor'));
    expect(foldName('Deir ez-Zor')).toEqual(foldName('Deir al-Zor'));
    expect(foldName("al-Qa'em")).toEqual(foldName('al-Qaem'));
    expect(foldName('Hachd al-Chaabi')).toEqual(foldName('Hashd al-Shaabi'));
    expect(foldName('Abou Kamal')).toEqual(foldName('Abu Kamal'));
    expect(foldName("l'armée syrienne")).toEqual(foldName('L’Armée Syrienne'));
  });
});
