import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyse } from '../../../lib/analyse/analyse';
import { defaultAutomaton } from '../../../lib/analyse/recogniser';
import { extractArticle } from '../../../lib/article/extract';
import { highlightTypeOf } from '../../../lib/highlight/highlight-type';

const ROOT = resolve(import.meta.dirname, '../../..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const READABILITY_DIR = resolve(ROOT, '../shared/datasets/readability-pages');

export interface PageFixture {
  name: string;
  expected: {
    lang: string;
    isArticle: boolean;
    inDomain: boolean;
    quotes?: { startsWith: string; speaker: string | null }[];
  };
}

export function pageFixtures(): PageFixture[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      expected: JSON.parse(
        readFileSync(join(PAGES_DIR, entry.name, 'expected.json'), 'utf8'),
      ) as PageFixture['expected'],
    }));
}

export function readabilityPages(): string[] {
  return readdirSync(READABILITY_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

export type HighlightCounts = Record<'place' | 'group' | 'source' | 'person' | 'quote', number>;

/** What the same pipeline finds on the page outside a browser: the counts each browser must paint. */
export function expectedHighlightCounts(name: string): HighlightCounts {
  const html = readFileSync(join(PAGES_DIR, name, 'page.html'), 'utf8');
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document);
  const analysis = analyse(
    { text: article.text, title: article.title, isArticle: article.isArticle },
    { automaton: defaultAutomaton() },
  );
  const counts: HighlightCounts = { place: 0, group: 0, source: 0, person: 0, quote: analysis.quotes.length };
  for (const entity of analysis.entities) counts[highlightTypeOf(entity)] += entity.mentions.length;
  return counts;
}
