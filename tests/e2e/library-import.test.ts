import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_BATCH } from '../../platform/corpus-import';
import { launchChromium, launchFirefox, type BrowserHarness, type TestPage } from '../../scripts/support/browsers';
import { chooseFile, countStoredCorpus } from '../../scripts/support/library-import';
import { fakesArticles, scaleFixture, scaleJsonl } from '../../scripts/support/scale-fixture';

// A large import through the library page, in both browsers: the page closed half-way leaves whole entries only;
// imported again, the import is cancelled part-way (whole entries again); imported a third time, it completes with
// exactly one entry per distinct record. The file is the synthetic scale library (FA-KES paragraphs recombined),
// IMPORT_ENTRIES records (4,000 by default; the 100,000-entry figures are `BENCH_ONLY=library-page npm run bench`).

const SIZE = Number(process.env.IMPORT_ENTRIES ?? 4_000);
const BUNDLED = 5;
const body = scaleJsonl(scaleFixture(SIZE, fakesArticles()));

const progressOf = (page: TestPage) =>
  page.evaluate(() => {
    const bar = document.querySelector('[data-testid=import-progress]');
    return { done: Number(bar?.getAttribute('data-done') ?? -1), total: Number(bar?.getAttribute('data-total') ?? -1) };
  });

/** Waits until the import has stored at least `share` of the file (the progress bar's figures). */
async function waitForProgress(page: TestPage, share: number): Promise<void> {
  await page.evaluateWith((share: number) => ((window as unknown as { __share: number }).__share = share), share);
  await page.waitFor(() => {
    const bar = document.querySelector('[data-testid=import-progress]');
    const done = Number(bar?.getAttribute('data-done') ?? 0);
    const total = Number(bar?.getAttribute('data-total') ?? 0);
    return total > 0 && done >= total * (window as unknown as { __share: number }).__share;
  }, 120_000);
}

async function openLibrary(harness: BrowserHarness): Promise<TestPage> {
  const page = await harness.openExtensionPage('corpus.html');
  await page.waitFor(() => document.querySelector('[data-testid=result-count]'), 60_000);
  return page;
}

/** The status line of a finished import or cancellation (its kind "ok"), once it names `words`. */
async function statusSaying(page: TestPage, words: string, timeoutMs = 180_000): Promise<string> {
  await page.evaluateWith((words: string) => ((window as unknown as { __words: string }).__words = words), words);
  await page.waitFor(
    () =>
      document
        .querySelector('[data-testid=library-status][data-kind=ok]')
        ?.textContent?.includes((window as unknown as { __words: string }).__words) ?? false,
    timeoutMs,
  );
  return page.evaluate(() => document.querySelector('[data-testid=library-status]')?.textContent ?? '');
}

describe.each([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const)('%s: a large import, interrupted and resumed', (name, launch) => {
  let harness: BrowserHarness;
  const profileDir = mkdtempSync(join(tmpdir(), `repere-import-${name}-`));

  beforeAll(async () => {
    harness = await launch({ profileDir });
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it(`closed half-way, cancelled, then completed: ${SIZE} records, whole entries only, no duplicates`, async () => {
    const started = Date.now();
    // 1. The page is closed while the worker stores the file.
    const first = await openLibrary(harness);
    await chooseFile(first, 'scale.jsonl', body);
    await waitForProgress(first, 0.25);
    const seen = await progressOf(first);
    expect(seen.total).toBe(SIZE);
    await first.close();

    const second = await openLibrary(harness);
    const afterClose = await second.evaluate(countStoredCorpus);
    // Whole batches only: every entry with its card and words, and as many as some batches hold.
    expect(afterClose.incomplete).toBe(0);
    expect(afterClose.cards).toBe(afterClose.entries);
    expect(afterClose.words).toBe(afterClose.entries);
    expect(afterClose.entries).toBeGreaterThanOrEqual(seen.done);
    expect(afterClose.entries).toBeLessThan(SIZE);
    expect(afterClose.entries % IMPORT_BATCH).toBe(0);

    // 2. The same file again: the stored entries are skipped, and the reader cancels part-way.
    await chooseFile(second, 'scale.jsonl', body);
    await second.evaluateWith(
      (stored: number) => ((window as unknown as { __stored: number }).__stored = stored),
      afterClose.entries,
    );
    // The reader cancels as soon as one more batch is stored: clicked in the page itself, at once (a round trip
    // from the test could come after the end of an import on every core).
    await second.waitFor(() => {
      const done = Number(document.querySelector('[data-testid=import-progress]')?.getAttribute('data-done') ?? 0);
      if (done <= (window as unknown as { __stored: number }).__stored) return false;
      document.querySelector<HTMLButtonElement>('[data-testid=import-cancel]')!.click();
      return true;
    }, 120_000);
    const cancelled = await statusSaying(second, 'scale.jsonl');
    expect(cancelled).toMatch(/cancelled|annulé/);
    const afterCancel = await second.evaluate(countStoredCorpus);
    expect(afterCancel.incomplete).toBe(0);
    expect(afterCancel.cards).toBe(afterCancel.entries);
    expect(afterCancel.entries).toBeGreaterThan(afterClose.entries);
    expect(afterCancel.entries).toBeLessThan(SIZE);
    // The status says how many are stored, and it is the truth.
    expect(cancelled.replace(/[\s\u202f\u00a0,]/g, '')).toContain(String(afterCancel.entries));
    expect(await second.evaluate(() => document.querySelector('[data-testid=import-progress]'))).toBeNull();
    await second.close();

    // 3. Once more, to the end: one entry per distinct record, and the list counts them.
    const third = await openLibrary(harness);
    await chooseFile(third, 'scale.jsonl', body);
    await statusSaying(third, 'scale.jsonl', 300_000);
    const final = await third.evaluate(countStoredCorpus);
    expect(final).toEqual({ entries: SIZE, cards: SIZE, words: SIZE, incomplete: 0 });
    // The list, read again, shows every entry once: the stored ones and the bundled ones.
    await third.evaluateWith((all: number) => ((window as unknown as { __all: number }).__all = all), SIZE + BUNDLED);
    await third.waitFor(
      () =>
        Number(document.querySelector('[data-testid=result-count]')?.getAttribute('data-count')) ===
        (window as unknown as { __all: number }).__all,
      60_000,
    );
    console.log(
      `[perf] ${name} import of ${SIZE} records: closed at ${afterClose.entries}, cancelled at ${afterCancel.entries}, ` +
        `completed in ${Math.round((Date.now() - started) / 1000)} s for the three runs`,
    );
    await third.close();
  }, 600_000);
});
