// `npm run bench` section "library-page": the library page of the built extension in real headless Chromium, with
// a SYNTHETIC library of 100,000 entries (the scale fixture, LIBRARY_ENTRIES to change) imported through the page as
// a reader would: import time, the longest main-thread task while the worker imports, then, with the page opened
// again, the list's first paint, the IndexedDB size (navigator.storage.estimate) and the page's JS heap (CDP
// Performance.getMetrics after a garbage collection). Needs `npm run build`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumContext, extensionWorker } from './support/browsers';
import { fakesArticles, scaleFixture, scaleJsonl } from './support/scale-fixture';
import { round } from './support/stats';

type Report = (name: string, values: Record<string, number | string>) => void;

const HOUR = 3_600_000;

async function openLibrary(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/corpus.html`, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid=result-count]', { timeout: HOUR });
  return page;
}

export async function benchLibraryPage(report: Report, size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'repere-library-page-'));
  const file = join(dir, 'scale.jsonl');
  writeFileSync(file, scaleJsonl(scaleFixture(size, fakesArticles())));
  const context = await chromiumContext(join(dir, 'profile'));
  try {
    const base = `chrome-extension://${new URL((await extensionWorker(context)).url()).host}`;
    const page = await openLibrary(context, base);
    // The page's own start (recogniser, bundled entries' events) is over before the import starts.
    await page.waitForSelector('[data-testid=result-count][data-names-ready=true]', { timeout: HOUR });
    await page.waitForSelector('[data-testid=corpus-events][data-ready=true]', { timeout: HOUR });
    // Every main-thread task over 50 ms while the import runs (Long Tasks API).
    // The import ends when the worker's last reply takes the progress bar away: noted on the page as it happens
    // (Playwright's own polling would see it late, after the list has started loading again).
    await page.evaluate(`(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) window.__long.push([task.startTime, task.duration]);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid=import-progress]');
        if (bar) window.__shown = true;
        else if (window.__shown && window.__ended === undefined) window.__ended = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    })()`);
    const begin = (await page.evaluate('performance.now()')) as number;
    await page.setInputFiles('[data-testid=import-file]', file);
    await page.waitForSelector('[data-testid=import-progress]');
    // The worker is done when the progress bar goes; the list is then loaded again before the status says so.
    await page.waitForSelector('[data-testid=import-progress]', { state: 'detached', timeout: HOUR });
    const end = (await page.evaluate('window.__ended')) as number;
    await page.waitForSelector('[data-testid=library-status][data-kind=ok]', { timeout: HOUR });
    const listed = (await page.evaluate('performance.now()')) as number;
    const long = (await page.evaluate('window.__long')) as [number, number][];
    const during = long.filter(([start]) => start >= begin && start <= end).map(([, duration]) => duration);
    report('library-page-import', {
      note: 'SYNTHETIC scale fixture imported as JSON Lines through the library page (headless Chromium)',
      entries: size,
      // The cores the browser reports: the import runs cores - 1 analysis workers beside its own (analysis-pool.ts).
      cores: (await page.evaluate('navigator.hardwareConcurrency')) as number,
      importSeconds: round((end - begin) / 1000),
      listReloadMs: Math.round(listed - end),
      longTasksWhileImporting: during.length,
      longestTaskWhileImportingMs: Math.round(Math.max(0, ...during)),
      longestTaskAfterImportMs: Math.round(Math.max(0, ...long.filter(([start]) => start > end).map(([, d]) => d))),
    });
    await page.close();

    // Opened again: the list from IndexedDB; its heap once search can answer (words and recogniser loaded).
    const again = await context.newPage();
    const session = await context.newCDPSession(again);
    await session.send('Performance.enable');
    await again.goto(`${base}/corpus.html`, { waitUntil: 'load' });
    await again.waitForSelector('[data-testid=entry-list][data-load-ms]', { timeout: HOUR });
    const [loadMs, storeMs] = (await again.evaluate(`(() => {
      const list = document.querySelector('[data-testid=entry-list]');
      return [Number(list.dataset.loadMs), Number(list.dataset.storeMs)];
    })()`)) as [number, number];
    await again.waitForSelector('[data-testid=result-count][data-names-ready=true]', { timeout: HOUR });
    const ready = (await again.evaluate('performance.now()')) as number;
    const { usage } = (await again.evaluate('navigator.storage.estimate()')) as { usage: number };
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
    // One search (the index is built on the first query), then the heap again.
    await again.fill('[data-testid=library-search]', 'Raqqa');
    await again.waitForSelector('[data-testid=result-count][data-query=Raqqa]', { timeout: HOUR });
    await again.waitForSelector('[data-testid=entry-list][data-search-ms]', { timeout: HOUR });
    const firstSearchMs = Number(await again.getAttribute('[data-testid=entry-list]', 'data-search-ms'));
    await session.send('HeapProfiler.collectGarbage');
    const searched = (await session.send('Performance.getMetrics')).metrics.find(
      (metric) => metric.name === 'JSHeapUsedSize',
    )!.value;
    report('library-page-open', {
      entries: size,
      listFirstPaintMs: loadMs,
      indexedDbReadMs: storeMs,
      searchReadyMs: Math.round(ready),
      storageMb: round(usage / 1e6),
      jsHeapMb: round(heap / 1e6),
      firstSearchMs,
      jsHeapAfterSearchMb: round(searched / 1e6),
    });
    await again.close();
    await benchMatchRead(report, context, base, size);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What linking a page to the library reads (the background, and the corpus page for an entry), in a fresh extension
 * page of the same profile: before, every stored entry with its text (the entries store); now, the cards and the
 * words (mention ids, folded words), of which the cards and mention ids stay once the index is built. Each read's
 * time, and the JS heap it keeps (after a garbage collection), against the same page's heap with nothing read.
 */
async function benchMatchRead(report: Report, context: BrowserContext, base: string, size: number): Promise<void> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(`${base}/popup.html`, { waitUntil: 'load' });
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
  };
  const read = (stores: string[], kept: 'all' | 'cards-mentions') =>
    page.evaluate(
      ({ stores, kept }) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const opening = indexedDB.open('repere-corpus');
          opening.onsuccess = () => {
            const transaction = opening.result.transaction(stores, 'readonly');
            const requests = stores.map((store) => transaction.objectStore(store).getAll());
            transaction.oncomplete = () => {
              const [first, second] = requests.map((request) => request.result as Record<string, unknown>[]);
              const window_ = window as unknown as { kept: unknown };
              // The background keeps each card with its mention ids (the folded words go once indexed).
              window_.kept =
                kept === 'all' ? first : first!.map((card, at) => ({ ...card, mentions: second![at]!.mentions }));
              opening.result.close();
              resolve(performance.now() - start);
            };
          };
        }),
      { stores, kept },
    );
  const empty = await heap();
  const beforeMs = await read(['entries'], 'all');
  const beforeHeap = (await heap()) - empty;
  await page.evaluate('window.kept = null');
  const afterMs = await read(['cards', 'words'], 'cards-mentions');
  const afterHeap = (await heap()) - empty;
  report('library-match-read', {
    note: 'what linking a page to the library reads, before (entries with texts) and now (cards + words)',
    entries: size,
    entriesWithTextsReadMs: Math.round(beforeMs),
    entriesWithTextsKeptMb: round(beforeHeap / 1e6),
    cardsAndWordsReadMs: Math.round(afterMs),
    cardsAndMentionsKeptMb: round(afterHeap / 1e6),
  });
  await page.close();
}
