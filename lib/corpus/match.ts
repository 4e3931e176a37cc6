import type { CorpusMatch, Lang } from '../types';
import { tokenise } from '../text/tokens';
import { WordIds } from './word-ids';

export interface CorpusEntry {
  id: string;
  title: string;
  lang: Lang | 'und';
  text: string;
  url?: string;
}

type Vector = ReadonlyMap<string, number>;

/**
 * Corpus entries indexed for matching, as typed arrays: each entry's distinct entities and words (its profile,
 * counts in the order first seen), and the entries naming each entity. At 100,000 entries a Map a profile took
 * gigabytes and most of a minute to build; these take one array a field.
 */
export interface IndexedCorpus {
  entries: readonly CorpusEntry[];
  /** Entity ids; rarity of each across the corpus: sharing "Abou Kamal" says more than sharing "Syria". */
  entityIds: readonly string[];
  entityIdOf: ReadonlyMap<string, number>;
  entityWeight: Float64Array;
  /** Entities the corpus has never seen weigh like the rarest it knows. */
  unseenEntityWeight: number;
  /** entityOf.subarray(entityStart[p], entityStart[p + 1]): the entity ids of entry p, entityCount their mentions. */
  entityStart: Int32Array;
  entityOf: Int32Array;
  entityCount: Uint16Array;
  entityNorm: Float64Array;
  /** For each entity id (entityAt[id] to entityAt[id + 1]): the entries naming it, ascending, and its mentions there. */
  entityAt: Int32Array;
  entityEntries: Int32Array;
  entityEntryCount: Uint16Array;
  /** Words of four letters or more, the same way: their ids, rarity, and each entry's words and counts. */
  termIdOf: ReadonlyMap<string, number>;
  termWeight: Float64Array;
  termStart: Int32Array;
  termOf: Int32Array;
  termCount: Uint16Array;
  termNorm: Float64Array;
}

/** A profile's field as an entry holds it: its distinct ids (in the order first seen) and their counts. */
interface Profiles {
  start: Int32Array;
  of: Int32Array;
  count: Uint16Array;
}

// Below this an entry is not shown at all: an unrelated article links to nothing.
export const MATCH_THRESHOLD = 0.15;
const ENTITY_SHARE = 0.75;
const MIN_SHARED = 2;
// Word similarity above this means the reader is on an article that is itself in the corpus.
const SAME_ARTICLE_SIMILARITY = 0.7;
// Candidates are read by steps of bound this fine (finer than the thousandth scores are kept to).
const BOUND_STEPS = 4096;
const stepOf = (bound: number) => Math.min(BOUND_STEPS, Math.floor(bound * BOUND_STEPS));
const MIN_TERM = 4;
const MAX_COUNT = 0xffff;

/** The words of an entry or a query: its folded words when the entry carries them (far cheaper than tokenising). */
function wordsOf(text: string, folded?: string): string {
  return (
    folded ??
    tokenise(text)
      .map((token) => token.folded)
      .join(' ')
  );
}

