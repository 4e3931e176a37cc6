// Scores the analysis against the annotated fixtures: each folder holds a page (page.html) and expected.json, so
// a case is added without touching code. FA-KES folders hold only expected.json: their text is read from the
// shared dataset by the folder's name (the article's id), as "title, blank line, text".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyse } from '../../lib/analyse/analyse';
import { bundledCorpusIndex } from '../../lib/corpus/bundled-index';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { extractArticle } from '../../lib/article/extract';
import { highlightTypeOf } from '../../lib/highlight/highlight-type';
import { titleOf } from '../../lib/corpus/title';
import type { Analysis } from '../../lib/types';
import { foldName } from '../../lib/text/tokens';
import { isPersonLike } from '../../lib/recognise/person-like';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_SETS = {
  pages: join(ROOT, 'tests/fixtures/pages'),
  fakes: join(ROOT, 'tests/fixtures/fakes'),
};
export const SCORED_TYPES = ['place', 'group', 'source', 'person'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

interface Expected {
  lang: string;
  isArticle: boolean;
  inDomain: boolean;
  entities: { type: ScoredType; mentions: string[] }[];
  quotes?: { startsWith: string; speaker: string | null }[];
  /** Corpus entries a reader would want linked; the top match should be one of them. */
  related?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  documents: number;
  byType: Record<ScoredType, Counts>;
  quotes: { expected: number; found: number; speakersRight: number };
  domain: { right: number; total: number };
  topMatch: { right: number; total: number };
  failures: string[];
}

const fold = (text: string) => foldName(text).join(' ');

/** Two surface forms name the same thing when one folded form contains the other ("Syrian army" / "the Syrian army"). */
function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x.length > 0 && y.length > 0 && (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}

function loadCase(dir: string): { analysis: Analysis; expected: Expected } {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const options = { automaton: defaultAutomaton(), corpus: bundledCorpusIndex() };
  const pagePath = join(dir, 'page.html');
  if (existsSync(pagePath)) {
    const { document } = parseHTML(readFileSync(pagePath, 'utf8'));
    const article = extractArticle(document as unknown as Document, { force: true });
    return {
      analysis: analyse({ text: article.text, title: article.title, isArticle: article.isArticle }, options),
      expected,
    };
  }
  const article = fakesArticles().get(basename(dir));
  if (!article) throw new Error(`${dir}: no page.html, and no FA-KES article with this id in ${FAKES_FILE}`);
  const text = `${article.title}\n\n${article.text}`;
  return { analysis: analyse({ text, title: titleOf(text) }, options), expected };
}

const FAKES_FILE = resolve(ROOT, '../shared/datasets/fakes/dev.jsonl');
let fakes: Map<string, { title: string; text: string }> | null = null;

function fakesArticles(): Map<string, { title: string; text: string }> {
  fakes ??= new Map(
    readFileSync(FAKES_FILE, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; title: string; text: string })
      .map((article) => [article.id, article]),
  );
  return fakes;
}

