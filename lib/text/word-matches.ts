// A pattern that opens on a lookbehind, (?<![\p{L}\p{N}])words…, cannot be searched by its first characters: V8
// then tries the whole pattern at every position of the text, several times slower on an article than the same
// pattern without it (the event card, the quote sieve and the name finders scan each article with some thirty such
// patterns). Here the pattern is written without the lookbehind, which is tested once a match is found: the same
// matches, found faster.

/** Sticky: whether no letter or digit stands just before lastIndex. */
export const WORD_START = /(?<![\p{L}\p{N}])/uy;
/** Sticky: whether no letter stands just before lastIndex. */
export const AFTER_NON_LETTER = /(?<![\p{L}])/uy;

/** One branch of a search: a global pattern, and the lookbehind that opened it, as a sticky pattern of its own. */
export interface Branch {
  pattern: RegExp;
  before?: RegExp;
}

/** The leftmost match of the branch at or after `from`, or null. */
function searchFrom(text: string, { pattern, before }: Branch, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!before) return match;
    before.lastIndex = match.index;
    if (before.test(text)) return match;
    // Refused here: the lookbehind would have made the search go on from the next character.
    pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

/**
 * What `text.matchAll` gives for the alternation of the branches, `A|B|…`, each with its lookbehind in front: left
 * to right, the leftmost match of any branch, the first branch where two start at the same place, the search going
 * on after its end. No branch may match the empty string.
 */
export function alternationMatches(text: string, branches: readonly Branch[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // Each branch's leftmost match from the last end (still its leftmost while it starts at or after that end).
  const next = branches.map((branch) => searchFrom(text, branch, 0));
  for (;;) {
    let chosen = -1;
    for (let index = 0; index < next.length; index += 1) {
      const match = next[index];
      if (match && (chosen < 0 || match.index < next[chosen]!.index)) chosen = index;
    }
    if (chosen < 0) break;
    const match = next[chosen]!;
    found.push(match);
    const end = match.index + match[0].length;
    for (let index = 0; index < next.length; index += 1) {
      const other = next[index];
      if (other && (index === chosen || other.index < end)) next[index] = searchFrom(text, branches[index]!, end);
    }
  }
  for (const { pattern } of branches) pattern.lastIndex = 0;
  return found;
}

/**
 * What `text.matchAll(pattern)` gives for `pattern` written with (?<![\p{L}\p{N}]) in front: the matches of the global
 * `pattern` that have no letter or digit just before them, left to right. `pattern` must not match the empty string.
 */
export function wordStartMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  return alternationMatches(text, [{ pattern, before: WORD_START }]);
}

/** What `text.replace(pattern, replace)` gives for the alternation of the branches (see alternationMatches). */
export function replaceMatches(
  text: string,
  branches: readonly Branch[],
  replace: (match: RegExpExecArray) => string,
): string {
  const matches = alternationMatches(text, branches);
  if (matches.length === 0) return text;
  let result = '';
  let last = 0;
  for (const match of matches) {
    result += text.slice(last, match.index) + replace(match);
    last = match.index + match[0].length;
  }
  return result + text.slice(last);
}
