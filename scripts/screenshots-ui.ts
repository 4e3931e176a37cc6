// `npm run screenshots:ui`: the popup (light and dark), the corpus library and the options page, in English and
// French, from the built extension in headless Chromium. Writes docs/ui-*.png.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startFixtureServer } from './support/fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, process.env.REPERE_OUT_DIR ?? '.output', 'chrome-mv3');
const ARTICLE = '/pages/003_65784f5ca0caa49c/page.html';
const FAKES = resolve(ROOT, '../shared/datasets/fakes/dev.jsonl');

const server = await startFixtureServer();
for (const lang of ['en', 'fr'] as const) {
  const profile = mkdtempSync(join(tmpdir(), 'repere-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${BUILD}`,
      `--load-extension=${BUILD}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const article = await context.newPage();
    await article.goto(`${server.origin}${ARTICLE}`);
    await article.waitForFunction(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const tabId = await worker.evaluate(async () => {
      type Tabs = { tabs: { query: (query: object) => Promise<{ id?: number }[]> } };
      const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
      return Math.max(...tabs.map((tab) => tab.id ?? -1));
    });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 1500 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`${base}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid=title]');
      const file = `docs/ui-popup-${scheme}-${lang}.png`;
      writeFileSync(file, await popup.screenshot({ fullPage: true }));
      console.log(file);
    }
    // A library with some of the FA-KES development set imported.
    const library = await context.newPage();
    await library.setViewportSize({ width: 1100, height: 800 });
    await library.goto(`${base}/corpus.html`);
    await library.waitForSelector('[data-testid=result-count]');
    const sample = readFileSync(FAKES, 'utf8').split('\n').slice(0, 60).join('\n');
    await library.evaluate((body) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], 'fakes-sample.jsonl'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, sample);
    await library.waitForSelector('[data-testid=library-status]');
    await library.waitForFunction(
      () => document.querySelector('[data-testid=result-count]')?.getAttribute('data-names-ready') === 'true',
    );
    await library.fill('[data-testid=library-search]', 'Deir ez-Zor');
    await library.waitForTimeout(200);
    writeFileSync(`docs/ui-library-${lang}.png`, await library.screenshot());
    console.log(`docs/ui-library-${lang}.png`);
    const options = await context.newPage();
    await options.setViewportSize({ width: 800, height: 760 });
    await options.goto(`${base}/options.html`);
    await options.waitForSelector('[data-testid=summary-length]');
    writeFileSync(`docs/ui-options-${lang}.png`, await options.screenshot());
    console.log(`docs/ui-options-${lang}.png`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
await server.close();
