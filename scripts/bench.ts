// `npm run bench`: pipeline timings and ratios against simple baselines measured in the same run. Prints one
// JSON object a line (machine-readable) and a short summary. Nothing here passes or fails: it measures.
//  (a) recognition by the token automaton vs one regex alternation of every alias of the knowledge base;
//  (b) painting mentions with CSS Custom Highlights vs wrapping them in <mark> elements the way mark.js does
//      (in headless Chromium, on the same page and the same mentions);
//  (c) corpus matching with the 469 FA-KES development articles loaded as the corpus.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { spellingsOf } from '../lib/knowledge';
import { analyse } from '../lib/analyse/analyse';
import { bundledCorpus } from '../lib/corpus/bundled';
import { defaultAutomaton } from '../lib/analyse/recogniser';
import { extractArticle } from '../lib/article/extract';
import { indexEntries } from '../lib/corpus/mentions';
import { knowledgeEntities } from '../lib/knowledge/bundled';
import { matchCorpus, mentionIds, type CorpusEntry } from '../lib/corpus/match';
import type { LibraryEntry } from '../lib/corpus/library';
import { indexForSearch, searchEntries } from '../lib/corpus/search';
import { recogniseMentions } from '../lib/recognise/recognise';
import { extractEvent } from '../lib/event/event';
import { analyseQuotes } from '../lib/quotes/sieve';
import { splitSentences } from '../lib/text/sentences';
import { tokenise } from '../lib/text/tokens';
import { detectLanguage } from '../lib/language/detect';
import { findAnonymousSources } from '../lib/quotes/anonymous';
import { summarise } from '../lib/summary/summarise';
import { benchLibraryPage } from './bench-library-page';
import { benchScale } from './bench-scale';
import { walk } from '../lib/recognise/automaton';
import { median, round } from './support/stats';
import AhoCorasick from 'modern-ahocorasick';
import FastAhoCorasick from 'modern-ahocorasick/fast';

