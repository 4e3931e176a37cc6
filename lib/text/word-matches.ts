// A pattern that opens on a lookbehind, (?<![\p{L}\p{N}])words…, cannot be searched by its first letters: V8 then
// tries the whole pattern at every position of the text, about five times slower on an article than the same words
// without it (the event card scans each article with some twenty such patterns). Here the pattern is written without
// the lookbehind and the word start is tested once a match is found: the same matches, found faster.

// Sticky: tests the one position it is set to.
const WORD_START = /(?<![\p{L}\p{N}])/uy;

/** One branch of a search: a global pattern, and whether its match must start a word (see wordStartMatches). */
export interface Branch {
  pattern: RegExp;
  wordStart: boolean;
}

/** The leftmost match of the branch at or after `from`, or null. */
function searchFrom(text: string, { pattern, wordStart }: Branch, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!wordStart) return match;
    WORD_START.lastIndex = match.index;
    if (WORD_START.test(text)) return match;
    // Refused here: the lookbehind would have made the search go on from the next character.
    pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

/**
 * What `text.matchAll` gives for the alternation of the branches, `A|B|…`, where a branch that must start a word
 * stands for its pattern with (?<![\p{L}\p{N}]) in front: left to right, the leftmost match of any branch, the first
 * branch where two start at the same place, the search going on after its end. No branch may match the empty string.
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
  return alternationMatches(text, [{ pattern, wordStart: true }]);
}