function termCounts(text: string, folded?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordsOf(text, folded).split(' ')) {
    if (word.length < MIN_TERM) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function countIds(ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

// Sublinear counts, 1 + log(count) (the tf of tf-idf), looked up: matching reads one for each entry naming an
// entity of the page, and each word of the entries it compares.
const TF = Float64Array.from({ length: MAX_COUNT + 1 }, (_, count) => 1 + Math.log(count));
const tf = (count: number) => TF[count]!;

/** Sublinear counts times rarity: the usual tf-idf weighting, for words and for entities alike. */
function weigh(counts: ReadonlyMap<string, number>, weightOf: (key: string) => number): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const [key, count] of counts) weighted.set(key, tf(count) * weightOf(key));
  return weighted;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Grows a typed array (doubling) to hold `size` items. */
function room<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

/** Each entry's distinct ids and their counts, in the order first seen (ids: one a mention or word). */
function profiles(count: number, idsOf: (position: number, ids: number[]) => void, idCount: () => number): Profiles {
  const start = new Int32Array(count + 1);
  let of = new Int32Array(1 << 16);
  let counts = new Uint16Array(1 << 16);
  let slotOf = new Int32Array(1 << 12).fill(-1);
  let size = 0;
  const ids: number[] = [];
  for (let position = 0; position < count; position += 1) {
    ids.length = 0;
    idsOf(position, ids);
    slotOf = room(slotOf, idCount());
    of = room(of, size + ids.length);
    counts = room(counts, size + ids.length);
    const first = size;
    for (const id of ids) {
      const slot = slotOf[id]!;
      if (slot >= first && of[slot] === id) {
        if (counts[slot]! < MAX_COUNT) counts[slot] = counts[slot]! + 1;
        continue;
      }
      slotOf[id] = size;
      of[size] = id;
      counts[size] = 1;
      size += 1;
    }
    start[position + 1] = size;
  }
  return { start, of: of.slice(0, size), count: counts.slice(0, size) };
}

/** Rarity of each id across `entries` entries: log(1 + entries / entries holding it). */
function rarity(profile: Profiles, ids: number, entries: number): Float64Array {
  const holding = new Int32Array(ids);
  for (const id of profile.of) holding[id] = holding[id]! + 1;
  return Float64Array.from(holding, (count) => Math.log(1 + entries / count));
}

/** The length of each entry's weighted profile. */
function norms(profile: Profiles, weight: Float64Array): Float64Array {
  const result = new Float64Array(profile.start.length - 1);
  for (let position = 0; position < result.length; position += 1) {
    let sum = 0;
    for (let at = profile.start[position]!; at < profile.start[position + 1]!; at += 1) {
      const value = tf(profile.count[at]!) * weight[profile.of[at]!]!;
      sum += value * value;
    }
    result[position] = Math.sqrt(sum);
  }
  return result;
}

/**
 * `entityIdsOf` lists one id per mention, so that frequent entities weigh more. An entry's words are its folded
 * words when `folded` (by position) or the entry carries them, else its text's.
 */
export function indexCorpus(
  entries: readonly CorpusEntry[],
  entityIdsOf: (entry: CorpusEntry) => Iterable<string>,
  folded: readonly (string | undefined)[] = [],
): IndexedCorpus {
  const entityIdOf = new Map<string, number>();
  const entityIds: string[] = [];
  const entities = profiles(
    entries.length,
    (position, ids) => {
      for (const key of entityIdsOf(entries[position]!)) {
        let id = entityIdOf.get(key);
        if (id === undefined) {
          id = entityIds.push(key) - 1;
          entityIdOf.set(key, id);
        }
        ids.push(id);
      }
    },
    () => entityIds.length,
  );
  const words = new WordIds();
  const terms = profiles(
    entries.length,
    (position, ids) => {
      const entry = entries[position]! as CorpusEntry & { folded?: string };
      words.idsOf(wordsOf(entry.text, folded[position] ?? entry.folded), ids);
      let kept = 0;
      for (const id of ids) if (words.words[id]!.length >= MIN_TERM) ids[kept++] = id;
      ids.length = kept;
    },
    () => words.words.length,
  );
  const entityWeight = rarity(entities, entityIds.length, entries.length);
  const termWeight = rarity(terms, words.words.length, entries.length);
  // Words under four letters have ids too (the word table sees every word): they are in no profile, weigh nothing.
  let unseenEntityWeight = 1;
  for (const weight of entityWeight) unseenEntityWeight = Math.max(unseenEntityWeight, weight);
  // The entries naming each entity, laid out entity by entity.
  const entityAt = new Int32Array(entityIds.length + 1);
  for (const id of entities.of) entityAt[id + 1] = entityAt[id + 1]! + 1;
  for (let id = 0; id < entityIds.length; id += 1) entityAt[id + 1] = entityAt[id + 1]! + entityAt[id]!;
  const fill = entityAt.slice(0, entityIds.length);
  const entityEntries = new Int32Array(entities.of.length);
  const entityEntryCount = new Uint16Array(entities.of.length);
  for (let position = 0; position < entries.length; position += 1)
    for (let at = entities.start[position]!; at < entities.start[position + 1]!; at += 1) {
      const id = entities.of[at]!;
      entityEntries[fill[id]!] = position;
      entityEntryCount[fill[id]!] = entities.count[at]!;
      fill[id] = fill[id]! + 1;
    }
  return {
    entries,
    entityIds,
    entityIdOf,
    entityWeight,
    unseenEntityWeight,
    entityStart: entities.start,
    entityOf: entities.of,
    entityCount: entities.count,
    entityNorm: norms(entities, entityWeight),
    entityAt,
    entityEntries,
    entityEntryCount,
    termIdOf: new Map(words.words.map((word, id) => [word, id])),
    termWeight,
    termStart: terms.start,
    termOf: terms.of,
    termCount: terms.count,
    termNorm: norms(terms, termWeight),
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

/** The entity's weight in entry `position`'s profile (0 when the entry does not name it). */
export function entityWeightIn(corpus: IndexedCorpus, position: number, entityId: string): number {
  const id = corpus.entityIdOf.get(entityId);
  if (id === undefined) return 0;
  for (let at = corpus.entityStart[position]!; at < corpus.entityStart[position + 1]!; at += 1)
    if (corpus.entityOf[at] === id) return tf(corpus.entityCount[at]!) * corpus.entityWeight[id]!;
  return 0;
}

/**
 * Ranks corpus entries by the cosine of their entity profiles (shared entities weighted by rarity), blended with
 * word similarity when both are in one language, so that French and English reports of one event meet.
 */
export function matchCorpus(query: MatchQuery, corpus: IndexedCorpus): CorpusMatch[] {
  const entityWeightOf = (key: string) => {
    const id = corpus.entityIdOf.get(key);
    return id === undefined ? corpus.unseenEntityWeight : corpus.entityWeight[id]!;
  };
  const entities = weigh(countIds(query.entityIds), entityWeightOf);
  const entityNorm = norm(entities);
  const terms = weigh(termCounts(query.text), (key) => {
    const id = corpus.termIdOf.get(key);
    return id === undefined ? 0 : corpus.termWeight[id]!;
  });
  const termNorm = norm(terms);
  const matches: (CorpusMatch & { position: number })[] = [];
  if (entityNorm === 0) return matches;
  const limit = query.limit ?? 5;
  const threshold = query.threshold ?? MATCH_THRESHOLD;
  // Only entries sharing at least MIN_SHARED of the query's entities can match: the lists of those entities say
  // which, and give each entry's entity dot product as they are read (the same sums, in the same order, as a dot
  // over the entry's own profile), so that a 100,000-entry library is not read whole for each page.
  const scratch = scratchOf(corpus);
  const { sharedCount, entityDot, bounds, entryTermWeight } = scratch;
  const candidates: number[] = [];
  for (const [key, weight] of entities) {
    const id = corpus.entityIdOf.get(key);
    if (id === undefined) continue;
    const entityWeight = corpus.entityWeight[id]!;
    for (let at = corpus.entityAt[id]!; at < corpus.entityAt[id + 1]!; at += 1) {
      const position = corpus.entityEntries[at]!;
      entityDot[position] = entityDot[position]! + weight * (tf(corpus.entityEntryCount[at]!) * entityWeight);
      sharedCount[position] = sharedCount[position]! + 1;
      if (sharedCount[position] === MIN_SHARED) candidates.push(position);
    }
  }
  // The best a candidate can score: its entity score alone, or blended with a word similarity under
  // SAME_ARTICLE_SIMILARITY (above it the entry is the page itself and left out). Candidates are read by steps of
  // bound, best first (laid out step by step in two passes: most are never read, none is sorted), and reading stops
  // once no bound can reach the `limit`-th score found. An entry left unread scores under that score, so that the
  // best `limit` are those a full read gives.
  const entityScoreOf = (position: number) => entityDot[position]! / (entityNorm * corpus.entityNorm[position]!);
  const { perStep, stepStart, next } = scratch;
  for (const position of candidates) {
    const entityScore = entityScoreOf(position);
    const bound = Math.max(entityScore, ENTITY_SHARE * entityScore + (1 - ENTITY_SHARE) * SAME_ARTICLE_SIMILARITY);
    bounds[position] = bound;
    if (bound >= threshold) perStep[stepOf(bound)] = perStep[stepOf(bound)]! + 1;
  }
  for (let step = BOUND_STEPS; step >= 0; step -= 1) {
    stepStart[step] = stepStart[step + 1]! + perStep[step]!;
    next[step] = stepStart[step + 1]!;
  }
  // Step s holds byStep[stepStart[s + 1]] to byStep[stepStart[s] - 1].
  const byStep = new Int32Array(stepStart[0]!);
  for (const position of candidates) {
    const bound = bounds[position]!;
    if (bound < threshold) continue;
    const step = stepOf(bound);
    byStep[next[step]!] = position;
    next[step] = next[step]! + 1;
  }
  // The query's known words (by id) with their weights, and a mark of each evaluated entry's words.
  const queryTerms: { id: number; weight: number }[] = [];
  for (const [key, weight] of terms) {
    const id = corpus.termIdOf.get(key);
    if (id !== undefined) queryTerms.push({ id, weight });
  }
  const best: number[] = [];
  // Scores are kept to a thousandth: a bound a thousandth under the limit-th best can still tie it.
  const beyondReach = (bound: number) => best.length >= limit && bound + 0.001 < best[limit - 1]!;
  for (let at = 0; at < byStep.length; at += 1) {
    const position = byStep[at]!;
    if (beyondReach((stepOf(bounds[position]!) + 1) / BOUND_STEPS)) break;
    if (beyondReach(bounds[position]!)) continue;
    const entry = corpus.entries[position]!;
    if (entry.id === query.excludeId || corpus.entityNorm[position] === 0) continue;
    const entityScore = entityScoreOf(position);
    if (entityScore === 0) continue;
    let score = entityScore;
    if (entry.lang === query.lang && termNorm > 0 && corpus.termNorm[position]! > 0) {
      const similarity =
        termDot(corpus, position, queryTerms, entryTermWeight) / (termNorm * corpus.termNorm[position]!);
      // The article the reader is on may itself be in the corpus (saved earlier, or a bundled entry's page).
      if (similarity >= SAME_ARTICLE_SIMILARITY) continue;
      score = ENTITY_SHARE * entityScore + (1 - ENTITY_SHARE) * similarity;
    }
    if (score < threshold) continue;
    // The entities in common, in the query's order, then by their share of the score.
    const share = new Map<string, number>();
    for (let at = corpus.entityStart[position]!; at < corpus.entityStart[position + 1]!; at += 1) {
      const id = corpus.entityOf[at]!;
      const key = corpus.entityIds[id]!;
      const weight = entities.get(key);
      if (weight !== undefined) share.set(key, weight * (tf(corpus.entityCount[at]!) * corpus.entityWeight[id]!));
    }
    const shared = [...entities.keys()].filter((key) => share.has(key)).sort((a, b) => share.get(b)! - share.get(a)!);
    // One name in common (a capital, a much-cited group) is a coincidence, not a related report.
    if (shared.length < MIN_SHARED) continue;
    const rounded = Math.round(score * 1000) / 1000;
    matches.push({ id: entry.id, title: entry.title, lang: entry.lang, score: rounded, shared, position });
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

interface Scratch {
  sharedCount: Uint16Array;
  entityDot: Float64Array;
  bounds: Float64Array;
  /** Zero after each use (termDot clears what it sets). */
  entryTermWeight: Float64Array;
  /** Candidates a step of bound; where each step starts (and is filled to) in the candidates laid out by step. */
  perStep: Int32Array;
  stepStart: Int32Array;
  next: Int32Array;
}

const scratches = new WeakMap<IndexedCorpus, Scratch>();

/** The corpus's per-entry arrays for one match, zeroed: kept apart, so that a match allocates none of them. */
function scratchOf(corpus: IndexedCorpus): Scratch {
  let scratch = scratches.get(corpus);
  if (!scratch) {
    const total = corpus.entries.length;
    scratch = {
      sharedCount: new Uint16Array(total),
      entityDot: new Float64Array(total),
      bounds: new Float64Array(total),
      entryTermWeight: new Float64Array(corpus.termWeight.length),
      perStep: new Int32Array(BOUND_STEPS + 1),
      // stepStart[BOUND_STEPS + 1] stays 0: nothing starts above the last step.
      stepStart: new Int32Array(BOUND_STEPS + 2),
      next: new Int32Array(BOUND_STEPS + 1),
    };
    scratches.set(corpus, scratch);
  } else {
    scratch.sharedCount.fill(0);
    scratch.entityDot.fill(0);
    scratch.perStep.fill(0);
  }
  return scratch;
}

/**
 * The dot product of the query's words with entry `position`'s, summed in the query's order: the entry's weights
 * are laid out by word id in `scratch` (and cleared after), so that each query word is one read.
 */
function termDot(
  corpus: IndexedCorpus,
  position: number,
  queryTerms: readonly { id: number; weight: number }[],
  scratch: Float64Array,
): number {
  const from = corpus.termStart[position]!;
  const to = corpus.termStart[position + 1]!;
  for (let at = from; at < to; at += 1) {
    const id = corpus.termOf[at]!;
    scratch[id] = tf(corpus.termCount[at]!) * corpus.termWeight[id]!;
  }
  let sum = 0;
  for (const { id, weight } of queryTerms) {
    const other = scratch[id]!;
    if (other !== 0) sum += weight * other;
  }
  for (let at = from; at < to; at += 1) scratch[corpus.termOf[at]!] = 0;
  return sum;
}
