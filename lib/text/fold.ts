// Folding makes the many spellings outlets use for one Arabic name compare equal: case, accents, apostrophes,
// French/English transliteration habits (ou/u, ch/sh, dj/j, q/k, y/i) and doubled letters all fold away.
// Aliases and page text go through the same function, so a match never depends on how either was typed.

const ARABIC_TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼʿʾ`´‘]/g;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const MIN_LENGTH_TO_UNDOUBLE = 5;

export function foldArabic(word: string): string {
  return word
    .normalize('NFKD')
    .replace(ARABIC_TASHKEEL, '')
    .replace(COMBINING_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .normalize('NFC');
}

/** Folds a Latin-script word; the result is only ever compared, never shown. */
export function foldLatin(word: string): string {
  const plain = word
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, '');
  const spelled = plain
    .replace(/dj/g, 'j')
    .replace(/ch/g, 'sh')
    .replace(/ou/g, 'u')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i');
  // Doubled letters (Raqqa/Raqa, Assad/Asad) only fold in longer words: short ones would meet ordinary words
  // (MEE → "me", Ma'an → "man").
  return plain.length >= MIN_LENGTH_TO_UNDOUBLE ? spelled.replace(/(.)\1+/g, '$1') : spelled;
}

// Words repeat (a 100,000-word text has some 10,000 distinct ones) and every stage folds them again: the tokeniser,
// the open-name finders, the quote sieve. Folding is pure, so each word is folded once; the cache is dropped when it
// grows past a bound so that a long-lived page or worker never holds every word it has seen.
const FOLDED = new Map<string, string>();
const MAX_CACHED_WORDS = 50_000;

export function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    folded = ARABIC_LETTER.test(word) ? foldArabic(word) : foldLatin(word);
    if (FOLDED.size >= MAX_CACHED_WORDS) FOLDED.clear();
    FOLDED.set(word, folded);
  }
  return folded;
}

// Letters that Unicode decomposition leaves whole (ł is no l with a mark): spelled out in plain Latin.
const EXTRA_LATIN: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ħ: 'h',
  Ħ: 'H',
};
const NAME_TASHKEEL = /[\u064B-\u065F\u0670\u0640]/g;

/** The letters without their accents, in plain Latin where decomposition leaves a letter whole: "Ālbū" → "Albu". */
export function plainLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[ıłŁøØđĐßæÆœŒħĦ]/g, (letter) => EXTRA_LATIN[letter] ?? letter);
}

/**
 * A whole name as compared when two gazetteers' entries are merged: lowercase, no accents, no apostrophes, no Arabic
 * vowel marks, one alef, hyphens as spaces. Unlike foldWord it keeps transliteration habits apart (Deir/Dayr stay
 * two names): merging must only join spellings that are the same name.
 */
export function foldSpelling(name: string): string {
  return plainLetters(name)
    .toLowerCase()
    .replace(NAME_TASHKEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/['’‘`ʿʾʼ´]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
