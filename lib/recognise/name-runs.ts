import { isCalendarWord } from '../text/calendar';
import { foldWord } from '../text/fold';

// Runs of capitalised words, the raw material of names the knowledge base does not know ("Lina Haddad",
// "Col. John Dorrian", "Wadi Barada"). Shared by the open recognisers of persons and places.

export interface Piece {
  /** Position in the list pieces() returns. */
  index: number;
  start: number;
  /** End of the word, without a trailing abbreviation dot or possessive. */
  end: number;
  word: string;
  /** The word in lower case, computed once. */
  lower: string;
  /** Holds a digit ("T4", "12th"). */
  numeric: boolean;
  /** Written with a dot after it ("Gen.", "J.", "M."). */
  dotted: boolean;
  capitalised: boolean;
  /** The run goes on after this piece (joined by a space or a hyphen, no sentence end). */
  joinsNext: boolean;
  /** Joined to the next piece by a hyphen ("al-Frieh"). */
  hyphenNext: boolean;
  /** Written with a possessive ("Carter's"): the name ends there. */
  possessive: boolean;
  /** The first word of its sentence, capitalised whatever it is. */
  sentenceStart: boolean;
}

// Arabic articles and name particles written in lower case inside a name (Abu Bakr al-Baghdadi, Staffan de Mistura).
export const PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ar',
  'as',
  'ash',
  'az',
  'ad',
  'bin',
  'ben',
  'ibn',
  'bint',
  'abu',
  'abou',
  'ould',
  'de',
  'du',
  'van',
  'von',
]);

// Words that are never inside a name, even capitalised ("Our Standards", "Many Arab", "The Hague" aside).
const FUNCTION_WORDS = new Set(
  `the a an our their his her its my your we they he she it this that these those and or but of in on at for with by
to from as many some all most several both each every other le la les un une des du et ou mais dans sur pour par avec
ce cette ces son sa ses notre nos leur leurs il elle ils elles nous vous`.split(/\s+/),
);

/** A word that cannot be part of a name: a function word, a month or a weekday. */
export function neverInName(piece: Piece): boolean {
  return FUNCTION_WORDS.has(piece.lower) || isCalendarWord(piece.lower);
}

function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

const SPACES = ' \u00a0';
const HYPHENS = '-‐‑';
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/** Every word of the text with how it joins the next one; the caller reads runs off `joinsNext`. */
export function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  for (const match of text.matchAll(WORD)) {
    let end = match.index + match[0].length;
    let word = match[0];
    const possessive = word.length > 2 && (word.endsWith("'s") || word.endsWith('’s') || word.endsWith('ʼs'));
    if (possessive) {
      word = word.slice(0, -2);
      end -= 2;
    }
    const dotted = text[end] === '.';
    const previous = result.at(-1);
    const gapBefore = previous ? text.slice(previous.end, match.index) : '\n';
    if (previous) {
      // A space or a hyphen joins; a dot joins only after an abbreviation or an initial ("Gen. Votel", "J. Townsend").
      const hyphen = gapBefore.length === 1 && HYPHENS.includes(gapBefore);
      const joined =
        (gapBefore.length === 1 && (SPACES.includes(gapBefore) || hyphen)) ||
        (previous.dotted &&
          gapBefore.length === 2 &&
          /^\.[ \u00a0]$/u.test(gapBefore) &&
          isAbbreviation(previous.word));
      previous.joinsNext = joined && !previous.possessive;
      previous.hyphenNext = previous.joinsNext && hyphen;
    }
    const afterAbbreviation = previous !== undefined && previous.dotted && isAbbreviation(previous.word);
    result.push({
      index: result.length,
      start: match.index,
      end,
      word,
      lower: word.toLowerCase(),
      numeric: hasDigit(word),
      dotted,
      capitalised: /^\p{Lu}/u.test(word),
      possessive,
      joinsNext: false,
      hyphenNext: false,
      sentenceStart: !previous || (gapBefore.length > 1 && /[.!?"“”«»\n]/u.test(gapBefore) && !afterAbbreviation),
    });
  }
  return result;
}

// Titles abbreviated with a dot, after which a name goes on ("Gen. Votel", "M. Hariri", "Sen. McCain").
export const TITLE_ABBREVIATIONS = new Set(
  'gen lt col capt maj brig adm sgt spc cpl pvt cmdr cdr dr mr mrs ms m mme mlle sen rep gov pres prof sr jr st'.split(
    ' ',
  ),
);

/** An initial or a title abbreviated with a dot: "J.", "Gen.", "Lt.", "M.", "Dr.". */
export function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || (/^\p{Lu}/u.test(word) && TITLE_ABBREVIATIONS.has(word.toLowerCase()));
}

/** Consecutive pieces joined to each other, cut where `breaks` says a piece cannot be part of a name. */
export function runs(all: readonly Piece[], breaks: (piece: Piece) => boolean): Piece[][] {
  const result: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of all) {
    if (breaks(piece) || neverInName(piece)) {
      if (current.length) result.push(current);
      current = [];
      continue;
    }
    current.push(piece);
    if (!piece.joinsNext) {
      result.push(current);
      current = [];
    }
  }
  if (current.length) result.push(current);
  return result;
}

const foldedWords = new WeakMap<Piece, string>();

/** The piece's word folded (lib/text/fold), computed once. */
export function foldedWord(piece: Piece): string {
  let folded = foldedWords.get(piece);
  if (folded === undefined) {
    folded = foldWord(piece.word);
    foldedWords.set(piece, folded);
  }
  return folded;
}
