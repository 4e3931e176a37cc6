import { describe, expect, it, vi } from 'vitest';
import { mentionIds } from '../../lib/corpus/match';
import { linkToCorpus } from '../../lib/corpus/link';
import { bundledCorpusIndex } from '../../lib/corpus/bundled-index';

// The background's side of a page: the analysis (summary at the reader's length, knowledge records for the hover
// card) and, once painted, the corpus links. The reader's summary length is 2 sentences; the corpus store is replaced by a
// fake holding the bundled corpus only.
vi.mock('../../platform/corpus-store', () => ({
  loadMatchLibrary: (bundled: { folded?: string }[]) =>
    Promise.resolve({ entries: bundled, folded: bundled.map((entry) => entry.folded) }),
  onCorpusChanged: () => undefined,
}));

const { analysePage, linkPage } = await import('../../platform/page-analysis');

const REPORT = [
  "Des frappes aériennes ont visé Abou Kamal mardi, selon l'Observatoire syrien des droits de l'homme.",
  "L'organisation État islamique contrôle encore plusieurs quartiers de la ville, près de la frontière irakienne.",
  'Les forces du régime syrien avancent depuis Deir ez-Zor le long de l’Euphrate.',
  'Au moins douze civils ont été tués dans les bombardements, a indiqué un médecin de la région.',
].join('\n');

describe('background analysis of a page', () => {
  it("summarises at the reader's length and sends the hover card's records, not the page's text back", async () => {
    const { analysis, entities } = await analysePage({ text: REPORT, title: 'Frappes', isArticle: true, url: 'x' }, 2);
    expect(analysis.summary).toHaveLength(2);
    expect(analysis.text).toBe('');
    expect(analysis.entities.some((entity) => entity.id === 'place/abu-kamal')).toBe(true);
    expect(entities.find((entity) => entity.id === 'place/abu-kamal')?.name.fr).toBe('Abou Kamal');
    expect(entities.length).toBeLessThanOrEqual(analysis.entities.length);
  });

  it('links an article about the war to the corpus after painting, and an off-topic one to nothing', async () => {
    const { analysis, linkKey } = await analysePage({ text: REPORT, title: 'Frappes', isArticle: true, url: 'x' }, 2);
    const query = {
      text: REPORT,
      lang: analysis.lang,
      inDomain: analysis.inDomain,
      entityIds: mentionIds(analysis.entities.filter((entity) => entity.linked)),
    };
    const links = (await linkPage(query, analysis.event))!;
    expect(analysis.inDomain).toBe(true);
    expect(links.matches.length).toBeGreaterThan(0);
    // The page asks with the key of its analysis (its text is not sent twice) and gets the same links; a key the
    // background no longer knows answers null, and the page then sends the query whole.
    expect(await linkPage(linkKey, analysis.event)).toEqual(links);
    expect(await linkPage('forgotten', analysis.event)).toBeNull();
    // "Analyse anyway" on a page that is not about the war: no context shows it corpus links.
    const offTopic = (await linkPage({ ...query, inDomain: false }, null))!;
    expect(offTopic.matches).toEqual([]);
    expect(offTopic.corpusSimilarity).toBe(links.corpusSimilarity);
    expect(linkToCorpus({ ...query, inDomain: false }, bundledCorpusIndex()).matches).toEqual([]);
  });
});
