import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { extractArticle } from '../../lib/article/extract';
import { launchChromium, launchFirefox, type BrowserHarness, type TestPage } from '../../scripts/support/browsers';
import { expectedHighlightCounts, PAGES_DIR } from './support/expected';
import { longPage, readProbe } from './support/probed-page';
import { paintedOnceRead, rangeCentre } from './support/reading';
import { startFixtureServer, type FixtureServer } from '../../scripts/support/fixture-server';

// On the page: the hover card, "reveal" from the popup, pages that change under Repère, fields it must never
// touch, and a 100,000-word page that must stay responsive. Both browsers, on pages served from 127.0.0.1.

const FRENCH_ARTICLE = '003_65784f5ca0caa49c';

/** The analysis of a fixture page outside the browser, to know what the card must say. */
function fixtureAnalysis(name: string) {
  const { document } = parseHTML(readFileSync(join(PAGES_DIR, name, 'page.html'), 'utf8'));
  const article = extractArticle(document as unknown as Document);
  return analyse({ text: article.text, title: article.title }, { automaton: defaultAutomaton() });
}

const LONG_PAGE = longPage();
const LONG_WORDS = LONG_PAGE.replace(/<[^>]+>/g, ' ').split(/\s+/).length;

/** The hover card's content, read through its open shadow root. */
function readCard(page: TestPage) {
  return page.evaluate(() => {
    const card = document.querySelector('repere-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card || card.hidden) return null;
    const text = (id: string) => card.querySelector(`[data-testid=${id}]`)?.textContent ?? null;
    return {
      entityId: card.getAttribute('data-entity-id'),
      kind: text('kind'),
      name: text('name'),
      description: text('description'),
      country: text('country'),
      position: text('position'),
      affiliation: text('affiliation'),
      count: text('count'),
      hasNext: card.querySelector('[data-testid=next]') !== null,
      nameFontSize: getComputedStyle(card.querySelector('[data-testid=name]')!).fontSize,
    };
  });
}

function flashed(page: TestPage) {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('repere-flash') ?? [])][0] as Range | undefined;
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight, scrollY };
  });
}

function pageErrors(page: TestPage) {
  return page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors);
}