const automaton = defaultAutomaton();
const fakes = readFileSync('../shared/datasets/fakes/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string });

function time(run: () => unknown, repeat: number): number {
  const samples: number[] = [];
  for (let index = 0; index < repeat; index += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// `BENCH_ONLY=<section>` runs one section: typical, event-card, 100k-words, recognition, corpus, painting, batch, scale,
// library-page.
const only = process.env.BENCH_ONLY;
const wants = (section: string) => !only || only === section;

const results: Record<string, number | string>[] = [];
function report(name: string, values: Record<string, number | string>): void {
  const row = { bench: name, ...values };
  results.push(row);
  console.log(JSON.stringify(row));
}

// Baseline (a): one case-insensitive alternation of every alias, longest first, as a naive highlighter would do.
const aliases = [
  ...new Set(knowledgeEntities().flatMap((entity) => spellingsOf(entity).map((spelling) => spelling.text))),
];
const escaped = aliases
  .sort((a, b) => b.length - a.length)
  .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const regexMatches = (text: string) => {
  let count = 0;
  alternation.lastIndex = 0;
  while (alternation.exec(text)) count += 1;
  return count;
};

// A typical article: the five bundled corpus articles.
for (const entry of bundledCorpus) analyse({ text: entry.text, title: entry.title }, { automaton }); // warm-up
if (wants('typical')) {
  const typical = bundledCorpus.map((entry) => {
    const pipeline = time(() => analyse({ text: entry.text, title: entry.title }, { automaton }), 30);
    const recognition = time(() => recogniseMentions(entry.text, automaton), 30);
    const regex = time(() => regexMatches(entry.text), 5);
    return { id: entry.id, words: entry.text.split(/\s+/).length, pipeline, recognition, regex };
  });
  report('typical-article', {
    articles: typical.length,
    aliases: aliases.length,
    medianWords: median(typical.map((row) => row.words)),
    pipelineMs: round(median(typical.map((row) => row.pipeline))),
    recognitionMs: round(median(typical.map((row) => row.recognition))),
    regexAlternationMs: round(median(typical.map((row) => row.regex))),
    speedupVsRegex: round(median(typical.map((row) => row.regex / row.recognition))),
  });
  // Where the pipeline's time goes: its stages run in turn on each article, as analyse runs them, each timed, so
  // that a regression shows in the stage that causes it (a stage timed alone in a loop runs faster than inside the
  // pipeline). `restMs` is the pipeline less its stages: word counts for the domain score, grouping, the digest, the
  // headline filter. In CPU time, pipeline included: on a loaded machine a whole pipeline is preempted far more often
  // than one short stage, and wall-clock shares would not add up.
  const stageRuns = bundledCorpus.map((entry) => {
    const { text, title } = entry;
    const runs: Record<string, number>[] = [];
    for (let index = 0; index < 30; index += 1) {
      const laps: Record<string, number> = {};
      let last = process.cpuUsage();
      const lap = (stage: string) => {
        const spent = process.cpuUsage(last);
        laps[stage] = (spent.user + spent.system) / 1000;
        last = process.cpuUsage();
      };
      analyse({ text, title }, { automaton });
      lap('pipeline');
      const lang = detectLanguage(text);
      lap('language');
      const tokens = tokenise(text);
      const mentions = recogniseMentions(text, automaton, tokens);
      lap('recognition');
      const { quotes } = analyseQuotes(text, mentions);
      lap('quotes');
      const sentences = splitSentences(text, lang);
      lap('sentences');
      findAnonymousSources(text);
      lap('anonymous');
      summarise({ sentences, mentionStarts: mentions.map((mention) => mention.start), tokens });
      lap('summary');
      extractEvent({ text, title, sentences, mentions, quotes, entities: automaton.entities });
      lap('eventCard');
      runs.push(laps);
    }
    return runs;
  });
  const stageMs: Record<string, number> = {};
  for (const stage of Object.keys(stageRuns[0]![0]!)) {
    const perArticle = stageRuns.map((runs) => median(runs.map((laps) => laps[stage]!)));
    stageMs[`${stage}Ms`] = round(median(perArticle));
  }
  const { pipelineMs, ...stageOnly } = stageMs;
  const stagesTotal = Object.values(stageOnly).reduce((sum, ms) => sum + ms, 0);
  report('typical-article-stages-cpu', {
    pipelineMs: pipelineMs!,
    ...stageOnly,
    restMs: round(pipelineMs! - stagesTotal),
  });
}

// The event card's own cost on the same typical articles, from what analyse has already found.
if (wants('event-card')) {
  const cards = bundledCorpus.map((entry) => {
    const analysis = analyse({ text: entry.text, title: entry.title }, { automaton });
    const mentions = recogniseMentions(entry.text, automaton);
    const input = {
      text: entry.text,
      title: entry.title,
      sentences: splitSentences(entry.text, analysis.lang),
      mentions,
      quotes: analyseQuotes(entry.text, mentions).quotes,
      entities: automaton.entities,
    };
    return { card: time(() => extractEvent(input), 30), pipeline: analysis.timings.totalMs };
  });
  report('event-card', {
    articles: cards.length,
    cardMs: round(median(cards.map((row) => row.card))),
    shareOfPipeline: round(median(cards.map((row) => row.card / row.pipeline))),
  });
}

// A 100,000-word text: FA-KES articles one after the other.
const words: string[] = [];
for (let index = 0; words.length < 100_000; index += 1) {
  const article = fakes[index % fakes.length]!;
  words.push(...`${article.title}.\n${article.text}\n`.split(/ +/));
}
const long = words.slice(0, 100_000).join(' ');
if (wants('100k-words')) {
  report('100k-words', {
    words: 100_000,
    chars: long.length,
    pipelineMs: round(time(() => analyse({ text: long, title: 'long' }, { automaton }), 3)),
    recognitionMs: round(time(() => recogniseMentions(long, automaton), 3)),
    regexAlternationMs: round(time(() => regexMatches(long), 1)),
  });
  {
    const row = results[results.length - 1]!;
    row.speedupVsRegex = round(Number(row.regexAlternationMs) / Number(row.recognitionMs));
  }
}

// (a') Recognition against the strongest peer and the floor of the task, on the same folded text and aliases.
//  - floor: one pass that folds the text (the tokeniser every stage uses) and walks it char by char, matching nothing;
//  - Aho-Corasick: modern-ahocorasick (the most used maintained package) over the same folded tokens, each wrapped in
//    start/end marks so that a match starts and ends on word boundaries, leftmost-longest as our automaton reads;
//  - ours, the alias stage alone (fold + one trie walk a token) and the whole recognition (plus case guards, the
//    in-<place> split, persons and unlinked names), which does more than either.
if (wants('recognition')) {
  const mark = (tokens: readonly string[]) => tokens.map((token) => `\u0001${token}\u0002`).join('');
  const patterns = [
    ...new Set(
      knowledgeEntities().flatMap((entity) =>
        spellingsOf(entity)
          .map((spelling) => tokenise(spelling.text).map((token) => token.folded))
          .filter((tokens) => tokens.length > 0)
          .map(mark),
      ),
    ),
  ];
  const buildStart = performance.now();
  const peer = new AhoCorasick(patterns);
  const peerBuildMs = performance.now() - buildStart;
  const fastPeer = new FastAhoCorasick(patterns);
  const floor = (text: string) => {
    let sum = 0;
    for (const token of tokenise(text)) {
      const { folded } = token;
      for (let at = 0; at < folded.length; at += 1) sum += folded.charCodeAt(at);
    }
    return sum;
  };
  // The package slows down more than linearly on one long string (8 s for 320,000 marked chars, against 0.05-0.17 s
  // for 160,000, seen here): it gets the text a paragraph at a time, as a user of it would feed it.
  const peerSearch = (matcher: AhoCorasick, text: string) => {
    let found = 0;
    for (const paragraph of text.split('\n')) {
      const folded = tokenise(paragraph).map((token) => token.folded);
      if (folded.length > 0) found += matcher.search(mark(folded), { strategy: 'leftmost-longest' }).length;
    }
    return found;
  };
  const aliasStage = (text: string) => {
    const folded = tokenise(text).map((token) => token.folded);
    let found = 0;
    for (let at = 0; at < folded.length;) {
      const hits = walk(automaton, folded, at);
      if (hits.length > 0) {
        found += 1;
        at = hits[hits.length - 1]!.lastToken + 1;
      } else at += 1;
    }
    return found;
  };
  const texts = [
    { name: '100k-words', text: long },
    ...bundledCorpus.map((entry) => ({ name: 'typical', text: entry.text })),
  ];
  for (const { text } of texts) [floor, aliasStage].forEach((run) => run(text)); // warm-up
  const rows = texts.map(({ text }) => {
    const repeat = text.length > 100_000 ? 5 : 30;
    return {
      floor: time(() => floor(text), repeat),
      peer: time(() => peerSearch(peer, text), repeat),
      fastPeer: time(() => peerSearch(fastPeer, text), repeat),
      alias: time(() => aliasStage(text), repeat),
      recognition: time(() => recogniseMentions(text, automaton), repeat),
      peerMatches: peerSearch(peer, text),
      aliasMatches: aliasStage(text),
    };
  });
  const summarise = (name: string, picked: typeof rows) => {
    const best = (row: (typeof rows)[number]) => Math.min(row.peer, row.fastPeer);
    report(`recognition-peers-${name}`, {
      texts: picked.length,
      patterns: patterns.length,
      peerBuildMs: round(peerBuildMs),
      floorMs: round(median(picked.map((row) => row.floor))),
      ahoCorasickMs: round(median(picked.map((row) => row.peer))),
      ahoCorasickFastMs: round(median(picked.map((row) => row.fastPeer))),
      aliasStageMs: round(median(picked.map((row) => row.alias))),
      recognitionMs: round(median(picked.map((row) => row.recognition))),
      // Ratios: above 1 means ours is faster than the package; the floor ratios say how many bare passes ours costs.
      aliasStageVsAhoCorasick: round(median(picked.map((row) => best(row) / row.alias))),
      recognitionVsAhoCorasick: round(median(picked.map((row) => best(row) / row.recognition))),
      aliasStageOverFloor: round(median(picked.map((row) => row.alias / row.floor))),
      recognitionOverFloor: round(median(picked.map((row) => row.recognition / row.floor))),
      matchesAhoCorasick: picked.reduce((sum, row) => sum + row.peerMatches, 0),
      matchesAliasStage: picked.reduce((sum, row) => sum + row.aliasMatches, 0),
    });
  };
  summarise('100k-words', rows.slice(0, 1));
  summarise('typical', rows.slice(1));
}

// (c) Corpus matching with the FA-KES development set loaded as the corpus.
const corpusEntries: CorpusEntry[] = [
  ...bundledCorpus,
  ...fakes.map((article) => ({ id: article.id, title: article.title, lang: 'en' as const, text: article.text })),
];
if (wants('corpus')) {
  let index = indexEntries(corpusEntries, automaton);
  const indexMs = time(() => (index = indexEntries(corpusEntries, automaton)), 3);
  const queries = bundledCorpus.map((entry) => {
    const analysis = analyse({ text: entry.text, title: entry.title }, { automaton });
    return { text: entry.text, lang: analysis.lang, entityIds: mentionIds(analysis.entities), excludeId: entry.id };
  });
  report('corpus-matching', {
    corpusEntries: corpusEntries.length,
    indexMs: round(indexMs),
    matchMs: round(median(queries.map((query) => time(() => matchCorpus(query, index), 20)))),
  });

  // Library search over the same 474 entries (the folded full text; IndexedDB reads are timed in the E2E suite).
  {
    const library: LibraryEntry[] = corpusEntries.map((entry) => ({ ...entry, origin: 'imported', addedAt: 0 }));
    const searchIndex = indexForSearch(library);
    const queries = ['Raqqa', 'deir ezzor', 'Palmyra', 'army killed', 'Abou Kamal'];
    report('library-search', {
      entries: library.length,
      indexMs: round(time(() => indexForSearch(library), 3)),
      searchMs: round(median(queries.map((query) => time(() => searchEntries(searchIndex, query), 10)))),
    });
  }
}

// Batch analysis through the real CLI: the 469 FA-KES development articles as JSON Lines, one job then every core.
if (wants('batch')) {
  const runs = [1, availableParallelism()].map((jobs) => {
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      ['bin/repere.js', 'analyze', '--jsonl', '../shared/datasets/fakes/dev.jsonl', '--jobs', String(jobs)],
      { encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    const wallSeconds = (performance.now() - start) / 1000;
    // The summary line's seconds start after loading the CLI; the wall time includes starting node and tsx.
    const summary = /(\d+) articles, (\d+) errors, ([\d.]+) s/.exec(run.stderr);
    if (!summary) throw new Error(`repere analyze --jsonl failed: ${run.stderr}`);
    const articles = Number(summary[1]);
    return { jobs, articles, errors: Number(summary[2]), batchSeconds: Number(summary[3]), wallSeconds };
  });
  for (const run of runs)
    report(`batch-cli-jobs-${run.jobs}`, {
      articles: run.articles,
      errors: run.errors,
      batchSeconds: round(run.batchSeconds),
      wallSeconds: round(run.wallSeconds),
      articlesPerSecond: round(run.articles / run.batchSeconds),
      articlesPerSecondWall: round(run.articles / run.wallSeconds),
    });
  report('batch-cli-speedup', {
    cores: availableParallelism(),
    speedup: round(runs[0]!.batchSeconds / runs[1]!.batchSeconds),
  });
}

// A researcher's archive: 100,000 synthetic entries (SCALE_ENTRIES to change), searched by three engines, matched.
if (wants('scale')) benchScale(report, Number(process.env.SCALE_ENTRIES ?? 100_000));

// The same archive imported through the library page of the built extension (headless Chromium): import, list, heap.
if (wants('library-page')) await benchLibraryPage(report, Number(process.env.LIBRARY_ENTRIES ?? 100_000));

// (b) Painting in a real browser: CSS Custom Highlights vs <mark> wrapping, same page, same mentions.
if (wants('painting')) {
  const paragraphs = long.split('\n').filter((line) => line.trim());
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body><article><h1>Long</h1>${paragraphs
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</article></body></html>`;
  const { document } = parseHTML(html);
  const extracted = extractArticle(document as unknown as Document, { force: true });
  // Each paragraph is one text node in both parsers: mentions travel as (paragraph, start, end).
  const paragraphNodes = Array.from(document.querySelectorAll('p')).map((element) => element.firstChild);
  const nodeIndex = new Map(paragraphNodes.map((node, position) => [node as unknown, position]));
  const analysis = analyse({ text: extracted.text, title: 'Long' }, { automaton });
  const mentions: [number, number, number][] = [];
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      const segment = extracted.segments.find(
        (item) => mention.start >= item.start && mention.start < item.start + item.offsets.length - 1,
      );
      if (!segment || !nodeIndex.has(segment.node) || mention.end > segment.start + segment.offsets.length - 1)
        continue;
      mentions.push([
        nodeIndex.get(segment.node)!,
        segment.offsets[mention.start - segment.start]!,
        segment.offsets[mention.end - 1 - segment.start]! + 1,
      ]);
    }
  }
  // Wrapping cannot nest one <mark> across another's edge: overlapping mentions (a person inside a longer name) are
  // painted once, the first of them, by both methods alike. Without this the wrapping threw on the 100k-word page.
  mentions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const painted: [number, number, number][] = [];
  for (const mention of mentions) {
    const last = painted[painted.length - 1];
    if (!last || last[0] !== mention[0] || mention[1] >= last[2]) painted.push(mention);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  await page.setContent(html);
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('window.__name = (target) => target');
  const painting = await page.evaluate((list: [number, number, number][]) => {
    const texts = Array.from(document.querySelectorAll('p')).map((element) => element.firstChild as Text);
    let start = performance.now();
    const ranges = list.map(([node, from, to]) => {
      const range = document.createRange();
      range.setStart(texts[node]!, from);
      range.setEnd(texts[node]!, to);
      return range;
    });
    CSS.highlights.set('bench', new Highlight(...ranges));
    document.body.getBoundingClientRect();
    const highlightMs = performance.now() - start;
    // mark.js wraps each match in an element, splitting text nodes; later matches in a node first, so offsets hold.
    start = performance.now();
    const byNode = new Map<number, [number, number][]>();
    for (const [node, from, to] of list) byNode.set(node, [...(byNode.get(node) ?? []), [from, to]]);
    for (const [node, spans] of byNode) {
      for (const [from, to] of spans.sort((a, b) => b[0] - a[0])) {
        const text = texts[node]!;
        const middle = text.splitText(from);
        middle.splitText(to - from);
        const mark = document.createElement('mark');
        middle.replaceWith(mark);
        mark.appendChild(middle);
      }
    }
    document.body.getBoundingClientRect();
    const markMs = performance.now() - start;
    return { highlightMs, markMs, marks: document.querySelectorAll('mark').length };
  }, painted);
  await browser.close();
  report('painting-chromium', {
    mentions: painted.length,
    cssHighlightMs: round(painting.highlightMs),
    markWrappingMs: round(painting.markMs),
    speedupVsMarkWrapping: round(painting.markMs / painting.highlightMs),
  });
}

console.log('\nSummary');
for (const row of results)
  console.log(
    `  ${Object.entries(row)
      .map(([key, value]) => `${key}=${value}`)
      .join('  ')}`,
  );