function emptyScores(): Scores {
  const byType = Object.fromEntries(SCORED_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoredType,
    Counts
  >;
  return {
    documents: 0,
    byType,
    quotes: { expected: 0, found: 0, speakersRight: 0 },
    domain: { right: 0, total: 0 },
    topMatch: { right: 0, total: 0 },
    failures: [],
  };
}

function scoreEntities(name: string, analysis: Analysis, expected: Expected, scores: Scores): void {
  const matched = new Set<number>();
  for (const entity of analysis.entities) {
    // A quoted person is shown as a source (annotation.md: whoever is quoted is a source, whatever its type); a
    // fixture annotated before that may still list them as a person, which is not counted against either.
    const type = highlightTypeOf(entity) as ScoredType;
    const types = new Set<string>([type, entity.type]);
    // A named person is scored against persons and person sources alike, as on the outside gold: whether they
    // speak is what the quote scores judge, and the fixtures' annotators differed there (a speaking minister
    // annotated as a person, a reporter in the credits as a source).
    const accepts = (goldType: ScoredType) =>
      types.has(goldType) || (isPersonLike(entity) && (goldType === 'person' || goldType === 'source'));
    const forms = entity.mentions.map((mention) => mention.text);
    const index = expected.entities.findIndex(
      (gold, goldIndex) =>
        !matched.has(goldIndex) && accepts(gold.type) && gold.mentions.some((g) => forms.some((f) => sameName(f, g))),
    );
    if (index >= 0) {
      matched.add(index);
      scores.byType[expected.entities[index]!.type].tp += 1;
    } else {
      scores.byType[type].fp += 1;
      scores.failures.push(`${name}: extra ${type} ${entity.id} (${[...new Set(forms)].join(', ')})`);
    }
  }
  expected.entities.forEach((gold, index) => {
    if (matched.has(index)) return;
    scores.byType[gold.type].fn += 1;
    scores.failures.push(`${name}: missed ${gold.type} ${gold.mentions.join(' / ')}`);
  });
}

function scoreQuotes(name: string, analysis: Analysis, expected: Expected, scores: Scores): void {
  for (const gold of expected.quotes ?? []) {
    scores.quotes.expected += 1;
    const prefix = fold(gold.startsWith).split(' ').slice(0, 4).join(' ');
    const found = analysis.quotes.find((quote) => fold(quote.text).startsWith(prefix));
    if (!found) {
      scores.failures.push(`${name}: missed quote "${gold.startsWith}"`);
      continue;
    }
    scores.quotes.found += 1;
    const right =
      gold.speaker === null
        ? found.speaker === null
        : found.speaker !== null && sameName(found.speaker.text, gold.speaker);
    if (right) scores.quotes.speakersRight += 1;
    else
      scores.failures.push(
        `${name}: speaker of "${gold.startsWith}" is ${found.speaker?.text ?? 'none'}, not ${gold.speaker}`,
      );
  }
}

export function evaluate(sets: (keyof typeof FIXTURE_SETS)[] = ['pages', 'fakes']): Scores {
  const scores = emptyScores();
  for (const set of sets) {
    const base = FIXTURE_SETS[set];
    for (const name of readdirSync(base).sort()) {
      const dir = join(base, name);
      if (!existsSync(join(dir, 'expected.json'))) continue;
      scoreFolder(dir, name, scores);
    }
  }
  return scores;
}

/** The scores of one fixture folder alone (see tests/unit/accuracy-per-page.test.ts). */
export function evaluateFolder(dir: string): Scores {
  const scores = emptyScores();
  scoreFolder(dir, basename(dir), scores);
  return scores;
}

function scoreFolder(dir: string, name: string, scores: Scores): void {
  const { analysis, expected } = loadCase(dir);
  scores.documents += 1;
  // What the reader gets: a page left quiet shows no entity and no quote at all.
  const marked = analysis.isArticle && analysis.inDomain;
  const shown = marked ? analysis : { ...analysis, entities: [], quotes: [] };
  scoreEntities(name, shown, expected, scores);
  scoreQuotes(name, shown, expected, scores);
  scores.domain.total += 1;
  if (marked === (expected.isArticle && expected.inDomain)) scores.domain.right += 1;
  else
    scores.failures.push(
      `${name}: marked ${marked} (article ${analysis.isArticle}, domain score ${analysis.domainScore})`,
    );
  if (expected.related?.length) {
    scores.topMatch.total += 1;
    const top = analysis.matches[0]?.id;
    if (top && expected.related.includes(top)) scores.topMatch.right += 1;
    else scores.failures.push(`${name}: top match ${top ?? 'none'}, expected one of ${expected.related.join(', ')}`);
  }
}

export function precisionRecall({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function formatScores(title: string, scores: Scores): string {
  const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
  const lines = [`${title}: ${scores.documents} documents`, 'type     tp   fp   fn  precision  recall  F1'];
  for (const type of SCORED_TYPES) {
    const counts = scores.byType[type];
    const { precision, recall, f1 } = precisionRecall(counts);
    lines.push(
      `${type.padEnd(7)} ${String(counts.tp).padStart(4)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}  ${percent(precision).padStart(9)} ${percent(recall).padStart(7)} ${percent(f1).padStart(6)}`,
    );
  }
  lines.push(
    `quotes found ${scores.quotes.found}/${scores.quotes.expected}, speakers right ${scores.quotes.speakersRight}/${scores.quotes.expected}`,
    `article/domain decisions right ${scores.domain.right}/${scores.domain.total}`,
    `top corpus match right ${scores.topMatch.right}/${scores.topMatch.total}`,
  );
  return lines.join('\n');
}
