// Headless Chromium with the built extension, in English or French, for the screenshot scripts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, process.env.REPERE_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ScreenshotBrowser {
  context: BrowserContext;
  /** The extension's service worker (tab queries). */
  worker: Worker;
  /** chrome-extension://<id> */
  base: string;
  close: () => Promise<void>;
}

export async function launchForScreenshots(lang: 'en' | 'fr'): Promise<ScreenshotBrowser> {
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    base: `chrome-extension://${new URL(worker.url()).host}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the most recently opened tab. */
export function newestTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    type Tabs = { tabs: { query: (query: object) => Promise<{ id?: number }[]> } };
    const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
    return Math.max(...tabs.map((tab) => tab.id ?? -1));
  });
}
