import { foldWord } from './fold';

export interface Token {
  /** Offsets in the original text, whatever its Unicode normal form. */
  start: number;
  end: number;
  folded: string;
}

// A word: letters, digits and combining marks, with apostrophes inside (al-Qa’em, Sha'bi, l'armée).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼʿʾ][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHE = /['’ʼʿʾ]/;
const FRENCH_ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ]/i;
const POSSESSIVE = /['’ʼ]s$/i;

// Transliterations of the Arabic article: "ez-Zor", "ad-Dour", "ash-Sham" all fold to "al". The short forms are
// ordinary French and English words (et, en, as, at), so they count as the article only when hyphen-joined.
const ARTICLE_ALWAYS = new Set(['al', 'el']);
const ARTICLE_WHEN_HYPHENATED = new Set([
  'ad',
  'ed',
  'ar',
  'er',
  'as',
  'es',
  'ash',
  'esh',
  'ech',
  'ach',
  'az',
  'ez',
  'at',
  'et',
  'an',
  'en',
  'ud',
  'ul',
  'ut',
  'ur',
]);
const HYPHENS = /^[-‐‑–]/;

export const ARTICLE = 'al';

function foldToken(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  let folded = foldWord(raw);
  // In capitals it is an acronym, not an article: "AS-" is not "as-Sham".
  const hyphenatedArticle =
    ARTICLE_WHEN_HYPHENATED.has(lower) && raw !== raw.toUpperCase() && HYPHENS.test(text.slice(end, end + 1));
  if (ARTICLE_ALWAYS.has(lower) || hyphenatedArticle) {
    folded = ARTICLE;
  }
  return { start, end, folded };
}

/** Splits text into folded word tokens whose offsets point into the original string. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let start = match.index;
    let end = start + match[0].length;
    let word = match[0];
    const elision = FRENCH_ELISION.exec(word);
    if (elision && word.length > elision[0].length) {
      // "l'armée", "d'Abou": the elided article is a token of its own so that the name starts a match.
      tokens.push(foldToken(text, start, start + elision[0].length - 1));
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    if (POSSESSIVE.test(word) && word.length > 2) end -= 2;
    if (APOSTROPHE.test(text.charAt(end - 1))) end -= 1;
    tokens.push(foldToken(text, start, end));
  }
  return tokens;
}

/** The folded token sequence of a name, as the recogniser compares it. */
export function foldName(name: string): string[] {
  return tokenise(name).map((token) => token.folded);
}
