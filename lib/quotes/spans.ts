export interface QuoteSpan {
  /** The quoted words, without the quotation marks. */
  start: number;
  end: number;
  /** The quotation marks themselves. */
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '"': '"' };
const MAX_QUOTE_LENGTH = 4000;
// One- and two-word quotes are names or scare quotes (« Valfajr », "moderate rebels"), not statements.
const MIN_WORDS = 3;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Finds the closing mark for the opener at `open`. A French quote that runs over several paragraphs reopens each
 * paragraph with « and closes only once: an opener right after a line break continues the quote, it does not nest.
 */
function findClose(text: string, open: number, opener: string, closer: string): number {
  let depth = 1;
  const limit = Math.min(text.length, open + MAX_QUOTE_LENGTH);
  for (let index = open + 1; index < limit; index += 1) {
    const char = text[index];
    if (opener !== closer && char === opener) {
      const atParagraphStart = /\n\s*$/.test(text.slice(Math.max(0, index - 8), index));
      if (!atParagraphStart) depth += 1;
    } else if (char === closer) {
      depth -= 1;
      if (depth === 0) return index;
    } else if (opener === closer && char === '\n' && text[index + 1] === '\n' && text[index + 2] !== opener) {
      // A straight quote left open at the end of a paragraph that the next one does not continue.
      return -1;
    }
  }
  return -1;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const opener = text[index]!;
    const closer = PAIRS[opener];
    if (!closer) {
      index += 1;
      continue;
    }
    const close = findClose(text, index, opener, closer);
    if (close < 0) {
      index += 1;
      continue;
    }
    let start = index + 1;
    let end = close;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (wordCount(text.slice(start, end)) >= MIN_WORDS) spans.push({ start, end, open: index, close });
    // Scare quotes inside a kept quote are skipped with it; a skipped scare quote is stepped over whole.
    index = close + 1;
  }
  return spans;
}
