// `npm run screenshots:ui`: the popup (light and dark), the corpus library and the options page, in English and
// French, from the built extension in headless Chromium. Writes docs/ui-*.png.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { handFileToImport } from './support/library-import';
import { startFixtureServer } from './support/fixture-server';
import { launchForScreenshots, newestTabId } from './screenshot-browser';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLE = '/pages/003_65784f5ca0caa49c/page.html';
const FAKES = resolve(ROOT, '../shared/datasets/fakes/dev.jsonl');

const server = await startFixtureServer();
for (const lang of ['en', 'fr'] as const) {
  const { context, worker, base, close } = await launchForScreenshots(lang);
  try {
    const article = await context.newPage();
    await article.goto(`${server.origin}${ARTICLE}`);
    await article.waitForFunction(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
    const tabId = await newestTabId(worker);
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
    await library.evaluate(handFileToImport, { name: 'fakes-sample.jsonl', body: sample });
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
    await close();
  }
}
await server.close();
