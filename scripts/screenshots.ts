// `npm run screenshots`: pictures for the README, taken from the built extension in headless Chromium and Firefox
// on the fixture pages (the same harness as the end-to-end tests).
import { writeFileSync } from 'node:fs';
import type { BrowserHarness } from './support/browsers';
import { inEachBrowser } from './in-each-browser';

const ARTICLE = '/pages/003_65784f5ca0caa49c/page.html';

async function shoot(harness: BrowserHarness, origin: string): Promise<void> {
  const page = await harness.open(`${origin}${ARTICLE}`);
  await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
  await page.evaluate(() => document.querySelector('article')?.scrollIntoView());
  writeFileSync(`docs/page-${harness.name}.png`, await page.screenshot({ width: 1280, height: 900 }));
  const tabId = await harness.newestTabId();
  const popup = await harness.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitFor(() => document.querySelector('[data-testid=title]') !== null);
  writeFileSync(`docs/popup-${harness.name}.png`, await popup.screenshot({ width: 420, height: 760 }));
  console.log(`docs/page-${harness.name}.png, docs/popup-${harness.name}.png`);
}

await inEachBrowser(shoot);
