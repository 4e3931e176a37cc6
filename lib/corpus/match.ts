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
  byEntity: ReadonlyMap<string, { positions: number[]; weights: number[] }>;
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
  const indexed = raw.map(({ entry, entities, counts }) => {
    const entityVector = weigh(entities, entityWeight, unseenEntityWeight);
    const terms = weigh(counts, termWeight, 0);
    return { entry, entities: entityVector, entityNorm: norm(entityVector), terms, termNorm: norm(terms) };
  });
  const byEntity = new Map<string, { positions: number[]; weights: number[] }>();
  indexed.forEach((item, position) => {
    for (const [id, weight] of item.entities) {
      let list = byEntity.get(id);
      if (!list) byEntity.set(id, (list = { positions: [], weights: [] }));
      list.positions.push(position);
      list.weights.push(weight);
    }
  });
  return { entityWeight, unseenEntityWeight, termWeight, byEntity, entries: indexed };
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
  const matches: (CorpusMatch & { position: number })[] = [];
  if (entityNorm === 0) return matches;
  const limit = query.limit ?? 5;
  const threshold = query.threshold ?? MATCH_THRESHOLD;
  // Only entries sharing at least MIN_SHARED of the query's entities can match: the lists of those entities say
  // which, and give each entry's entity dot product as they are read (the same sums, in the same order, as a dot
  // over the entry's own vector), so that a 100,000-entry library is not read whole for each page.
  const total = corpus.entries.length;
  const sharedCount = new Uint16Array(total);
  const entityDot = new Float64Array(total);
  const candidates: number[] = [];
  for (const [id, weight] of entities) {
    const list = corpus.byEntity.get(id);
    if (!list) continue;
    list.positions.forEach((position, at) => {
      entityDot[position] = entityDot[position]! + weight * list.weights[at]!;
      sharedCount[position] = sharedCount[position]! + 1;
      if (sharedCount[position] === MIN_SHARED) candidates.push(position);
    });
  }
  // The best a candidate can score: its entity score alone, or blended with a word similarity under
  // SAME_ARTICLE_SIMILARITY (above it the entry is the page itself and left out). Candidates are read best bound
  // first, and reading stops once no bound can reach the `limit`-th score found.
  const entityScoreOf = (position: number) =>
    entityDot[position]! / (entityNorm * corpus.entries[position]!.entityNorm);
  const bound = (position: number) => {
    const entityScore = entityScoreOf(position);
    return Math.max(entityScore, ENTITY_SHARE * entityScore + (1 - ENTITY_SHARE) * SAME_ARTICLE_SIMILARITY);
  };
  const bounds = new Float64Array(total);
  for (const position of candidates) bounds[position] = bound(position);
  candidates.sort((a, b) => bounds[b]! - bounds[a]! || a - b);
  const best: number[] = [];
  for (const position of candidates) {
    const reachable = bounds[position]!;
    if (reachable < threshold) break;
    // Scores are kept to a thousandth: a bound a thousandth under the limit-th best can still tie it.
    if (best.length >= limit && reachable + 0.001 < best[limit - 1]!) break;
    const indexed = corpus.entries[position]!;
    if (indexed.entry.id === query.excludeId || indexed.entityNorm === 0) continue;
    const entityScore = entityScoreOf(position);
    if (entityScore === 0) continue;
    let score = entityScore;
    if (indexed.entry.lang === query.lang && termNorm > 0 && indexed.termNorm > 0) {
      const similarity = dot(terms, indexed.terms) / (termNorm * indexed.termNorm);
      // The article the reader is on may itself be in the corpus (saved earlier, or a bundled entry's page).
      if (similarity >= SAME_ARTICLE_SIMILARITY) continue;
      score = ENTITY_SHARE * entityScore + (1 - ENTITY_SHARE) * similarity;
    }
    if (score < threshold) continue;
    const shared = [...entities.keys()]
      .filter((id) => indexed.entities.has(id))
      .sort((a, b) => entities.get(b)! * indexed.entities.get(b)! - entities.get(a)! * indexed.entities.get(a)!);
    // One name in common (a capital, a much-cited group) is a coincidence, not a related report.
    if (shared.length < MIN_SHARED) continue;
    const rounded = Math.round(score * 1000) / 1000;
    matches.push({
      id: indexed.entry.id,
      title: indexed.entry.title,
      lang: indexed.entry.lang,
      score: rounded,
      shared,
      position,
    });
    best.push(rounded);
    best.sort((a, b) => b - a);
    if (best.length > limit) best.length = limit;
  }
  // Best first; equal scores in the library's order, as a full read would give them.
  return matches
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, limit)
    .map(({ position: _position, ...match }) => match);
}
