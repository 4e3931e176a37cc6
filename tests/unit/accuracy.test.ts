import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { extractArticle } from '../../lib/article/extract';
import { evaluate, formatScores, precisionRecall } from '../../scripts/evaluation/evaluate';

const SHARED = resolve(import.meta.dirname, '../../../shared/datasets');

// Floors a little under the scores measured when they were set (see `npm run eval`); a drop fails the suite.
describe('accuracy on annotated fixtures', () => {
  it('news pages (the five corpus pages, hard cases, near-subject and quiet pages): entities, quotes, speakers, domain, corpus links', () => {
    const scores = evaluate(['pages']);
    console.log(formatScores('Corpus news pages', scores));
    const floors = { place: 0.94, group: 0.94, source: 0.94 } as const;
    for (const [type, floor] of Object.entries(floors)) {
      expect(precisionRecall(scores.byType[type as keyof typeof floors]).f1, type).toBeGreaterThanOrEqual(floor);
    }
    expect(scores.quotes.found / scores.quotes.expected).toBeGreaterThanOrEqual(0.95);
    expect(scores.quotes.speakersRight / scores.quotes.expected).toBeGreaterThanOrEqual(0.95);
    expect(scores.domain.right).toBe(scores.domain.total);
    expect(scores.topMatch.right / scores.topMatch.total).toBeGreaterThanOrEqual(0.8);
  });

  it('FA-KES development articles: precision and recall per type', () => {
    const scores = evaluate(['fakes']);
    console.log(formatScores('FA-KES development articles', scores));
    const floors = {
      place: { precision: 0.91, recall: 0.87 },
      group: { precision: 0.83, recall: 0.86 },
      source: { precision: 0.9, recall: 0.84 },
    } as const;
    for (const [type, floor] of Object.entries(floors)) {
      const { precision, recall } = precisionRecall(scores.byType[type as keyof typeof floors]);
      expect(precision, `${type} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(recall, `${type} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
    expect(scores.domain.right).toBe(scores.domain.total);
  });
});

describe('domain decisions on the shared datasets', () => {
  const automaton = defaultAutomaton();

  it('finds every FA-KES development article about the war', () => {
    const lines = readFileSync(join(SHARED, 'fakes/dev.jsonl'), 'utf8').trim().split('\n');
    const missed = lines
      .map((line) => JSON.parse(line) as { id: string; title: string; text: string })
      .filter(
        (article) =>
          !analyse({ text: `${article.title}\n\n${article.text}`, title: article.title }, { automaton }).inDomain,
      )
      .map((article) => article.id);
    console.log(`FA-KES in domain: ${lines.length - missed.length}/${lines.length}`);
    expect(missed.length / lines.length).toBeLessThanOrEqual(0.01);
  });

  it('leaves every Readability test page (other subjects, other languages) unmarked', () => {
    const dir = join(SHARED, 'readability-pages');
    const pages = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(pages.length).toBeGreaterThan(10);
    const marked = pages
      .filter((entry) => {
        const { document } = parseHTML(readFileSync(join(dir, entry.name, 'source.html'), 'utf8'));
        const article = extractArticle(document as unknown as Document);
        const analysis = analyse(
          { text: article.text, title: article.title, isArticle: article.isArticle },
          { automaton },
        );
        return analysis.isArticle && analysis.inDomain;
      })
      .map((entry) => entry.name);
    expect(marked).toEqual([]);
  });
});
