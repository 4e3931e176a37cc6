// Headless Chromium with the built extension, in English or French, for the screenshot scripts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { chromiumContext, extensionWorker } from './support/browsers';

export { newestTabId } from './support/browsers';

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
  const context = await chromiumContext(profile, { lang });
  const worker = await extensionWorker(context);
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
