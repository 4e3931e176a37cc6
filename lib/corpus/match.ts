import type { CorpusMatch, Lang } from '../types';
import { tokenise } from '../text/tokens';

export interface CorpusEntry {
  id: string;
  title: string;
  lang: Lang | 'und';
  text: string;
  url?: string;
}

type Vector = ReadonlyMap<string, number>;

export interface IndexedEntry {
  entry: CorpusEntry;
  /** Entities weighted by salience (mentions) and rarity in the corpus; `entityNorm` is its length. */
  entities: Vector;
  entityNorm: number;
  terms: Vector;
  termNorm: number;
}

export interface IndexedCorpus {
  entries: IndexedEntry[];
  /** Rarity of each entity id across the corpus: sharing "Abou Kamal" says more than sharing "Syria". */
  entityWeight: ReadonlyMap<string, number>;
  /** Entities the corpus has never seen weigh like the rarest it knows. */
  unseenEntityWeight: number;
  termWeight: ReadonlyMap<string, number>;
  /** Positions in `entries` of the entries naming each entity: a query only looks at entries it shares names with. */
  byEntity: ReadonlyMap<string, readonly number[]>;
}

// Below this an entry is not shown at all: an unrelated article links to nothing.
export const MATCH_THRESHOLD = 0.15;
const ENTITY_SHARE = 0.75;
const MIN_SHARED = 2;
// Word similarity above this means the reader is on an article that is itself in the corpus.
const SAME_ARTICLE_SIMILARITY = 0.7;

function termCounts(text: string, folded?: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Library entries carry their folded words (see LibraryEntry.folded): splitting them is far cheaper.
  const words = folded !== undefined ? folded.split(' ') : tokenise(text).map((token) => token.folded);
  for (const word of words) {
    if (word.length < 4) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function countIds(ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function inverseFrequency<T>(sets: readonly Iterable<T>[]): Map<T, number> {
  const frequency = new Map<T, number>();
  for (const set of sets) for (const key of new Set(set)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const weights = new Map<T, number>();
  for (const [key, count] of frequency) weights.set(key, Math.log(1 + sets.length / count));
  return weights;
}

/** Sublinear counts times rarity: the usual tf-idf weighting, for words and for entities alike. */
function weigh(
  counts: ReadonlyMap<string, number>,
  weights: ReadonlyMap<string, number>,
  unseen: number,
): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const [key, count] of counts) weighted.set(key, (1 + Math.log(count)) * (weights.get(key) ?? unseen));
  return weighted;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** `entityIdsOf` lists one id per mention, so that frequent entities weigh more. */
export function indexCorpus(
  entries: readonly CorpusEntry[],
  entityIdsOf: (entry: CorpusEntry) => Iterable<string>,
): IndexedCorpus {
  const raw = entries.map((entry) => ({
    entry,
    entities: countIds(entityIdsOf(entry)),
    counts: termCounts(entry.text, (entry as { folded?: string }).folded),
  }));
  const entityWeight = inverseFrequency(raw.map((item) => item.entities.keys()));
  const unseenEntityWeight = Math.max(1, ...entityWeight.values());
  const termWeight = inverseFrequency(raw.map((item) => item.counts.keys()));
  const byEntity = new Map<string, number[]>();
  raw.forEach((item, position) => {
    for (const id of item.entities.keys()) {
      const list = byEntity.get(id);
      if (list) list.push(position);
      else byEntity.set(id, [position]);
    }
  });
  return {
    entityWeight,
    unseenEntityWeight,
    termWeight,
    byEntity,
    entries: raw.map(({ entry, entities, counts }) => {
      const entityVector = weigh(entities, entityWeight, unseenEntityWeight);
      const terms = weigh(counts, termWeight, 0);
      return { entry, entities: entityVector, entityNorm: norm(entityVector), terms, termNorm: norm(terms) };
    }),
  };
}

/**
 * One entity id per mention, as matching wants them. Countries are left out: every article of the corpus names
 * Syria or Iraq, and a sports report that names France is not related to one that does.
 */
export function mentionIds(entities: readonly { id: string; kind: string; mentions: readonly unknown[] }[]): string[] {
  return entities
    .filter((entity) => entity.kind !== 'country')
    .flatMap((entity) => entity.mentions.map(() => entity.id));
}

export interface MatchQuery {
  text: string;
  lang: Lang | 'und';
  /** One id per mention. */
  entityIds: Iterable<string>;
  /** An entry identical to the query (the page is itself in the corpus) is not its own match. */
  excludeId?: string | undefined;
  /** Below this score an entry is left out (default MATCH_THRESHOLD). */
  threshold?: number;
  limit?: number;
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/**
 * Ranks corpus entries by the cosine of their entity profiles (shared entities weighted by rarity), blended with
 * word similarity when both are in one language, so that French and English reports of one event meet.
 */
export function matchCorpus(query: MatchQuery, corpus: IndexedCorpus): CorpusMatch[] {
  const entities = weigh(countIds(query.entityIds), corpus.entityWeight, corpus.unseenEntityWeight);
  const entityNorm = norm(entities);
  const terms = weigh(termCounts(query.text), corpus.termWeight, 0);
  const termNorm = norm(terms);
  const matches: CorpusMatch[] = [];
  if (entityNorm === 0) return matches;
  // Only entries sharing at least MIN_SHARED of the query's entities can match: the lists of those entities say
  // which, so that a 100,000-entry library is not read whole for each page.
  const sharedCount = new Uint16Array(corpus.entries.length);
  const candidates: number[] = [];
  for (const id of entities.keys()) {
    for (const position of corpus.byEntity.get(id) ?? []) {
      sharedCount[position] = sharedCount[position]! + 1;
      if (sharedCount[position] === MIN_SHARED) candidates.push(position);
    }
  }
  candidates.sort((a, b) => a - b);
  for (const position of candidates) {
    const indexed = corpus.entries[position]!;
    if (indexed.entry.id === query.excludeId || indexed.entityNorm === 0) continue;
    const entityScore = dot(entities, indexed.entities) / (entityNorm * indexed.entityNorm);
    if (entityScore === 0) continue;
    let score = entityScore;
    if (indexed.entry.lang === query.lang && termNorm > 0 && indexed.termNorm > 0) {
      const similarity = dot(terms, indexed.terms) / (termNorm * indexed.termNorm);
      // The article the reader is on may itself be in the corpus (saved earlier, or a bundled entry's page).
      if (similarity >= SAME_ARTICLE_SIMILARITY) continue;
      score = ENTITY_SHARE * entityScore + (1 - ENTITY_SHARE) * similarity;
    }
    if (score < (query.threshold ?? MATCH_THRESHOLD)) continue;
    const shared = [...entities.keys()]
      .filter((id) => indexed.entities.has(id))
      .sort((a, b) => entities.get(b)! * indexed.entities.get(b)! - entities.get(a)! * indexed.entities.get(a)!);
    // One name in common (a capital, a much-cited group) is a coincidence, not a related report.
    if (shared.length < MIN_SHARED) continue;
    matches.push({
      id: indexed.entry.id,
      title: indexed.entry.title,
      lang: indexed.entry.lang,
      score: Math.round(score * 1000) / 1000,
      shared,
    });
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, query.limit ?? 5);
}
