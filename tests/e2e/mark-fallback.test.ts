import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, type BrowserHarness } from '../../scripts/support/browsers';
import { PAGES_DIR } from './support/expected';
import { startFixtureServer, type FixtureServer } from '../../scripts/support/fixture-server';

// Browsers without the CSS Custom Highlight API (Firefox before 140) get <mark> elements. The unit tests run that
// fallback on linkedom; here it meets real browsers: live ranges, layout, and the page's own text nodes. The page
// removes the API from its own window, then runs Repère's reading and painting, bundled from lib/.

const PAGE = '001_5554a87f2ba7b6ff';

async function fallbackPage(): Promise<Record<string, string>> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'support/mark-fallback-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    loader: { '.css': 'empty' },
  });
  const html = readFileSync(join(PAGES_DIR, PAGE, 'page.html'), 'utf8')
    .replace('<head>', '<head><script>delete window.Highlight;</script>')
    .replace('</body>', '<script defer src="/e2e/fallback/repere.js"></script></body>');
  return { '/e2e/fallback/page.html': html, '/e2e/fallback/repere.js': bundle.outputFiles[0]!.text };
}

interface FallbackResult {
  before: { html: string; text: string };
  counts: Record<string, number>;
  mentions: string[];
  rangeTexts: string[];
  quoteTexts: (string | null)[];
  quotes: string[];
}

describe.each([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const)('%s: the <mark> fallback', (_name, launch) => {
  let server: FixtureServer;
  let harness: BrowserHarness;

  beforeAll(async () => {
    server = await startFixtureServer(await fallbackPage());
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  it('marks every mention in the page colours, keeps the text, quotes reachable, and clears to the exact page', async () => {
    const page = await harness.open(`${server.origin}/e2e/fallback/page.html`);
    await page.waitFor(() => Boolean((window as unknown as { __fallback?: unknown }).__fallback));
    const result = await page.evaluate(() => {
      const fallback = (window as unknown as { __fallback: FallbackResult }).__fallback;
      const marks = [...document.querySelectorAll<HTMLElement>('mark.repere-mark')];
      return {
        ...fallback,
        hasApi: 'Highlight' in window,
        marks: marks.map((mark) => ({ type: mark.dataset.repereType!, text: mark.textContent! })),
        placeColour: marks.find((mark) => mark.dataset.repereType === 'place')
          ? getComputedStyle(marks.find((mark) => mark.dataset.repereType === 'place')!).backgroundColor
          : '',
        textAfter: document.body.textContent,
      };
    });
    expect(result.hasApi).toBe(false);
    const marked = result.marks.length;
    console.log(`${harness.name} <mark> fallback on ${PAGE}: ${marked} marks ${JSON.stringify(result.counts)}`);
    expect(marked).toBeGreaterThan(20);
    expect(marked).toBe(result.counts.place! + result.counts.group! + result.counts.source! + result.counts.person!);
    // Each mark holds a mention as the analysis found it (a blank at its edge aside).
    for (const mark of result.marks) expect(result.mentions).toContain(mark.text.trim());
    expect(result.rangeTexts.every((text) => result.mentions.includes(text))).toBe(true);
    // The fallback paints with the extension's colours, not the browser's yellow <mark>.
    expect(result.placeColour).not.toBe('rgb(255, 255, 0)');
    expect(result.placeColour).not.toBe('rgba(0, 0, 0, 0)');
    expect(result.textAfter).toBe(result.before.text);
    expect(result.quoteTexts.map((text) => text?.replace(/\s+/g, ' '))).toEqual(
      result.quotes.map((text) => text.replace(/\s+/g, ' ')),
    );
    const cleared = await page.evaluate(() => {
      const fallback = (window as unknown as { __fallback: FallbackResult & { clear: () => void } }).__fallback;
      fallback.clear();
      return {
        marks: document.querySelectorAll('mark.repere-mark').length,
        same: document.body.innerHTML === fallback.before.html,
      };
    });
    expect(cleared).toEqual({ marks: 0, same: true });
    await page.close();
  });
});
