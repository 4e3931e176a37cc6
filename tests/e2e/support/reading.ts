import type { BrowserHarness, TestPage } from '../../../scripts/support/browsers';
import type { HighlightCounts } from './expected';

const HIGHLIGHT_NAMES = ['place', 'group', 'source', 'person', 'quote'] as const;

/** The number of ranges of each of Repère's highlights on the page, as painted now. */
export function paintedCounts(page: TestPage): Promise<HighlightCounts> {
  return page.evaluateWith((names: readonly string[]) => {
    const counts: Record<string, number> = {};
    for (const name of names) counts[name] = CSS.highlights.get(`repere-${name}`)?.size ?? 0;
    return counts;
  }, HIGHLIGHT_NAMES) as Promise<HighlightCounts>;
}

/**
 * Opens the popup for the page opened last and waits until the page's reading is over. The content script
 * registers one highlight type at a time and reports "ready" only after the last one, so the highlights read after
 * this are complete (the first place range showing up does not mean the groups and quotes are there yet).
 */
export async function waitForAnalysis(
  harness: BrowserHarness,
): Promise<{ popup: TestPage; state: string; tabId: number }> {
  const tabId = await harness.newestTabId();
  const popup = await harness.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitFor(() => {
    const status = document.querySelector('[data-testid=status]')?.getAttribute('data-state');
    // A boolean: Firefox's WebDriver BiDi fails on a polled function that returns null.
    return Boolean(document.querySelector('[data-testid=title]') || (status && status !== 'working'));
  });
  const state = await popup.evaluate(
    () => document.querySelector('[data-testid=status]')?.getAttribute('data-state') ?? 'ready',
  );
  return { popup, state, tabId };
}

/** The highlights of a page once its reading is over (see waitForAnalysis). */
export async function paintedOnceRead(harness: BrowserHarness, page: TestPage): Promise<HighlightCounts> {
  const { popup } = await waitForAnalysis(harness);
  await popup.close();
  return paintedCounts(page);
}

/**
 * Polls a check made from node (a browser API call, say) until it holds or the time is up; returns its last value.
 * For signals no page can be told to wait on, such as the badge the background sets after the page reports.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The centre of the first highlighted range of `name` whose text matches `pattern`, scrolled into view. */
export function rangeCentre(page: TestPage, name: string, pattern: string) {
  return page.evaluateWith(
    ({ name, pattern }: { name: string; pattern: string }) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
      const range = ranges.find((candidate) => new RegExp(pattern, 'i').test(candidate.toString()));
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    },
    { name, pattern },
  );
}
