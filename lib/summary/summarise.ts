import type { Sentence } from '../text/sentences';
import { tokenise, type Token } from '../text/tokens';
import { runToEnd } from '../steps';

export interface SummaryInput {
  sentences: readonly Sentence[];
  /** Entity mention offsets; sentences naming the article's places, groups and sources weigh more. */
  mentionStarts: readonly number[];
  length?: number;
  /**
   * The text's tokens in order (tokenise), when the caller has them: a sentence's words are then read from those
   * within it instead of tokenising the sentence again.
   */
  tokens?: readonly Token[];
}

const MIN_WORDS = 7;
const MAX_WORDS = 70;

const LONG_ENOUGH = (word: string) => word.length > 3;

function wordsOf(text: string): string[] {
  return tokenise(text)
    .map((token) => token.folded)
    .filter(LONG_ENOUGH);
}

/** The index of the first token starting at or after `offset`. */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The words of the sentence, from the text's tokens within it. */
function wordsWithin(tokens: readonly Token[], sentence: Sentence): string[] {
  const words: string[] = [];
  for (let index = firstTokenFrom(tokens, sentence.start); index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.end > sentence.end) break;
    if (LONG_ENOUGH(token.folded)) words.push(token.folded);
  }
  return words;
}

/**
 * Extractive summary: each sentence is scored by its centrality (cosine similarity of its words to the whole
 * article), the entities it names and its position (news puts the essentials first), and the best are returned in
 * reading order. Headlines, captions and one-line furniture are too short to be chosen.
 */
export function summarise(input: SummaryInput): string[] {
  return runToEnd(summariseSteps(input));
}

/** How many sentences are read between two yields of summariseSteps. */
const SENTENCES_PER_STEP = 150;

/** The number of sorted offsets in [start, end). */
function countBetween(sorted: readonly number[], start: number, end: number): number {
  const firstAtOrAfter = (value: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return firstAtOrAfter(end) - firstAtOrAfter(start);
}

/** `summarise` as a generator that yields every few hundred sentences, for long pages read in slices. */
export function* summariseSteps({
  sentences,
  mentionStarts,
  length = 3,
  tokens,
}: SummaryInput): Generator<void, string[], void> {
  const bags: string[][] = [];
  for (const sentence of sentences) {
    if (bags.length % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    bags.push(tokens ? wordsWithin(tokens, sentence) : wordsOf(sentence.text));
  }
  const sortedStarts = [...mentionStarts].sort((a, b) => a - b);
  const documentFrequency = new Map<string, number>();
  for (const bag of bags)
    for (const word of new Set(bag)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const centroid = new Map<string, number>();
  for (const bag of bags) for (const word of bag) centroid.set(word, (centroid.get(word) ?? 0) + 1);
  const centroidNorm = Math.sqrt([...centroid.values()].reduce((sum, count) => sum + count * count, 0)) || 1;

  const eligible = sentences
    .map((sentence, index) => ({ sentence, index, bag: bags[index]! }))
    .filter(({ sentence }) => {
      const words = sentence.text.split(/\s+/).length;
      return words >= MIN_WORDS && words <= MAX_WORDS;
    });
  const scored: { sentence: Sentence; index: number; score: number }[] = [];
  for (const { sentence, index, bag } of eligible) {
    if (scored.length % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    const counts = new Map<string, number>();
    for (const word of bag) counts.set(word, (counts.get(word) ?? 0) + 1);
    let dot = 0;
    let norm = 0;
    for (const [word, count] of counts) {
      const weight = count * Math.log(1 + sentences.length / (documentFrequency.get(word) ?? 1));
      dot += weight * (centroid.get(word) ?? 0);
      norm += weight * weight;
    }
    const centrality = dot / ((Math.sqrt(norm) || 1) * centroidNorm);
    const entities = countBetween(sortedStarts, sentence.start, sentence.end);
    const position = 1 / (1 + index / 4);
    scored.push({ sentence, index, score: centrality + 0.08 * Math.min(entities, 4) + 0.25 * position });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, length)
    .sort((a, b) => a.index - b.index)
    .map(({ sentence }) => sentence.text);
}
