import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, type BrowserHarness, type TestPage } from '../../scripts/support/browsers';
import { expectedHighlightCounts, pageFixtures, readabilityPages } from './support/expected';
import { paintedCounts, paintedOnceRead, pollUntil, waitForAnalysis } from './support/reading';
import { startFixtureServer, type FixtureServer } from '../../scripts/support/fixture-server';

interface StorageApi {
  storage: { local: { get: (key: string) => Promise<unknown>; set: (items: object) => Promise<void> } };
}

interface BadgeApi {
  action?: { getBadgeText: (details: { tabId: number }) => Promise<string> };
  browserAction?: { getBadgeText: (details: { tabId: number }) => Promise<string> };
}
const ARTICLES = pageFixtures().filter((fixture) => fixture.expected.isArticle && fixture.expected.inDomain);
const QUIET = pageFixtures().filter((fixture) => !fixture.expected.inDomain);

/** Text of every highlighted range that lies outside the page's <article> (navigation, teasers, comments…). */
function rangesOutsideArticle(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const outside: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!String(name).startsWith('repere-')) continue;
      for (const range of highlight as Highlight) {
        const node = (range as Range).startContainer;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!element?.closest('article')) outside.push(`${String(name)}: ${range.toString()}`);
      }
    }
    return outside;
  });
}

