import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, type BrowserHarness, type TestPage } from '../../scripts/support/browsers';
import { ACCOUNTS, maaratPage } from '../../scripts/support/event-pages';
import { chooseFile, readFakes } from '../../scripts/support/library-import';
import { rangeCentre, waitForAnalysis } from './support/reading';
import { startFixtureServer, type FixtureServer } from '../../scripts/support/fixture-server';

// What happened, in both browsers: the event card and the other accounts of the same event in the popup and on the
// corpus entry page, the event line of the hover card, and the corpus's events on the library's map and timeline
// with the FA-KES articles imported.

async function importInto(harness: BrowserHarness, name: string, body: string, expected: string, timeoutMs: number) {
  const library = await harness.openExtensionPage('corpus.html');
  await library.waitFor(() => document.querySelector('[data-testid=import-file]'));
  await chooseFile(library, name, body);
  await library.evaluateWith(
    (expected: string) => ((window as unknown as { __expected: string }).__expected = expected),
    expected,
  );
  await library.waitFor(
    () =>
      document
        .querySelector('[data-testid=library-status][data-kind=ok]')
        ?.textContent?.includes((window as unknown as { __expected: string }).__expected) ?? false,
    timeoutMs,
  );
  return library;
}

/** Waits until every entry's event card is read (computed or from the cache), then returns the section's figures. */
async function eventsReady(library: TestPage, timeoutMs: number) {
  await library.waitFor(
    () => document.querySelector('[data-testid=corpus-events]')?.getAttribute('data-ready') === 'true',
    timeoutMs,
  );
  return library.evaluate(() => {
    const section = document.querySelector('[data-testid=corpus-events]')!;
    return {
      loadMs: Number(section.getAttribute('data-load-ms')),
      total: Number(section.getAttribute('data-total')),
      shown: Number(section.getAttribute('data-shown')),
      circles: document.querySelectorAll('[data-testid=map-event]').length,
      shaded: Array.from(document.querySelectorAll('[data-testid=map-governorate]')).filter(
        (shape) => Number(shape.getAttribute('data-count')) > 0,
      ).length,
      bars: document.querySelectorAll('[data-testid=timeline-bar]').length,
      credit: document.querySelector('[data-testid=map-credit]')?.textContent ?? '',
    };
  });
}

