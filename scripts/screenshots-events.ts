// `npm run screenshots:events`: the event card and the other accounts in the popup (on the French Maarat al-Numan
// fixture, with two invented accounts of the same strikes in the corpus), and the library's map and timeline with
// the FA-KES development articles imported, in English and French, from the built extension in headless Chromium.
// Writes docs/events-*.png.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ACCOUNTS, maaratPage } from './support/event-pages';
import { handFileToImport } from './support/library-import';
import { startFixtureServer } from './support/fixture-server';
import { launchForScreenshots, newestTabId } from './screenshot-browser';

const ROOT = resolve(import.meta.dirname, '..');
const FAKES = resolve(ROOT, '../shared/datasets/fakes/dev.jsonl');

async function importFile(library: Page, name: string, body: string): Promise<void> {
  await library.waitForSelector('[data-testid=import-file]', { state: 'attached' });
  await library.evaluate(handFileToImport, { name, body });
  await library.waitForFunction(
    (name) => document.querySelector('[data-testid=library-status][data-kind=ok]')?.textContent?.includes(name),
    name,
    { timeout: 120_000 },
  );
}

const server = await startFixtureServer({ '/e2e/events/maarat.html': maaratPage() });
for (const lang of ['en', 'fr'] as const) {
  const { context, worker, base, close } = await launchForScreenshots(lang);
  try {
    const library = await context.newPage();
    await library.setViewportSize({ width: 1000, height: 900 });
    await library.goto(`${base}/corpus.html`);
    await importFile(library, 'accounts.jsonl', ACCOUNTS.map((entry) => JSON.stringify(entry)).join('\n'));

    const article = await context.newPage();
    await article.goto(`${server.origin}/e2e/events/maarat.html`);
    await article.waitForFunction(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const tabId = await newestTabId(worker);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 1400 });
    await popup.goto(`${base}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid=account]', { timeout: 60_000 });
    for (const [testid, file] of [
      ['event-card', `docs/events-card-${lang}.png`],
      ['other-accounts', `docs/events-accounts-${lang}.png`],
    ] as const) {
      writeFileSync(file, await popup.locator(`[data-testid=${testid}]`).screenshot());
      console.log(file);
    }

    await importFile(library, 'dev.jsonl', readFileSync(FAKES, 'utf8'));
    await library.waitForFunction(
      () => document.querySelector('[data-testid=corpus-events]')?.getAttribute('data-ready') === 'true',
      undefined,
      { timeout: 240_000 },
    );
    // Aleppo's events, as a reader who clicked its circle sees them.
    await library.locator('circle[data-testid=map-event][data-place="place/aleppo"]').dispatchEvent('click');
    await library.waitForSelector('[data-testid=selected-event]');
    const file = `docs/events-map-${lang}.png`;
    writeFileSync(file, await library.locator('[data-testid=corpus-events]').screenshot());
    console.log(file);
  } finally {
    await close();
  }
}
await server.close();
