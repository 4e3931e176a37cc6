import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../bin/inputs';
import { extractArticle } from '../../lib/article/extract';
import { pageMeta, supportedLang } from '../../lib/article/page-meta';
import { analysePage } from '../../platform/page-analysis';

// The page's publication day and declared language travel with its text to the background (the content script
// reads them with pageMeta), and the CLI reads the same tags from an HTML file: one page, one analysis.

const REPORT = [
  "Des frappes aériennes ont visé Abou Kamal mardi, selon l'Observatoire syrien des droits de l'homme.",
  "L'organisation État islamique contrôle encore plusieurs quartiers de la ville, près de la frontière irakienne.",
  'Les forces du régime syrien avancent depuis Deir ez-Zor le long de l’Euphrate.',
  'Au moins douze civils ont été tués dans les bombardements, a indiqué un médecin de la région.',
];

function page(head: string, paragraphs: readonly string[], lang = 'fr', title = 'Frappes'): string {
  const heading = title ? `<h1>${title}</h1>` : '';
  const body = paragraphs.map((line) => `<p>${line}</p>`).join('');
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title>${head}</head><body><article>${heading}${body}</article></body></html>`;
}

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** What the background answers for this page, as the content script sends it (pageMeta beside the text). */
async function inTheExtension(html: string) {
  const document = documentOf(html);
  const article = extractArticle(document, { force: true });
  const { analysis } = await analysePage(
    { text: article.text, title: article.title, isArticle: article.isArticle, url: 'x', ...pageMeta(document) },
    3,
  );
  return analysis;
}

describe("the page's date and language", () => {
  it('reads the publication day from Open Graph, schema.org and JSON-LD tags, as the publisher wrote it', () => {
    const og = '<meta property="article:published_time" content="2017-11-09T23:30:00-05:00">';
    expect(pageMeta(documentOf(page(og, ['x'])))).toEqual({ date: '2017-11-09', lang: 'fr' });
    const graph = `<script type="application/ld+json">${JSON.stringify({
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2019-10-14T08:00:00Z' }],
    })}</script>`;
    expect(pageMeta(documentOf(page(graph, ['x'], 'en-GB')))).toEqual({ date: '2019-10-14', lang: 'en' });
    const time = '<meta name="description" content="2020-01-01"><time itemprop="datePublished" datetime="2016-12-22">';
    expect(pageMeta(documentOf(page(time, ['x'], 'de'))).date).toBe('2016-12-22');
    // Nothing said, or said badly: nothing sent.
    expect(pageMeta(documentOf(page('<meta name="date" content="hier">', ['x'], 'de')))).toEqual({});
    expect(supportedLang('FR_ca')).toBe('fr');
    expect(supportedLang('ar')).toBeUndefined();
  });

  it('reads "mardi" against the page\'s day, in the extension as in the CLI', async () => {
    const dated = (day: string) =>
      page(`<meta property="article:published_time" content="${day}T10:00:00+02:00">`, REPORT);
    const november = await inTheExtension(dated('2017-11-09'));
    const march = await inTheExtension(dated('2018-03-01'));
    expect(november.event?.date).toBe('2017-11-07');
    expect(march.event?.date).toBe('2018-02-27');
    expect((await inTheExtension(page('', REPORT))).event?.date ?? null).toBeNull();
    expect(analyseContent('page.html', dated('2017-11-09')).event).toEqual(november.event);
  });

  it('takes the declared language when the text alone does not tell', async () => {
    // Under 20 letters franc does not guess: the page's <html lang> decides.
    const short = (lang: string) => page('', ['Frappes sur Alep.'], lang, '');
    const french = await inTheExtension(short('fr'));
    expect(french.lang).toBe('fr');
    expect(french.entities[0]?.name).toBe('Alep');
    expect((await inTheExtension(short('en'))).entities[0]?.name).toBe('Aleppo');
    expect((await inTheExtension(short('de'))).lang).toBe('und');
    expect(analyseContent('page.html', short('fr')).lang).toBe('fr');
    // A long text says its language itself, whatever the page declares.
    expect((await inTheExtension(page('', REPORT, 'en'))).lang).toBe('fr');
  });
});
