import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { bundledCorpus } from '../../lib/corpus/bundled';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { extractArticle } from '../../lib/article/extract';
import { indexEntries } from '../../lib/corpus/mentions';
import { matchCorpus, mentionIds, type CorpusEntry } from '../../lib/corpus/match';

const ROOT = resolve(import.meta.dirname, '../..');
const automaton = defaultAutomaton();
const fakes = readFileSync(resolve(ROOT, '../shared/datasets/fakes/dev.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string });
const entries: CorpusEntry[] = [
  ...bundledCorpus,
  ...fakes.map((article) => ({ id: article.id, title: article.title, lang: 'en' as const, text: article.text })),
];
const corpus = indexEntries(entries, automaton);

function pageQuery(name: string) {
  const { document } = parseHTML(readFileSync(join(ROOT, 'tests/fixtures/pages', name, 'page.html'), 'utf8'));
  const article = extractArticle(document as unknown as Document);
  const analysis = analyse({ text: article.text, title: article.title }, { automaton });
  return { text: analysis.text, lang: analysis.lang, entityIds: mentionIds(analysis.entities) };
}

describe('corpus matching with the 469 FA-KES development articles loaded', () => {
  it('links an article on another subject to nothing', () => {
    for (const name of ['quiet-sport-fr', 'quiet-economy-en']) {
      expect(matchCorpus(pageQuery(name), corpus), name).toEqual([]);
    }
  });

  it('links reports of the same events across languages and sources', () => {
    // The French article on Abou Kamal: FA-KES reports on Abou Kamal now compete with the bundled entries.
    const [best, ...others] = matchCorpus(pageQuery('003_65784f5ca0caa49c'), corpus);
    expect(best?.shared).toContain('place/abu-kamal');
    for (const match of others) expect(match.shared.length, match.id).toBeGreaterThanOrEqual(2);
    // The French article on al-Qaïm still finds the English one on al-Qa'em and Rawa first.
    expect(matchCorpus(pageQuery('002_7b4478851c965e25'), corpus)[0]?.id).toBe('001_5554a87f2ba7b6ff');
  });

  it('gives each match its score and the shared entities as its reason, best first', () => {
    const matches = matchCorpus(pageQuery('001_5554a87f2ba7b6ff'), corpus);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) {
      expect(match.shared.length).toBeGreaterThan(0);
      expect(match.score).toBeGreaterThan(0);
    }
    const scores = matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
