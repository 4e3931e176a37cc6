// `npm run bench` section "library-page": the library page of the built extension in real headless Chromium, with
// a SYNTHETIC library of 100,000 entries (the scale fixture, LIBRARY_ENTRIES to change) imported through the page as
// a reader would: import time, the longest main-thread task while the worker imports, then, with the page opened
// again, the list's first paint, the IndexedDB size (navigator.storage.estimate) and the page's JS heap (CDP
// Performance.getMetrics after a garbage collection), the first search's answer after the page opens (its search
// worker loading the stored index, or building it on the first visit), and the scale bench's 50 queries typed into
// the page (keystroke to rendered answer). Needs `npm run build`. LIBRARY_PROFILE=DIR keeps the imported profile in
// DIR and, when DIR already holds that many entries, reuses it without importing again (the import's figures are
// then not printed).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromiumContext, extensionWorker } from './support/browsers';
import { fakesArticles, scaleFixture, scaleJsonl } from './support/scale-fixture';
import { percentile, round } from './support/stats';
import { scaleQueries } from './bench-scale';

type Report = (name: string, values: Record<string, number | string>) => void;

const HOUR = 3_600_000;

async function openLibrary(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/corpus.html`, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid=result-count]', { timeout: HOUR });
  return page;
}

/**
 * Types each query into the library's search box and waits for the list that answers it (the count says which query
 * its results answer): the time from the keystroke to the answer in the page, and the worker's own time.
 */
/** Imports the scale fixture through the library page, as a reader would, and prints the import's figures. */
async function importThroughPage(
  report: Report,
  context: BrowserContext,
  base: string,
  dir: string,
  size: number,
  fakes: ReturnType<typeof fakesArticles>,
): Promise<void> {
  const file = join(dir, 'scale.jsonl');
  writeFileSync(file, scaleJsonl(scaleFixture(size, fakes)));
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
  // The search worker takes in the import once its changes settle, then stores its index a few seconds later.
  await page.waitForSelector('[data-testid=result-count][data-index-stored=true]', { timeout: HOUR });
  report('library-page-import-indexed', {
    entries: size,
    searchIndexStoredAfterImportSeconds: round((((await page.evaluate('performance.now()')) as number) - end) / 1000),
  });
  await page.close();
}

async function typedSearches(page: Page, queries: readonly string[]): Promise<{ page: number[]; worker: number[] }> {
  const times = { page: [] as number[], worker: [] as number[] };
  for (const query of queries) {
    const [ms, workerMs] = (await page.evaluate(`new Promise((resolve) => {
      const count = document.querySelector('[data-testid=result-count]');
      const list = document.querySelector('[data-testid=entry-list]');
      const input = document.querySelector('[data-testid=library-search]');
      const query = ${JSON.stringify(query)};
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (count.getAttribute('data-query') !== query || list.getAttribute('data-search-ms') === null) return;
        observer.disconnect();
        const workerMs = Number(list.getAttribute('data-search-worker-ms'));
        list.removeAttribute('data-search-ms');
        resolve([performance.now() - start, workerMs]);
      });
      observer.observe(document.body, { attributes: true, subtree: true, childList: true });
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })`)) as [number, number];
    times.page.push(ms);
    times.worker.push(workerMs);
  }
  return times;
}

async function heapMb(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  return round(metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value / 1e6);
}

export async function benchLibraryPage(report: Report, size: number): Promise<void> {
  const kept = process.env.LIBRARY_PROFILE;
  const dir = mkdtempSync(join(tmpdir(), 'repere-library-page-'));
  const profile = kept ?? join(dir, 'profile');
  const marker = join(profile, 'repere-bench-entries');
  const reuse = Boolean(kept && existsSync(marker) && readFileSync(marker, 'utf8') === String(size));
  mkdirSync(profile, { recursive: true });
  const fakes = fakesArticles();
  const context = await chromiumContext(profile);
  try {
    const base = `chrome-extension://${new URL((await extensionWorker(context)).url()).host}`;
    if (!reuse) await importThroughPage(report, context, base, dir, size, fakes);
    if (kept && !reuse) writeFileSync(marker, String(size));

    // Opened again: the list from IndexedDB, and a search typed as soon as the list shows (the worker loads its
    // index meanwhile).
    const again = await context.newPage();
    await again.goto(`${base}/corpus.html`, { waitUntil: 'load' });
    await again.waitForSelector('[data-testid=entry-list][data-load-ms]', { timeout: HOUR });
    const first = await typedSearches(again, ['Raqqa']);
    const opened = (await again.evaluate(`(() => {
      const list = document.querySelector('[data-testid=entry-list]');
      const count = document.querySelector('[data-testid=result-count]');
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        loadMs: Number(list.dataset.loadMs),
        storeMs: Number(list.dataset.storeMs),
        mountAt: Number(list.dataset.mountAt),
        shownAt: Number(list.dataset.shownAt),
        answeredAt: performance.now(),
        contentfulPaint: paint ? paint.startTime : -1,
        indexSource: count.dataset.indexSource,
        indexMs: Number(count.dataset.indexMs),
      };
    })()`)) as Record<
      'loadMs' | 'storeMs' | 'mountAt' | 'shownAt' | 'answeredAt' | 'contentfulPaint' | 'indexMs',
      number
    > & {
      indexSource: string;
    };
    await again.waitForSelector('[data-testid=result-count][data-names-ready=true]', { timeout: HOUR });
    const ready = (await again.evaluate('performance.now()')) as number;
    const { usage } = (await again.evaluate('navigator.storage.estimate()')) as { usage: number };
    report('library-page-open', {
      entries: size,
      // From the library's start (after the page's scripts and the knowledge base) to the first 60 cards shown.
      listFirstPaintMs: opened.loadMs,
      indexedDbReadMs: opened.storeMs,
      // From the navigation: the library's start, the list shown, the browser's first contentful paint.
      libraryStartAtMs: Math.round(opened.mountAt),
      listShownAtMs: Math.round(opened.shownAt),
      firstContentfulPaintAtMs: Math.round(opened.contentfulPaint),
      firstSearchMs: round(first.page[0]!),
      firstAnswerAtMs: Math.round(opened.answeredAt),
      searchIndex: opened.indexSource,
      searchIndexLoadMs: opened.indexMs,
      searchReadyMs: Math.round(ready),
      storageMb: round(usage / 1e6),
    });
    await again.close();

    // Opened once more: the heap before and after the scale bench's 50 queries, typed one after another.
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(`${base}/corpus.html`, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid=result-count][data-names-ready=true]', { timeout: HOUR });
    // The page at rest: the map's and timeline's events read (while they are, their slices delay every answer).
    await page.waitForSelector('[data-testid=corpus-events][data-ready=true]', { timeout: HOUR });
    const heap = await heapMb(session);
    const queries = [...new Set(scaleQueries(fakes))];
    const times = await typedSearches(page, queries);
    const searched = await heapMb(session);
    report('library-page-search', {
      entries: size,
      queries: queries.length,
      jsHeapMb: heap,
      p50Ms: round(percentile(times.page, 0.5)),
      p95Ms: round(percentile(times.page, 0.95)),
      maxMs: round(Math.max(...times.page)),
      workerP50Ms: round(percentile(times.worker, 0.5)),
      workerP95Ms: round(percentile(times.worker, 0.95)),
      jsHeapAfterSearchMb: searched,
    });
    report('library-page-targets', {
      loadAverage: round(loadavg()[0]!),
      listFirstPaintMs: opened.loadMs,
      firstPaintTargetMs: 300,
      firstPaintMet: String(opened.loadMs <= 300),
      searchP95Ms: round(percentile(times.page, 0.95)),
      searchP95TargetMs: 50,
      searchMet: String(percentile(times.page, 0.95) <= 50),
      jsHeapMb: Math.max(heap, searched),
      heapTargetMb: 300,
      heapMet: String(Math.max(heap, searched) <= 300),
    });
    await page.close();

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
