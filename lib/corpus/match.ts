import type { CorpusMatch, EntityResult, Lang } from '../types';
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
  /** How often the entry names each entity: an entity named five times is more what it is about. */
  entities: ReadonlyMap<string, number>;
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
export const MATCH_THRESHOLD = 0.15;
const ENTITY_SHARE = 0.75;
const SAME_ARTICLE_SIMILARITY = 0.7;

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

function countIds(ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** `entityIdsOf` lists one id per mention, so that frequent entities weigh more. */
export function indexCorpus(
  entries: readonly CorpusEntry[],
  entityIdsOf: (entry: CorpusEntry) => Iterable<string>,
): IndexedCorpus {
  const raw = entries.map((entry) => ({
    entry,
    entities: countIds(entityIdsOf(entry)),
    counts: termCounts(entry.text),
  }));
  const entityWeight = inverseFrequency(raw.map((item) => item.entities.keys()));
  const termWeight = inverseFrequency(raw.map((item) => item.counts.keys()));
  return {
    entityWeight,
    termWeight,
    entries: raw.map(({ entry, entities, counts }) => {
      const terms = weighTerms(counts, termWeight);
      return { entry, entities, terms, termNorm: norm(terms) };
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

/** Cosine similarity of the two articles' entity profiles, each entity weighted by salience and rarity. */
function entityScore(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  weights: ReadonlyMap<string, number>,
) {
  // Entities the corpus has never seen weigh like the rarest it knows.
  const maxWeight = Math.max(1, ...weights.values());
  const vectorOf = (counts: ReadonlyMap<string, number>) => {
    const vector = new Map<string, number>();
    for (const [id, count] of counts) vector.set(id, (1 + Math.log(count)) * (weights.get(id) ?? maxWeight));
    return vector;
  };
  const va = vectorOf(a);
  const vb = vectorOf(b);
  let dot = 0;
  const shared: { id: string; weight: number }[] = [];
  for (const [id, weight] of va) {
    const other = vb.get(id);
    if (other === undefined) continue;
    dot += weight * other;
    shared.push({ id, weight: weight * other });
  }
  const denominator = norm(va) * norm(vb);
  shared.sort((x, y) => y.weight - x.weight);
  return { score: denominator ? dot / denominator : 0, sharedIds: shared.map((item) => item.id) };
}

/** One entity id per mention, as matching wants them. */
export function mentionIds(entities: readonly EntityResult[]): string[] {
  return entities.flatMap((entity) => entity.mentions.map(() => entity.id));
}

export interface MatchQuery {
  text: string;
  lang: Lang | 'und';
  /** One id per mention. */
  entityIds: Iterable<string>;
  /** An entry identical to the query (the page is itself in the corpus) is not its own match. */
  excludeId?: string;
  limit?: number;
}

/** Ranks corpus entries by shared entities weighted by rarity, plus word similarity when both are in one language. */
export function matchCorpus(query: MatchQuery, corpus: IndexedCorpus): CorpusMatch[] {
  const ids = countIds(query.entityIds);
  const terms = weighTerms(termCounts(query.text), corpus.termWeight);
  const termNorm = norm(terms);
  const matches: CorpusMatch[] = [];
  for (const indexed of corpus.entries) {
    if (indexed.entry.id === query.excludeId || indexed.entry.text === query.text) continue;
    const entities = entityScore(ids, indexed.entities, corpus.entityWeight);
    let score = entities.score;
    if (indexed.entry.lang === query.lang && termNorm > 0 && indexed.termNorm > 0) {
      let dot = 0;
      for (const [term, weight] of terms) dot += weight * (indexed.terms.get(term) ?? 0);
      const similarity = dot / (termNorm * indexed.termNorm);
      // The article the reader is on may itself be in the corpus (saved earlier, or a bundled entry's page).
      if (similarity >= SAME_ARTICLE_SIMILARITY) continue;
      score = ENTITY_SHARE * entities.score + (1 - ENTITY_SHARE) * similarity;
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
