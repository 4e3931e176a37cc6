import type { Sentence } from '../text/sentences';
import { tokenise } from '../text/tokens';

export interface SummaryInput {
  sentences: readonly Sentence[];
  /** Entity mention offsets; sentences naming the article's places, groups and sources weigh more. */
  mentionStarts: readonly number[];
  length?: number;
}

const MIN_WORDS = 7;
const MAX_WORDS = 70;

function wordsOf(text: string): string[] {
  return tokenise(text)
    .map((token) => token.folded)
    .filter((word) => word.length > 3);
}

/**
 * Extractive summary: each sentence is scored by its centrality (cosine similarity of its words to the whole
 * article), the entities it names and its position (news puts the essentials first), and the best are returned in
 * reading order. Headlines, captions and one-line furniture are too short to be chosen.
 */
export function summarise({ sentences, mentionStarts, length = 3 }: SummaryInput): string[] {
  const bags = sentences.map((sentence) => wordsOf(sentence.text));
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
  const scored = eligible.map(({ sentence, index, bag }) => {
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
    const entities = mentionStarts.filter((start) => start >= sentence.start && start < sentence.end).length;
    const position = 1 / (1 + index / 4);
    return { sentence, index, score: centrality + 0.08 * Math.min(entities, 4) + 0.25 * position };
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, length)
    .sort((a, b) => a.index - b.index)
    .map(({ sentence }) => sentence.text);
}
