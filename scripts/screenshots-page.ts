// Part of `npm run screenshots`: the hover card on a highlighted article, in headless Chromium and Firefox, from the
// built extension (the same harness as the end-to-end tests). Writes docs/hover-card-<browser>.png.
import { writeFileSync } from 'node:fs';
import type { BrowserHarness } from './support/browsers';
import { inEachBrowser } from './in-each-browser';

const ARTICLE = '/pages/003_65784f5ca0caa49c/page.html';
const SIZE = { width: 1100, height: 720 };

async function shoot(harness: BrowserHarness, origin: string): Promise<void> {
  const page = await harness.open(`${origin}${ARTICLE}`);
  await page.screenshot(SIZE);
  await page.waitFor(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0);
  const target = await page.evaluate(() => {
    const range = ([...(CSS.highlights.get('repere-place') ?? [])] as Range[]).find((candidate) =>
      /kamal/i.test(candidate.toString()),
    )!;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    scrollBy(0, 120);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouseMove(target.x, target.y);
  await page.waitFor(() => {
    const card = document.querySelector('repere-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
    return card && !card.hidden;
  });
  await new Promise((done) => setTimeout(done, 300));
  writeFileSync(`docs/hover-card-${harness.name}.png`, await page.screenshot(SIZE));
  console.log(`docs/hover-card-${harness.name}.png`);
  await page.close();
}

await inEachBrowser(shoot);
