import type { CorpusMatch, Lang } from '../types';
import { tokenise } from '../text/tokens';

export interface CorpusEntry {
  id: string;
  title: string;
  lang: Lang | 'und';
  text: string;
  url?: string;
}

export interface IndexedEntry {
  entry: CorpusEntry;
  entityIds: ReadonlySet<string>;
  terms: ReadonlyMap<string, number>;
  termNorm: number;
}

export interface IndexedCorpus {
  entries: IndexedEntry[];
  /** Rarity of each entity id across the corpus: sharing "Abou Kamal" says more than sharing "Syria". */
  entityWeight: ReadonlyMap<string, number>;
  termWeight: ReadonlyMap<string, number>;
}

// Below this an entry is not shown at all: an unrelated article links to nothing.
export const MATCH_THRESHOLD = 0.22;
const ENTITY_SHARE = 0.75;

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenise(text)) {
    if (token.folded.length < 4) continue;
    counts.set(token.folded, (counts.get(token.folded) ?? 0) + 1);
  }
  return counts;
}

function inverseFrequency<T>(sets: readonly Iterable<T>[]): Map<T, number> {
  const frequency = new Map<T, number>();
  for (const set of sets) for (const key of new Set(set)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const weights = new Map<T, number>();
  for (const [key, count] of frequency) weights.set(key, Math.log(1 + sets.length / count));
  return weights;
}

export function indexCorpus(
  entries: readonly CorpusEntry[],
  entityIdsOf: (entry: CorpusEntry) => Iterable<string>,
): IndexedCorpus {
  const raw = entries.map((entry) => ({ entry, entityIds: new Set(entityIdsOf(entry)), counts: termCounts(entry.text) }));
  const entityWeight = inverseFrequency(raw.map((item) => item.entityIds));
  const termWeight = inverseFrequency(raw.map((item) => item.counts.keys()));
  return {
    entityWeight,
    termWeight,
    entries: raw.map(({ entry, entityIds, counts }) => {
      const terms = weighTerms(counts, termWeight);
      return { entry, entityIds, terms, termNorm: norm(terms) };
    }),
  };
}

function weighTerms(counts: ReadonlyMap<string, number>, termWeight: ReadonlyMap<string, number>): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const [term, count] of counts) weighted.set(term, (1 + Math.log(count)) * (termWeight.get(term) ?? 0));
  return weighted;
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

function entityScore(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: ReadonlyMap<string, number>) {
  // Entities the corpus has never seen weigh like the rarest it knows.
  const maxWeight = Math.max(1, ...weights.values());
  const weightOf = (id: string) => weights.get(id) ?? maxWeight;
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const id of a) totalA += weightOf(id);
  for (const id of b) totalB += weightOf(id);
  const sharedIds: string[] = [];
  for (const id of a) {
    if (b.has(id)) {
      shared += weightOf(id);
      sharedIds.push(id);
    }
  }
  sharedIds.sort((x, y) => weightOf(y) - weightOf(x));
  return { score: totalA && totalB ? shared / Math.sqrt(totalA * totalB) : 0, sharedIds };
}

export interface MatchQuery {
  text: string;
  lang: Lang | 'und';
  entityIds: Iterable<string>;
  /** An entry identical to the query (the page is itself in the corpus) is not its own match. */
  excludeId?: string;
  limit?: number;
}

/** Ranks corpus entries by shared entities weighted by rarity, plus word similarity when both are in one language. */
export function matchCorpus(query: MatchQuery, corpus: IndexedCorpus): CorpusMatch[] {
  const ids = new Set(query.entityIds);
  const terms = weighTerms(termCounts(query.text), corpus.termWeight);
  const termNorm = norm(terms);
  const matches: CorpusMatch[] = [];
  for (const indexed of corpus.entries) {
    if (indexed.entry.id === query.excludeId || indexed.entry.text === query.text) continue;
    const entities = entityScore(ids, indexed.entityIds, corpus.entityWeight);
    let score = entities.score;
    if (indexed.entry.lang === query.lang && termNorm > 0 && indexed.termNorm > 0) {
      let dot = 0;
      for (const [term, weight] of terms) dot += weight * (indexed.terms.get(term) ?? 0);
      score = ENTITY_SHARE * entities.score + (1 - ENTITY_SHARE) * (dot / (termNorm * indexed.termNorm));
    }
    if (score >= MATCH_THRESHOLD && entities.sharedIds.length > 0) {
      matches.push({
        id: indexed.entry.id,
        title: indexed.entry.title,
        lang: indexed.entry.lang,
        score: Math.round(score * 1000) / 1000,
        shared: entities.sharedIds,
      });
    }
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, query.limit ?? 5);
}
