// `npm run bench` section "scale": a SYNTHETIC library of 100,000 entries recombined from the FA-KES development
// articles (and, for French, the bundled corpus's French articles), searched by the library's own search and by
// MiniSearch and FlexSearch on the same entries in the same run, plus related-entries matching for one article.
import { loadavg } from 'node:os';
import { serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { indexEntries } from '../lib/corpus/mentions';
import { defaultAutomaton } from '../lib/analyse/recogniser';
import { bundledCorpus } from '../lib/corpus/bundled';
import type { LibraryEntry } from '../lib/corpus/library';
import { matchCorpus, mentionIds } from '../lib/corpus/match';
import {
  addToSearchIndex,
  foldedWords,
  indexForSearch,
  loadSearchIndex,
  rankEntries,
  searchEntries,
  searchIndexData,
} from '../lib/corpus/search';
import { analyse } from '../lib/analyse/analyse';
import { isLinked, recogniseMentions } from '../lib/recognise/recognise';
import { expectedRankings, rankingCorpus } from './support/search-ranking-set';
import { fakesArticles, scaleFixture } from './support/scale-fixture';
import { percentile, round } from './support/stats';

type Report = (name: string, values: Record<string, number | string>) => void;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/** The 50 fixed queries: 15 titles, 15 English and 10 French entity names, 10 misspelt transliterations. */
export function scaleQueries(fakes: readonly { title: string }[]): string[] {
  const titles = Array.from({ length: 15 }, (_, index) => fakes[(index * 31) % fakes.length]!.title);
  const english = [
    'Raqqa',
    'Deir ez-Zor',
    'Aleppo',
    'Douma',
    'Palmyra',
    'Idlib',
    'Homs',
    'Hezbollah',
    'Free Syrian Army',
    'Jabhat al-Nusra',
    'Syrian Observatory for Human Rights',
    'Islamic State',
    'Eastern Ghouta',
    'Kurdish YPG',
    'Abu Kamal',
  ];
  const french = [
    'Alep',
    'Palmyre',
    'Idleb',
    'Etat islamique',
    "Observatoire syrien des droits de l'homme",
    'Boukamal',
    'Mayadine',
    'armée syrienne',
    'Ghouta orientale',
    'Damas',
  ];
  const misspelt = [
    'Rakka',
    'Deir Ezzor',
    'Dayr az Zawr',
    'Albu Kamal',
    'Hizbollah',
    'Deraa',
    'Duma',
    'Tadmur',
    'Qusair',
    'Jabhat al Nosra',
  ];
  return [...titles, ...english, ...french, ...misspelt];
}

export function queryEntities(query: string): string[] {
  return [
    ...new Set(
      recogniseMentions(query, defaultAutomaton())
        .filter((mention) => isLinked(mention.entity))
        .map((mention) => mention.entity.id),
    ),
  ];
}

/** A search engine over library entries: built once, asked for ids best first. */
interface Engine {
  name: string;
  build: (entries: readonly LibraryEntry[]) => (query: string) => string[];
}

/** Answers ranked a search: FlexSearch's `limit`, and the library's first pages (60 each). */
const RANKED = 100;

// The targets at 100,000 entries (printed against the figures; the bench does not fail on them).
const TARGET_SEARCH_P95_MS = 50;
const TARGET_MATCH_MS = 20;

const foldQuery = (query: string) => foldedWords(query).trim();

const engines: Engine[] = [
  {
    // As the library page asks it: the first answers ranked (as many as FlexSearch is asked for), all counted.
    name: 'repere',
    build: (entries) => {
      const index = indexForSearch(entries);
      return (query) =>
        rankEntries(index, query, {}, queryEntities(query), { limit: RANKED }).entries.map((entry) => entry.id);
    },
  },
  {
    // BM25 with prefix and fuzzy matching, on the same folded words (Abou/Abu, Raqqa/Raqa fold alike for all three).
    name: 'minisearch',
    build: (entries) => {
      const mini = new MiniSearch<LibraryEntry>({
        fields: ['title', 'folded'],
        extractField: (entry, field) =>
          field === 'title' ? foldedWords(entry.title) : String((entry as unknown as Record<string, unknown>)[field]),
        tokenize: (text) => text.split(' ').filter(Boolean),
        processTerm: (term) => term,
        searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
      });
      mini.addAll(entries as LibraryEntry[]);
      return (query) => mini.search(foldQuery(query)).map((result) => String(result.id));
    },
  },
  {
    // Forward (prefix) tokenisation, the title's words first so that they rank first; suggest keeps partial answers.
    name: 'flexsearch',
    build: (entries) => {
      const flex = new FlexIndex({ tokenize: 'forward', encode: (text: string) => text.split(' ').filter(Boolean) });
      entries.forEach((entry, position) => flex.add(position, `${foldedWords(entry.title)}${entry.folded}`));
      return (query) =>
        (flex.search(foldQuery(query), { limit: RANKED, suggest: true }) as number[]).map(
          (position) => entries[position]!.id,
        );
    },
  },
];

/** nDCG of a ranking against the expected order (graded: the first expected is the most relevant), with extras. */
function ndcg(found: readonly string[], expected: readonly string[]): number {
  if (expected.length === 0) return found.length === 0 ? 1 : 0;
  const gain = (id: string) => {
    const at = expected.indexOf(id);
    return at < 0 ? 0 : expected.length - at;
  };
  const dcg = (ids: readonly string[]) => ids.reduce((sum, id, rank) => sum + gain(id) / Math.log2(rank + 2), 0);
  // Entries that should not come back count against the ranking as much as a missing one.
  const extras = found.filter((id) => !expected.includes(id)).length;
  return Math.max(0, dcg(found.slice(0, expected.length)) / dcg(expected) - extras / (expected.length + extras));
}

export function benchScale(report: Report, size: number): void {
  const fakes = fakesArticles();
  let start = performance.now();
  const entries = scaleFixture(size, fakes);
  const fixtureMs = performance.now() - start;
  report('scale-fixture', {
    note: 'SYNTHETIC: FA-KES dev paragraphs recombined (English), bundled French articles recombined (French)',
    entries: entries.length,
    french: entries.filter((entry) => entry.lang === 'fr').length,
    firstDate: entries.reduce((min, entry) => (entry.date! < min ? entry.date! : min), '9999'),
    lastDate: entries.reduce((max, entry) => (entry.date! > max ? entry.date! : max), ''),
    buildMs: Math.round(fixtureMs),
  });

  const queries = scaleQueries(fakes);
  const figures = new Map<string, { p95: number; ndcg: number }>();
  // SCALE_ENGINES=repere,flexsearch runs only those (MiniSearch takes minutes to index 100,000 entries).
  const chosen = process.env.SCALE_ENGINES?.split(',');
  for (const engine of engines.filter((item) => !chosen || chosen.includes(item.name))) {
    const before = heapMb();
    start = performance.now();
    let search: ((query: string) => string[]) | null = engine.build(entries);
    const buildMs = performance.now() - start;
    const indexMb = heapMb() - before;
    for (const query of queries.slice(0, 5)) search(query); // warm-up
    const samples: number[] = [];
    let answered = 0;
    for (const query of queries) {
      const begin = performance.now();
      const found = search(query);
      samples.push(performance.now() - begin);
      if (found.length > 0) answered += 1;
    }
    // Quality on the ranked-relevance set: the same engine built on its eight invented entries.
    const small = engine.build(rankingCorpus);
    const quality = expectedRankings.map(({ query, expected }) => ndcg(small(query), expected));
    const rankingNdcg = round(quality.reduce((sum, value) => sum + value, 0) / quality.length);
    figures.set(engine.name, { p95: percentile(samples, 0.95), ndcg: rankingNdcg });
    report(`scale-search-${engine.name}`, {
      entries: entries.length,
      queries: queries.length,
      answered,
      buildMs: Math.round(buildMs),
      indexMb: round(indexMb),
      p50Ms: round(percentile(samples, 0.5)),
      p95Ms: round(percentile(samples, 0.95)),
      maxMs: round(Math.max(...samples)),
      rankingNdcg,
      rankingExact: `${quality.filter((value) => value === 1).length}/${quality.length}`,
    });
    search = null;
  }
  if (!chosen || chosen.includes('repere')) storedIndex(report, entries, queries);

  // Related entries for one article (a bundled one, analysed as the popup does) against the 100,000 entries.
  start = performance.now();
  const corpus = indexEntries(entries, defaultAutomaton());
  const indexMs = performance.now() - start;
  const samples = bundledCorpus.map((entry) => {
    const analysis = analyse({ text: entry.text, title: entry.title }, { automaton: defaultAutomaton() });
    const query = { text: entry.text, lang: analysis.lang, entityIds: mentionIds(analysis.entities) };
    matchCorpus(query, corpus);
    const times: number[] = [];
    for (let repeat = 0; repeat < 5; repeat += 1) {
      const begin = performance.now();
      matchCorpus(query, corpus);
      times.push(performance.now() - begin);
    }
    return percentile(times, 0.5);
  });
  const matchMs = percentile(samples, 0.5);
  report('scale-matching', {
    entries: entries.length,
    articles: samples.length,
    indexMs: Math.round(indexMs),
    matchMsMedian: round(matchMs),
    matchMsMax: round(Math.max(...samples)),
  });

  const ours = figures.get('repere');
  const peers = [...figures].filter(([name]) => name !== 'repere');
  report('scale-targets', {
    // Two cores shared with other work make every figure slower: the load says how much.
    loadAverage: round(loadavg()[0]!),
    searchP95Ms: ours ? round(ours.p95) : 'not run',
    searchP95TargetMs: TARGET_SEARCH_P95_MS,
    searchMet: ours ? String(ours.p95 <= TARGET_SEARCH_P95_MS) : 'not run',
    matchMs: round(matchMs),
    matchTargetMs: TARGET_MATCH_MS,
    matchMet: String(matchMs <= TARGET_MATCH_MS),
    // The rule: keep the hand-written search only if it wins on quality and speed against each library.
    handWrittenWins:
      ours && peers.length > 0
        ? String(peers.every(([, peer]) => ours.ndcg >= peer.ndcg && ours.p95 <= peer.p95))
        : 'not compared',
  });
}

/**
 * The search index as the library page keeps it: stored as plain data (its structured-clone size is what IndexedDB
 * holds), loaded back with the entries, and grown one entry at a time as an import adds them.
 */
function storedIndex(report: Report, entries: readonly LibraryEntry[], queries: readonly string[]): void {
  const added = 1000;
  let start = performance.now();
  const index = indexForSearch(entries.slice(0, entries.length - added));
  const buildMs = performance.now() - start;
  start = performance.now();
  for (const entry of entries.slice(entries.length - added)) addToSearchIndex(index, [entry]);
  const addMs = (performance.now() - start) / added;
  start = performance.now();
  const data = searchIndexData(index);
  const dataMs = performance.now() - start;
  start = performance.now();
  const stored = serialize(data);
  const serializeMs = performance.now() - start;
  start = performance.now();
  const loaded = loadSearchIndex(structuredClone(data), entries)!;
  const loadMs = performance.now() - start;
  const same = queries.every((query) => {
    const ids = (found: LibraryEntry[]) => found.map((entry) => entry.id).join();
    return ids(searchEntries(loaded, query)) === ids(searchEntries(index, query));
  });
  report('scale-search-repere-stored', {
    entries: entries.length,
    buildMs: Math.round(buildMs),
    addMsPerEntry: round(addMs),
    toDataMs: Math.round(dataMs),
    storedMb: round(stored.length / 1048576),
    serializeMs: Math.round(serializeMs),
    loadMs: Math.round(loadMs),
    loadedAnswersSame: String(same),
  });
}
