// `npm start`: builds the extension and opens a sample article in Chromium with Repère loaded, in a visible
// window when a display is available, headless otherwise (then a screenshot is saved so there is something to see).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumContext } from './support/browsers';
import { startFixtureServer } from './support/fixture-server';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startFixtureServer();
// The tests' launch, with the web open: a reader who starts Repère this way may browse other articles.
const context = await chromiumContext(mkdtempSync(join(tmpdir(), 'repere-start-')), {
  headless,
  viewport: { width: 1280, height: 900 },
  closedProxy: false,
});
const page = await context.newPage();
const url = `${server.origin}/pages/003_65784f5ca0caa49c/page.html`;
await page.goto(url);
console.log(`Repère is loaded; sample article: ${url}`);
if (headless) {
  await page.waitForFunction(() => (CSS.highlights.get('repere-place')?.size ?? 0) > 0, undefined, { timeout: 10000 });
  const shot = join(root, '.output/start-screenshot.png');
  await page.screenshot({ path: shot });
  console.log(`No display here: ran headless and saved ${shot}`);
  await context.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  context.on('close', () => void server.close());
}