describe.each([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const)('%s with the built extension', (_name, launch) => {
  let server: FixtureServer;
  let harness: BrowserHarness;

  beforeAll(async () => {
    server = await startFixtureServer();
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  describe.each(ARTICLES.map((fixture) => [fixture.name, fixture] as const))('article page %s', (name) => {
    it('highlights places, groups, sources and quotes of the article body only', async () => {
      const page = await harness.open(`${server.origin}/pages/${name}/page.html`);
      const painted = await paintedOnceRead(harness, page);
      const expected = expectedHighlightCounts(name);
      console.log(`${harness.name} ${name} highlights ${JSON.stringify(painted)}`);
      expect(painted).toEqual(expected);
      expect(painted.place).toBeGreaterThan(0);
      expect(painted.group).toBeGreaterThan(0);
      expect(painted.source).toBeGreaterThan(0);
      expect(await rangesOutsideArticle(page)).toEqual([]);
      await page.close();
    });
  });

  it('popup.html?tabId=N shows title, language, summary, entities, quotes and corpus links', async () => {
    const url = `${server.origin}/pages/003_65784f5ca0caa49c/page.html`;
    const page = await harness.open(url);
    const { popup } = await waitForAnalysis(harness);
    const view = await popup.evaluate(() => {
      const all = (selector: string) => Array.from(document.querySelectorAll(selector));
      return {
        title: document.querySelector('[data-testid=title]')?.textContent ?? '',
        lang: document.querySelector('[data-testid=lang]')?.getAttribute('data-lang'),
        summary: all('[data-testid=summary] li').map((li) => li.textContent ?? ''),
        places: all('[data-testid=entity-group-place] [data-testid=entity]').map((chip) =>
          chip.getAttribute('data-entity-id'),
        ),
        groups: all('[data-testid=entity-group-group] [data-testid=entity]').map((chip) =>
          chip.getAttribute('data-entity-id'),
        ),
        sources: all('[data-testid=entity-group-source] [data-testid=entity]').map((chip) =>
          chip.getAttribute('data-entity-id'),
        ),
        speakers: all('[data-testid=quote-speaker]').map((speaker) => speaker.textContent ?? ''),
        matches: all('[data-testid=match] a').map((link) => link.getAttribute('href') ?? ''),
        event: {
          first: document.querySelector('.analysis > :not(header)')?.getAttribute('data-testid'),
          kind: document.querySelector('[data-testid=event-kind]')?.getAttribute('data-kind'),
          place: document.querySelector('[data-testid=event-place]')?.getAttribute('data-place-id'),
          casualties: all('[data-testid=event-casualty]').map((line) => line.textContent ?? ''),
        },
      };
    });
    expect(view.title).toMatch(/Boukamal/i);
    expect(view.lang).toBe('fr');
    expect(view.summary).toHaveLength(3);
    expect(view.places).toContain('place/abu-kamal');
    expect(view.groups).toContain('group/hezbollah');
    expect(view.sources.length).toBeGreaterThan(0);
    expect(view.speakers).toContain('Rami Abdel Rahmane');
    // The event card comes first: al-Boukamal (Deir ez-Zor) nearly taken, a car bomb's toll without a named source.
    expect(view.event.first).toBe('event-card');
    expect(view.event.kind).toBe('capture');
    expect(view.event.place).toBe('place/abu-kamal');
    expect(view.event.casualties.some((line) => /^20 /.test(line))).toBe(true);
    // The French article on Abou Kamal links to the English entry on the same border fighting.
    expect(view.matches.some((href) => href.includes('corpus.html?id=001_5554a87f2ba7b6ff'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('a corpus link from the popup opens the entry with its own highlights', async () => {
    const page = await harness.open(`${server.origin}/pages/002_7b4478851c965e25/page.html`);
    const { popup } = await waitForAnalysis(harness);
    const href = await popup.evaluate(
      () => document.querySelector('[data-testid=match] a')?.getAttribute('href') ?? '',
    );
    const path = href.replace(/^[a-z-]+:\/\/[^/]+\//, '');
    expect(path).toMatch(/^corpus\.html\?id=\d{3}_[0-9a-f]{16}$/);
    const entry = await harness.openExtensionPage(path);
    await entry.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const title = await entry.evaluate(() => document.querySelector('[data-testid=entry-title]')?.textContent ?? '');
    expect(title.length).toBeGreaterThan(10);
    const counts = await paintedCounts(entry);
    expect(counts.place).toBeGreaterThan(2);
    expect(counts.group).toBeGreaterThan(0);
    for (const item of [entry, popup, page]) await item.close();
  });

  it('shows the number of entities on the badge of the article tab', async () => {
    const page = await harness.open(`${server.origin}/pages/000_bc5cb4b94f2547dd/page.html`);
    const { popup, tabId } = await waitForAnalysis(harness);
    const shown = await popup.evaluate(() => document.querySelectorAll('[data-testid=entity]').length);
    expect(shown).toBeGreaterThan(0);
    // The background sets the badge when the page reports, independently of the popup: poll it.
    const readBadge = () =>
      popup.evaluateWith(async (id: number) => {
        const api =
          (globalThis as unknown as { browser?: BadgeApi; chrome?: BadgeApi }).browser ??
          (globalThis as unknown as { chrome: BadgeApi }).chrome;
        const action = api.action ?? api.browserAction;
        return action!.getBadgeText({ tabId: id });
      }, tabId);
    const badge = await pollUntil(readBadge, (text) => Number(text) === shown);
    expect(Number(badge)).toBe(shown);
    await popup.close();
    await page.close();
  });

  it('paints only the types the reader chose in the options', async () => {
    const options = await harness.openExtensionPage('options.html');
    const store = (types: string[] | null) =>
      options.evaluateWith(async (highlightTypes: string[] | null) => {
        const api =
          (globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi }).browser ??
          (globalThis as unknown as { chrome: StorageApi }).chrome;
        const { settings } = (await api.storage.local.get('settings')) as { settings?: Record<string, unknown> };
        await api.storage.local.set({ settings: { ...settings, highlightTypes: highlightTypes ?? undefined } });
      }, types);
    await store(['place']);
    const page = await harness.open(`${server.origin}/pages/003_65784f5ca0caa49c/page.html`);
    const counts = await paintedOnceRead(harness, page);
    expect(counts.place).toBe(expectedHighlightCounts('003_65784f5ca0caa49c').place);
    expect(counts.group + counts.source + counts.person).toBe(0);
    await store(null);
    for (const item of [page, options]) await item.close();
  });

  it('stays off on a site the reader turned off in the options, and says so', async () => {
    const options = await harness.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid=site-input]') !== null);
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=site-input]')!;
      input.value = '127.0.0.1';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.click('[data-testid=site-add]');
    await options.waitFor(() =>
      document.querySelector('[data-testid=disabled-sites]')?.textContent?.includes('127.0.0.1'),
    );
    const page = await harness.open(`${server.origin}/pages/001_5554a87f2ba7b6ff/page.html`);
    const { popup, state } = await waitForAnalysis(harness);
    expect(state).toBe('disabled');
    expect(Object.values(await paintedCounts(page)).reduce((a, b) => a + b, 0)).toBe(0);
    // Turning the site back on from the popup marks the page again.
    await popup.click('[data-testid=status-action]');
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    for (const item of [popup, page, options]) await item.close();
  });

  describe.each(QUIET.map((fixture) => [fixture.name, fixture] as const))('quiet page %s', (name, fixture) => {
    it('stays unmarked and the popup says why, with a button to analyse anyway', async () => {
      const url = `${server.origin}/pages/${name}/page.html`;
      const page = await harness.open(url);
      const { popup, state } = await waitForAnalysis(harness);
      expect(state).toBe(fixture.expected.isArticle ? 'off-topic' : 'not-article');
      expect(Object.values(await paintedCounts(page)).reduce((a, b) => a + b, 0)).toBe(0);
      const message = await popup.evaluate(() => document.querySelector('[data-testid=status] p')?.textContent ?? '');
      expect(message.length).toBeGreaterThan(20);
      await popup.click('[data-testid=status-action]');
      await popup.waitFor(() => document.querySelector('[data-testid=title]') !== null);
      await popup.close();
      await page.close();
    });
  });

  // Runs before the real-page tour below: those saved pages ask for their own ads and fonts, Repère does not.
  it('sends no request beyond 127.0.0.1 and its own extension files', () => {
    const outside = harness.requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'chrome-extension:' || protocol === 'moz-extension:' || protocol === 'data:') return false;
      return hostname !== '127.0.0.1';
    });
    expect(harness.requests.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  // One test a page: sixteen saved real pages in one test outran its time limit on a loaded machine.
  describe('stays quiet on real pages about other subjects (Readability test pages)', () => {
    const pages = readabilityPages();
    it('has the pages to try', () => {
      expect(pages.length).toBeGreaterThan(10);
    });
    it.each(pages)('%s', async (name) => {
      const page = await harness.open(`${server.origin}/readability/${name}/source.html`, 'domcontentloaded');
      const { popup, state } = await waitForAnalysis(harness);
      const counts = await paintedCounts(page);
      expect(state).not.toBe('ready');
      expect(counts).toEqual({ place: 0, group: 0, source: 0, person: 0, quote: 0 });
      await popup.close();
      await page.close();
    });
  });
});
