import { isCalendarWord } from '../text/calendar';
import { tokenise, type Token } from '../text/tokens';
import { alternationMatches, type Branch } from '../text/word-matches';

// Runs of capitalised words, the raw material of names the knowledge base does not know ("Lina Haddad",
// "Col. John Dorrian", "Wadi Barada"). Shared by the open recognisers of persons and places.

export interface Piece {
  /** Position in the list pieces() returns. */
  index: number;
  start: number;
  /** End of the word, without a trailing abbreviation dot or possessive. */
  end: number;
  word: string;
  /** The word folded as the recogniser folds it (lib/text/fold, Arabic articles as "al"). */
  folded: string;
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

/**
 * Every word of the text with how it joins the next one; the caller reads runs off `joinsNext`. Built on the
 * recogniser's own tokens (pass them when they are at hand: the text is then not scanned twice).
 */
export function pieces(text: string, tokens: readonly Token[] = tokenise(text)): Piece[] {
  const result: Piece[] = [];
  const nicknames = nicknameSpans(text);
  let nickname = 0;
  for (const token of tokens) {
    const { start, end } = token;
    // The words of a quoted nickname are not pieces: the name runs over them (Col. John “J.D.” Dorrian).
    while (nickname < nicknames.length && nicknames[nickname]![1] <= start) nickname += 1;
    if (nickname < nicknames.length && nicknames[nickname]![0] <= start) continue;
    const word = text.slice(start, end);
    const after = text.charCodeAt(end);
    // tokenise() leaves a possessive "'s" outside the token ("Carter's" → "Carter").
    const possessive = APOSTROPHES.includes(text.charAt(end)) && (text[end + 1] === 's' || text[end + 1] === 'S');
    const dotted = after === 46;
    const previous = result.at(-1);
    const gapBefore = previous ? text.slice(previous.end, start) : '\n';
    if (previous) {
      // A space or a hyphen joins; a dot joins only after an abbreviation or an initial ("Gen. Votel", "J. Townsend").
      const hyphen = gapBefore.length === 1 && HYPHENS.includes(gapBefore);
      const joined =
        (gapBefore.length === 1 && (SPACES.includes(gapBefore) || hyphen)) ||
        NICKNAME_GAP.test(gapBefore) ||
        (previous.dotted &&
          gapBefore.length === 2 &&
          SPACES.includes(gapBefore.charAt(1)) &&
          isAbbreviation(previous.word));
      previous.joinsNext = joined && !previous.possessive;
      previous.hyphenNext = previous.joinsNext && hyphen;
    }
    const afterAbbreviation = previous !== undefined && previous.dotted && isAbbreviation(previous.word);
    const first = word.charAt(0);
    result.push({
      index: result.length,
      start,
      end,
      word,
      folded: token.folded,
      lower: word.toLowerCase(),
      numeric: hasDigit(word),
      dotted,
      capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
      possessive,
      joinsNext: false,
      hyphenNext: false,
      sentenceStart: !previous || (gapBefore.length > 1 && /[.!?"“”«»\n]/u.test(gapBefore) && !afterAbbreviation),
    });
  }
  return result;
}

const APOSTROPHES = "'’ʼ";

// A nickname in quotation marks between a first name and a surname: "John “J.D.” Dorrian", "Walid « Saqr » Mansour". One
// short capitalised word or initials, and a capitalised word on both sides.
// The first name before it is tested apart, once the quoted word is found (see lib/text/word-matches).
const NICKNAME: Branch = {
  pattern: /[“"'‘«][ \u00a0\u202f]?(\p{Lu}[\p{L}.]{0,14})[ \u00a0\u202f]?[”"'’»](?= \p{Lu})/gu,
  before: /(?<=\p{Lu}[\p{Ll}\p{M}]+ )/uy,
};
const NICKNAME_GAP = /^ [“"'‘«][ \u00a0\u202f]?\p{Lu}[\p{L}.]{0,14}[ \u00a0\u202f]?[”"'’»] $/u;

/** [start, end) of each quoted nickname, marks included, in text order. */
function nicknameSpans(text: string): [number, number][] {
  if (!/[“"'‘«]/u.test(text)) return [];
  return alternationMatches(text, [NICKNAME]).map((match) => [match.index, match.index + match[0].length]);
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

/** The piece's word folded (lib/text/fold). */
export function foldedWord(piece: Piece): string {
  return piece.folded;
}
