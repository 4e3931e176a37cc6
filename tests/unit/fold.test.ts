import { describe, expect, it } from 'vitest';
import { foldArabic, foldLatin, foldSpelling, foldWord, plainLetters } from '../../lib/text/fold';

const same = (...words: string[]) => new Set(words.map(foldWord)).size === 1;

describe('foldWord: one name, many spellings', () => {
  it('ignores case and accents', () => {
    expect(same('Qaïm', 'qaim', 'QAIM', 'Qaîm')).toBe(true);
    expect(same('Armée', 'armee', 'ARMÉE')).toBe(true);
  });

  it('folds French and English transliteration habits together', () => {
    expect(same('Abou', 'Abu')).toBe(true);
    expect(same('Hachd', 'Hashd')).toBe(true);
    expect(same('Chaabi', 'Shaabi', "Sha'abi")).toBe(true);
    expect(same('Djihad', 'Jihad')).toBe(true);
    expect(same('Qaem', 'Kaem')).toBe(true);
    expect(same('Raqqa', 'Rakka', 'Raqa')).toBe(true);
    expect(same('Souweida', 'Suweida')).toBe(true);
    expect(same('Daech', 'Daesh')).toBe(true);
  });

  it('drops apostrophes of every kind, straight, curly and Arabic ayn/hamza signs', () => {
    expect(same("Qa'em", 'Qa’em', 'Qaʿem', 'Qaʾem', 'Qaem')).toBe(true);
  });

  it('collapses doubled letters (Ezzor / Ezor, Mayadeen / Mayaden)', () => {
    expect(same('Ezzor', 'Ezor')).toBe(true);
    expect(same('Mayadeen', 'Mayaden')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(foldWord('Hama')).not.toBe(foldWord('Homs'));
    expect(foldWord('Raqqa')).not.toBe(foldWord('Rawa'));
    expect(foldWord('Mosul')).not.toBe(foldWord('Manbij'));
  });

  it('folds Arabic script: hamza forms of alif, ta marbuta, alif maqsura, tashkeel and tatweel', () => {
    expect(foldWord('أبو')).toBe(foldWord('ابو'));
    expect(foldWord('إدلب')).toBe(foldWord('ادلب'));
    expect(foldWord('حماة')).toBe(foldWord('حماه'));
    expect(foldWord('مصطفى')).toBe(foldWord('مصطفي'));
    expect(foldWord('دِمَشْق')).toBe(foldWord('دمشق'));
    expect(foldWord('دمـــشق')).toBe(foldWord('دمشق'));
  });

  it('keeps Arabic letters distinct that are different letters', () => {
    expect(foldWord('حمص')).not.toBe(foldWord('حماه'));
  });

  it('uses the Arabic folding for Arabic words and the Latin one otherwise', () => {
    expect(foldWord('أبو')).toBe(foldArabic('أبو'));
    expect(foldWord('Abou')).toBe(foldLatin('Abou'));
    // Latin rules (ou → u) must not touch Arabic text, and Arabic rules must not touch Latin text.
    expect(foldWord('كمال')).toBe('كمال');
  });

  it('handles ligatures and the German sharp s', () => {
    expect(same('Œuvre', 'oeuvre')).toBe(true);
    expect(foldLatin('Straße')).toBe(foldLatin('strasse'));
  });

  it('gives the same result for composed and decomposed Unicode', () => {
    expect(foldWord('Qa\u0069\u0308m')).toBe(foldWord('Qa\u00efm'));
  });
});

describe('foldSpelling (merging gazetteers)', () => {
  it('joins spellings of one name and keeps transliteration habits apart', () => {
    expect(foldSpelling('Tall al-Ḥamrāʾ')).toBe(foldSpelling('tall al hamra'));
    expect(foldSpelling('Łódź–Dąbrowa')).toBe('lodz dabrowa');
    expect(foldSpelling('أَبُو')).toBe(foldSpelling('ابو'));
    expect(foldSpelling('Dayr Hafir')).not.toBe(foldSpelling('Deir Hafer'));
    expect(plainLetters('Ālbū Kamāl')).toBe('Albu Kamal');
  });
});