/** Picks a value in one of the event filters, as a reader does. */
function choose(page: TestPage, testid: string, value: string): Promise<void> {
  return page.evaluateWith(
    ({ testid, value }: { testid: string; value: string }) => {
      const field = document.querySelector<HTMLSelectElement | HTMLInputElement>(`[data-testid=${testid}]`)!;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { testid, value },
  );
}

describe.each([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const)('%s: what happened', (name, launch) => {
  let server: FixtureServer;
  let harness: BrowserHarness;

  beforeAll(async () => {
    server = await startFixtureServer({ '/e2e/events/maarat.html': maaratPage() });
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  it('the popup shows the card first, then the other accounts of the same strikes, each with its toll and source', async () => {
    const jsonl = ACCOUNTS.map((entry) => JSON.stringify(entry)).join('\n');
    const library = await importInto(harness, 'accounts.jsonl', jsonl, 'accounts.jsonl', 60_000);
    await library.close();
    const page = await harness.open(`${server.origin}/e2e/events/maarat.html`);
    const { popup, state } = await waitForAnalysis(harness);
    expect(state).toBe('ready');
    await popup.waitFor(() => document.querySelectorAll('[data-testid=account]').length > 0, 30_000);
    const view = await popup.evaluate(() => ({
      first: document.querySelector('.analysis > :not(header)')?.getAttribute('data-testid'),
      kind: document.querySelector('[data-testid=event-kind]')?.getAttribute('data-kind'),
      place: document.querySelector('[data-testid=event-place]')?.getAttribute('data-place-id'),
      accounts: Array.from(document.querySelectorAll('[data-testid=account]')).map((account) => ({
        id: account.getAttribute('data-entry-id'),
        differs: account.getAttribute('data-differs'),
        casualties: Array.from(account.querySelectorAll('[data-testid=account-casualty]')).map(
          (line) => line.textContent ?? '',
        ),
      })),
    }));
    console.log(`[accounts] ${name} popup ${JSON.stringify(view.accounts)}`);
    expect(view).toMatchObject({ first: 'event-card', kind: 'air-strike', place: 'place/maarat-al-numan' });
    expect(view.accounts.map((account) => account.id).sort()).toEqual(['acc-civil-defence', 'acc-state-media']);
    // Told as accounts that differ: 21 civilians according to the Civil Defence, 14 fighters according to SANA.
    const civil = view.accounts.find((account) => account.id === 'acc-civil-defence')!;
    expect(civil.differs).toContain('casualties');
    expect(civil.casualties.join(' ')).toMatch(/^21 .*(Civil Defence|Casques blancs|White Helmets)/i);
    const state_ = view.accounts.find((account) => account.id === 'acc-state-media')!;
    expect(state_.casualties.join(' ')).toMatch(/^14 .*SANA/);
    await popup.close();
    await page.close();
  });

  it('the hover card of the struck town tells the event it takes part in', async () => {
    const page = await harness.open(`${server.origin}/e2e/events/maarat.html`);
    await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const target = await rangeCentre(page, 'repere-place', 'Maaret');
    expect(target).not.toBeNull();
    await page.mouseMove(target!.x, target!.y);
    await page.waitFor(() => {
      const card = document.querySelector('repere-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return Boolean(card && !card.hidden);
    });
    const line = await page.evaluate(
      () =>
        document.querySelector('repere-card')?.shadowRoot?.querySelector('[data-testid=card-event]')?.textContent ??
        null,
    );
    console.log(`[hover] ${name} ${line}`);
    // The kind in the reader's language, with the toll as the article words it.
    expect(line).toMatch(/frappes? aérienne|air strike/i);
    expect(line).toMatch(/seize civils/);
    await page.close();
  });

  it('the corpus entry page shows its own card and the other account of the same strikes', async () => {
    const entry = await harness.openExtensionPage('corpus.html?id=acc-civil-defence');
    await entry.waitFor(() => document.querySelector('[data-testid=event-card]'), 30_000);
    await entry.waitFor(() => document.querySelectorAll('[data-testid=account]').length > 0, 30_000);
    const view = await entry.evaluate(() => ({
      kind: document.querySelector('[data-testid=event-kind]')?.getAttribute('data-kind'),
      place: document.querySelector('[data-testid=event-place]')?.getAttribute('data-place-id'),
      casualties: Array.from(document.querySelectorAll('[data-testid=event-casualty]')).map((li) => li.textContent),
      accounts: Array.from(document.querySelectorAll('[data-testid=account]')).map((account) =>
        account.getAttribute('data-entry-id'),
      ),
    }));
    expect(view).toMatchObject({ kind: 'air-strike', place: 'place/maarat-al-numan' });
    expect(view.casualties.join(' ')).toMatch(/^21 /);
    // The other account only: the entry read is not its own other account.
    expect(view.accounts).toEqual(['acc-state-media']);
    await entry.close();
  });

  it('with the FA-KES articles imported, the map and timeline show their events; a filter narrows them, a click opens the entry', async () => {
    const imported = await importInto(harness, 'dev.jsonl', readFakes(), '463', 120_000);
    // The first visit reads every new entry's card once, and caches it.
    const reading = Date.now();
    const first = await eventsReady(imported, 240_000);
    console.log(`[map] ${name} after the import: ${first.total} cards read and cached in ${Date.now() - reading} ms`);
    await imported.close();

    // Reopened: the cards come from the cache.
    const library = await harness.openExtensionPage('corpus.html');
    const shown = await eventsReady(library, 60_000);
    // FA-KES reports events across Syria: far more than the handful of bundled and invented entries, most placed.
    expect(shown.total).toBeGreaterThan(400);
    expect(shown.circles).toBeGreaterThan(20);
    expect(shown.shaded).toBeGreaterThan(8);
    expect(shown.bars).toBeGreaterThan(10);
    expect(shown.credit).toMatch(/Natural Earth/);

    await choose(library, 'event-filter-kind', 'air-strike');
    await library.waitFor(() => document.querySelector('[data-testid=corpus-events]')?.hasAttribute('data-filter-ms'));
    const byKind = await library.evaluate(() => {
      const section = document.querySelector('[data-testid=corpus-events]')!;
      return {
        shown: Number(section.getAttribute('data-shown')),
        filterMs: Number(section.getAttribute('data-filter-ms')),
        circles: document.querySelectorAll('[data-testid=map-event]').length,
      };
    });
    expect(byKind.shown).toBeGreaterThan(0);
    expect(byKind.shown).toBeLessThan(shown.total);
    expect(byKind.circles).toBeLessThan(shown.circles);
    // A date range narrows further: the events of 2013 and before are left out.
    await choose(library, 'event-filter-from', '2014-01-01');
    await library.evaluateWith(
      (before: number) => ((window as unknown as { __before: number }).__before = before),
      byKind.shown,
    );
    await library.waitFor(
      () =>
        Number(document.querySelector('[data-testid=corpus-events]')?.getAttribute('data-shown')) <
        (window as unknown as { __before: number }).__before,
    );
    const months = await library.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid=timeline-bar]')).map((bar) => bar.getAttribute('data-month')),
    );
    expect(months.every((month) => month! >= '2014-01')).toBe(true);
    console.log(
      `[map] ${name} load ${shown.loadMs} ms, filter ${byKind.filterMs} ms (${shown.total} events, ${shown.circles} places, ${shown.bars} months; air strikes ${byKind.shown})`,
    );

    // A click on a circle lists its events; a click on one opens its entry. The circle drawn last (the smallest,
    // on top of the others) is the one no other circle covers.
    await library.click('circle[data-testid=map-event]:last-of-type');
    await library.waitFor(() => document.querySelectorAll('[data-testid=selected-event]').length > 0);
    const chosen = await library.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('[data-testid=selected-event] a')!;
      return { title: link.textContent ?? '', id: link.closest('li')!.getAttribute('data-entry-id') };
    });
    await library.click('[data-testid=selected-event] a');
    await library.waitFor(() => document.querySelector('[data-testid=entry-title]'), 30_000);
    expect(await library.evaluate(() => new URLSearchParams(location.search).get('id'))).toBe(chosen.id);
    expect(await library.evaluate(() => document.querySelector('[data-testid=entry-title]')?.textContent)).toBe(
      chosen.title,
    );
    await library.close();
  });
});