describe.each([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const)('%s: on the page', (_name, launch) => {
  let server: FixtureServer;
  let harness: BrowserHarness;

  beforeAll(async () => {
    server = await startFixtureServer({ '/e2e/long/page.html': LONG_PAGE });
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  it('shows a hover card on a highlighted name: name, type and kind, description, country, position, mentions', async () => {
    const analysis = fixtureAnalysis(FRENCH_ARTICLE);
    const abuKamal = analysis.entities.find((entity) => entity.id === 'place/abu-kamal')!;
    const page = await harness.open(`${server.origin}/pages/${FRENCH_ARTICLE}/page.html`);
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    // Page CSS as aggressive as it gets: none of it may reach the card.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        '* { font-size: 40px !important; color: red !important; } div, p { display: inline !important; }';
      document.head.append(style);
    });
    const sheets = await page.evaluate(() => document.styleSheets.length);
    const target = await rangeCentre(page, 'repere-place', 'Kamal');
    expect(target).not.toBeNull();
    await page.mouseMove(target!.x, target!.y);
    await page.waitFor(() => {
      const card = document.querySelector('repere-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return card && !card.hidden;
    });
    const card = await readCard(page);
    console.log(`${harness.name} hover card ${JSON.stringify(card)}`);
    expect(card).toMatchObject({ entityId: 'place/abu-kamal', name: 'Abou Kamal', country: 'Syrie', hasNext: true });
    expect(card!.kind).toMatch(/^Lieu · ville/);
    expect(card!.description!.length).toBeGreaterThan(20);
    expect(card!.position).toMatch(/^\d+,\d+° N, \d+,\d+° E$/);
    expect(card!.count).toBe(`${abuKamal.mentions.length} mentions`);
    expect(card!.nameFontSize).toBe('15px');
    // The card brings no style sheet into the page.
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(sheets);
    // "next" jumps to the second mention and flashes it.
    await page.evaluate(() =>
      document
        .querySelector('repere-card')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[data-testid=next]')!
        .click(),
    );
    await page.waitFor(() => (CSS.highlights.get('repere-flash')?.size ?? 0) > 0);
    expect((await flashed(page))!.text).toBe(abuKamal.mentions[1]!.text);
    // Moving away hides the card.
    await page.mouseMove(2, 2);
    await page.waitFor(
      () => document.querySelector('repere-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden,
    );
    await page.close();
  });

  it('shows the card when keyboard focus lands on a highlighted name, and Escape closes it', async () => {
    const page = await harness.open(`${server.origin}/e2e/fields/page.html`);
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    for (let step = 0; step < 6; step += 1) {
      await page.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'focus-link')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('focus-link');
    await page.waitFor(() => {
      const card = document.querySelector('repere-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return card && !card.hidden;
    });
    const card = await readCard(page);
    expect(card).toMatchObject({ entityId: 'place/deir-ez-zor', name: 'Deir ez-Zor', kind: 'Place · city' });
    expect(card!.count).toMatch(/^\d+ mentions$/);
    await page.press('Escape');
    await page.waitFor(
      () => document.querySelector('repere-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden,
    );
    await page.close();
  });

  it('scrolls to the first mention of an entity or to a quote when the popup asks (repere:reveal), and flashes it', async () => {
    const analysis = fixtureAnalysis(FRENCH_ARTICLE);
    const page = await harness.open(`${server.origin}/pages/${FRENCH_ARTICLE}/page.html`);
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const tabId = await harness.newestTabId();
    const sender = await harness.openExtensionPage('options.html');
    const reveal = (message: object) =>
      sender.evaluateWith(
        async ({ tabId, message }: { tabId: number; message: object }) => {
          type Api = { tabs: { sendMessage: (tabId: number, message: object) => Promise<{ ok: boolean }> } };
          const scope = globalThis as unknown as { browser?: Api; chrome: Api };
          return (scope.browser ?? scope.chrome).tabs.sendMessage(tabId, message);
        },
        { tabId, message },
      );
    const lastEntity = analysis.entities.at(-1)!;
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await reveal({ type: 'repere:reveal', entityId: lastEntity.id })).toEqual({ ok: true });
    await page.waitFor(() => (CSS.highlights.get('repere-flash')?.size ?? 0) > 0);
    await page.waitFor(() => {
      const range = [...(CSS.highlights.get('repere-flash') ?? [])][0] as Range | undefined;
      const rect = range?.getBoundingClientRect();
      return rect && rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect((await flashed(page))!.text).toBe(lastEntity.mentions[0]!.text);
    await page.evaluate(() => scrollTo(0, 0));
    const quote = analysis.quotes.length - 1;
    expect(await reveal({ type: 'repere:reveal', quoteIndex: quote })).toEqual({ ok: true });
    await page.waitFor((() => {
      const range = [...(CSS.highlights.get('repere-flash') ?? [])][0] as Range | undefined;
      return range && range.toString().length > 40;
    }) as () => unknown);
    const quoted = await flashed(page);
    expect(quoted!.text.replace(/\s+/g, ' ')).toBe(analysis.quotes[quote]!.text.replace(/\s+/g, ' '));
    expect(await reveal({ type: 'repere:reveal', entityId: 'place/nowhere' })).toEqual({ ok: false });
    await sender.close();
    await page.close();
  });

  it('never reads or paints inputs, textareas, contenteditable, code, pre or SVG text, and typing there stays plain', async () => {
    const page = await harness.open(`${server.origin}/e2e/fields/page.html`);
    // Every type painted, not only the first registered, before looking where the ranges lie.
    const painted = await paintedOnceRead(harness, page);
    expect(painted.place).toBeGreaterThan(0);
    expect(painted.group).toBeGreaterThan(0);
    const inside = await page.evaluate(() => {
      const found: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!String(name).startsWith('repere-')) continue;
        for (const range of highlight as Highlight) {
          const node = (range as Range).startContainer;
          const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
          if (element?.closest('textarea, input, [contenteditable], pre, code, svg, form'))
            found.push(`${String(name)}: ${range.toString()}`);
        }
      }
      return found;
    });
    expect(inside).toEqual([]);
    await page.click('#f-textarea');
    await page.press('End');
    for (const key of ['R', 'a', 'q', 'q', 'a']) await page.press(key);
    await page.click('#f-editable');
    await page.press('End');
    await page.press('X');
    const fields = await page.evaluate(() => ({
      textarea: (document.getElementById('f-textarea') as HTMLTextAreaElement).value,
      input: (document.getElementById('f-input') as HTMLInputElement).value,
      editable: document.getElementById('f-editable')!.innerHTML,
      pre: document.getElementById('f-pre')!.innerHTML,
      svg: document.getElementById('f-svg')!.innerHTML,
    }));
    expect(fields.textarea).toBe('ISIL attacked Albu Kamal and Deir Ezzur; Hezbollah and al-Mayadeen TVRaqqa');
    expect(fields.input).toBe('ISIL in Albu Kamal near al-Qa’em');
    expect(fields.editable).toMatch(/^Editable: the Syrian army entered Albu Kamal, ISIL retreated to Deir Ezzur\.X?$/);
    expect(fields.pre).toBe('log: ISIL Albu Kamal Deir Ezzur Hezbollah');
    expect(fields.svg).toBe('<text x="0" y="20">ISIL map label Albu Kamal Deir Ezzur</text>');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('follows a Preact page that hydrates and re-renders its article every 2 s: highlights back within frames, no errors', async () => {
    const page = await harness.open(`${server.origin}/e2e/rerender/page.html`);
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const before = await page.evaluate(() => CSS.highlights.get('repere-place')!.size);
    await page.waitFor(() => (window as unknown as { __restoreFrames: number[] }).__restoreFrames?.length >= 2, 20000);
    const result = await page.evaluate(() => {
      const probe = window as unknown as { __restoreFrames: number[]; __hydrated: boolean; __renders: number };
      const ranges = [...(CSS.highlights.get('repere-place') ?? [])] as Range[];
      return {
        frames: probe.__restoreFrames,
        hydrated: probe.__hydrated,
        renders: probe.__renders,
        size: ranges.length,
        live: ranges.every((range) => range.startContainer.isConnected),
      };
    });
    console.log(`${harness.name} re-rendered page: frames until highlights are back ${JSON.stringify(result.frames)}`);
    expect(result.hydrated).toBe(true);
    for (const frames of result.frames) {
      expect(frames).toBeGreaterThan(0);
      expect(frames).toBeLessThanOrEqual(3);
    }
    expect(result.size).toBe(before);
    expect(result.live).toBe(true);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('marks an article that arrives late, follows pushState navigation and paragraphs loaded on demand', async () => {
    const page = await harness.open(`${server.origin}/e2e/spa/page.html`);
    const placeTexts = () =>
      page.evaluate(() =>
        ([...(CSS.highlights.get('repere-place') ?? [])] as Range[]).map((range) => range.toString()),
      );
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    expect(await placeTexts()).toContain('Albu Kamal');
    await page.click('#next');
    await page.waitFor(() =>
      ([...(CSS.highlights.get('repere-place') ?? [])] as Range[]).some((range) => /Qalamoun/.test(range.toString())),
    );
    expect(await page.evaluate(() => location.search)).toBe('?story=b');
    expect(await placeTexts()).not.toContain('Albu Kamal');
    const count = (await placeTexts()).length;
    await page.evaluateWith((value: number) => ((window as unknown as { __count: number }).__count = value), count);
    await page.click('#more');
    await page.waitFor(
      () => (CSS.highlights.get('repere-place')?.size ?? 0) > (window as unknown as { __count: number }).__count,
    );
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('marks an article whose body lives in an open shadow root', async () => {
    const page = await harness.open(`${server.origin}/e2e/shadow/page.html`);
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const inShadow = await page.evaluate(() =>
      ([...(CSS.highlights.get('repere-place') ?? [])] as Range[]).every(
        (range) => range.startContainer.getRootNode() instanceof ShadowRoot,
      ),
    );
    expect(inShadow).toBe(true);
    // The highlight colours reach into the shadow root (::highlight rules only apply in their own tree scope).
    const styled = await page.evaluate(() => {
      const root = document.querySelector('news-article')!.shadowRoot!;
      const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!)];
      return sheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('repere-place')));
    });
    expect(styled).toBe(true);
    await page.close();
  });

  it('marks an article held in a same-origin iframe, leaves small frames alone, and the popup describes it', async () => {
    const page = await harness.open(`${server.origin}/e2e/framed/page.html`);
    const framePlaces = () =>
      page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>('#article')!.contentWindow as typeof window | null;
        return frame?.CSS.highlights.get('repere-place')?.size ?? 0;
      });
    await page.waitFor(() => {
      const frame = document.querySelector<HTMLIFrameElement>('#article')!.contentWindow as typeof window | null;
      return (frame?.CSS.highlights.get('repere-place')?.size ?? 0) > 0;
    });
    const expected = expectedHighlightCounts('001_5554a87f2ba7b6ff');
    expect(await framePlaces()).toBe(expected.place);
    const elsewhere = await page.evaluate(() => {
      const widget = document.querySelector<HTMLIFrameElement>('#newsletter')!.contentWindow as typeof window;
      return (CSS.highlights.get('repere-place')?.size ?? 0) + (widget.CSS.highlights.get('repere-place')?.size ?? 0);
    });
    expect(elsewhere).toBe(0);
    const tabId = await harness.newestTabId();
    const popup = await harness.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(() => Boolean(document.querySelector('[data-testid=title]')));
    const title = await popup.evaluate(() => document.querySelector('[data-testid=title]')!.textContent);
    expect(title).toMatch(/Syrian, Iraqi Gov.t Forces/);
    expect(await pageErrors(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it(`reads a ${Math.round(LONG_WORDS / 1000)}k-word page in slices: the page stays responsive`, async () => {
    const page = await harness.open(`${server.origin}/e2e/long/page.html`);
    const started = Date.now();
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0, 90_000);
    const seconds = (Date.now() - started) / 1000;
    // Scrolling works while and after Repère reads.
    await page.evaluate(() => scrollTo(0, 5000));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(4000);
    const probe = await page.evaluate(readProbe);
    const tasks =
      harness.name === 'chromium'
        ? `longest main-thread task after load ${Math.round(probe.longestAfterLoad)} ms (long tasks after load: ` +
          `${JSON.stringify(probe.longTasksAfterLoad)}; page parsing before load: ${Math.round(probe.longestBeforeLoad)} ms); ` +
          `longest blocking time of an animation frame after load ${Math.round(probe.longestFrameBlocking)} ms`
        : 'no Long Tasks API in Firefox';
    console.log(
      `${harness.name} long page (${LONG_WORDS} words): highlighted after ${seconds.toFixed(1)} s, ${probe.places} ` +
        `places; ${tasks}; longest gap of a 10 ms heartbeat ${probe.maxGap} ms`,
    );
    expect(probe.places).toBeGreaterThan(3000);
    // Read in one piece, the same page blocks the main thread for well over a second (the analysis alone takes about
    // 700 ms in Node, the knowledge base 100 ms more); in slices no task comes near that. What remains over 50 ms is
    // Chromium laying out and painting several thousand highlight ranges (traced: 100-200 ms on a loaded machine, see
    // perf.test.ts, which prints it against the 50 ms target); the bounds leave room for a busy 2-core machine.
    if (harness.name === 'chromium') expect(probe.longestAfterLoad).toBeLessThan(500);
    expect(probe.maxGap).toBeLessThan(600);
    await page.close();
  });
});
