import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import puppeteer, { ProtocolError, type Browser, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = resolve(ROOT, process.env.REPERE_OUT_DIR ?? '.output');
export const CHROME_BUILD = join(OUTPUT, 'chrome-mv3');
export const FIREFOX_BUILD = join(OUTPUT, 'firefox-mv2');
const FIREFOX_UUID = '6c1f5a2e-3b4d-4e8f-9a1b-2c3d4e5f6a7b';

/** The part of the tabs API the harness calls from inside the extension. */
interface TabsApi {
  tabs: {
    query: (query: object) => Promise<{ id?: number }[]>;
    getCurrent: () => Promise<{ id?: number } | undefined>;
  };
}

/** One page in either browser, with the few operations the tests need. */
export interface TestPage {
  url: () => string;
  evaluate: <T>(fn: () => T) => Promise<T>;
  evaluateWith: <T, A>(fn: (arg: A) => T, arg: A) => Promise<T>;
  waitFor: (fn: () => unknown, timeoutMs?: number) => Promise<void>;
  click: (selector: string) => Promise<void>;
  /** Moves the mouse to (x, y) in the viewport, as a reader's pointer does. */
  mouseMove: (x: number, y: number) => Promise<void>;
  /** Presses a key (or a combination such as "Shift+Tab") with the keyboard. */
  press: (key: string) => Promise<void>;
  /** A PNG of the page at the given viewport size. */
  screenshot: (size: { width: number; height: number }) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

export interface BrowserHarness {
  name: 'chromium' | 'firefox';
  /** Opens a web page and waits for it to load (or only for its DOM: saved real pages wait on ads forever). */
  open: (url: string, waitUntil?: 'load' | 'domcontentloaded') => Promise<TestPage>;
  /** Opens one of the extension's own pages (popup.html?tabId=N, corpus.html?id=…). */
  openExtensionPage: (path: string) => Promise<TestPage>;
  /**
   * The browser's id for the most recently opened web page. Repère has no `tabs` permission, so tabs' URLs are
   * hidden from it; tab ids only grow, so the newest tab is the page the test just opened.
   */
  newestTabId: () => Promise<number>;
  /** Every URL the browser requested, for the no-network check. */
  requests: string[];
  close: () => Promise<void>;
}

function ensureBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
}

function wrapPlaywright(page: PlaywrightPage): TestPage {
  return {
    url: () => page.url(),
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    waitFor: async (fn, timeoutMs = 15000) => {
      await page.waitForFunction(fn, undefined, { timeout: timeoutMs });
    },
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    press: (key) => page.keyboard.press(key),
    screenshot: async (size) => {
      await page.setViewportSize(size);
      return page.screenshot();
    },
    close: () => page.close(),
  };
}

/**
 * page.waitForFunction, retried on protocol errors: while saved real pages run their own scripts, Firefox's BiDi
 * sometimes fails one evaluation ("right-hand side of 'in' should be an object, got null").
 * Where the page's CSP forbids the poller puppeteer builds with Function() (extension pages in Firefox ESR 140),
 * the function is polled from here instead.
 */
async function waitInFirefox<A extends unknown[]>(
  page: PuppeteerPage,
  fn: (...args: A) => unknown,
  timeoutMs: number,
  ...args: A
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForFunction(
        fn as never,
        { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
        ...(args as unknown as never[]),
      );
      return;
    } catch (error) {
      if (blockedByCsp(error)) return pollFromNode(page, fn, deadline, timeoutMs, ...args);
      if (!isProtocolError(error) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function pollFromNode<A extends unknown[]>(
  page: PuppeteerPage,
  fn: (...args: A) => unknown,
  deadline: number,
  timeoutMs: number,
  ...args: A
): Promise<void> {
  for (;;) {
    try {
      // A handle, so that a function returning an element (truthy) is read as such.
      const handle = await page.evaluateHandle(fn as (...args: unknown[]) => unknown, ...args);
      const value: unknown = handle.asElement() ? true : await handle.jsonValue();
      await handle.dispose();
      if (value) return;
    } catch (error) {
      if (!isProtocolError(error) && !isNavigating(error)) throw error;
    }
    if (Date.now() >= deadline) throw new Error(`Waiting failed: ${timeoutMs} ms exceeded (${String(fn)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function blockedByCsp(error: unknown): boolean {
  for (let each = error; each instanceof Error; each = each.cause) {
    if (/Function\(\) blocked by CSP/.test(each.message)) return true;
  }
  return false;
}

/** A page that navigates under an evaluation (a click on a link) loses its context: the next poll reads the new one. */
function isNavigating(error: unknown): boolean {
  return error instanceof Error && /context|navigat|destroyed|discarded|no such frame/i.test(error.message);
}

/** By name along the cause chain: `instanceof` fails when puppeteer's ESM and CJS builds are both loaded. */
function isProtocolError(error: unknown): boolean {
  for (let each = error; each instanceof Error; each = each.cause) {
    if (each instanceof ProtocolError || each.name === 'ProtocolError' || each.message.startsWith('Protocol error')) {
      return true;
    }
  }
  return false;
}

function wrapPuppeteer(page: PuppeteerPage): TestPage {
  return {
    url: () => page.url(),
    evaluate: (fn) => page.evaluate(fn) as never,
    evaluateWith: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg) as never,
    waitFor: (fn, timeoutMs = 15000) => waitInFirefox(page, fn, timeoutMs),
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    press: async (key) => {
      const keys = key.split('+') as KeyInput[];
      for (const each of keys) await page.keyboard.down(each);
      for (const each of keys.reverse()) await page.keyboard.up(each);
    },
    screenshot: async (size) => {
      await page.setViewport(size);
      return page.screenshot({ type: 'png' });
    },
    close: () => page.close(),
  };
}

/** `profileDir`: launch on this browser profile and keep it on close (to reopen it later); else a fresh one. */
export interface LaunchOptions {
  profileDir?: string;
}

/** How the Chromium of the tests, the screenshots and `npm start` is launched. */
export interface ChromiumOptions {
  /** false: the same browser without Repère (the baseline the performance test compares the page's heap against). */
  extension?: boolean;
  /** The interface language of the browser and of the extension's `_locales` (screenshots in both languages). */
  lang?: 'en' | 'fr';
  /** false: a visible window (`npm start` with a display). */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /**
   * false: the reader may browse the web (`npm start`); else every address but 127.0.0.1 goes to a closed port, so
   * saved real pages' ads and fonts fail at once (they are still recorded, and the no-network check is made on
   * fixture pages).
   */
  closedProxy?: boolean;
}

/** A Chromium profile with the built extension loaded. */
export async function chromiumContext(
  profile: string,
  { extension = true, lang, headless = true, viewport, closedProxy = true }: ChromiumOptions = {},
): Promise<BrowserContext> {
  if (extension) ensureBuilt(CHROME_BUILD);
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    ...(viewport ? { viewport } : {}),
    ...(lang
      ? {
          locale: lang === 'fr' ? 'fr-FR' : 'en-US',
          env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
        }
      : {}),
    args: [
      ...(extension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : []),
      ...(lang ? [`--lang=${lang}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(closedProxy ? ['--proxy-server=127.0.0.1:9', '--proxy-bypass-list=127.0.0.1'] : []),
    ],
  });
}

/** The extension's service worker in a Chromium profile (it may have started before anyone listened). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The browser's id for the most recently opened tab, asked of the extension's service worker. */
export function newestTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const tabs = await api.tabs.query({});
    return Math.max(...tabs.map((tab) => tab.id ?? -1));
  });
}

export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserHarness> {
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'repere-chromium-'));
  const context = await chromiumContext(profile);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    requests,
    open: async (url, waitUntil = 'load') => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil });
      return wrapPlaywright(page);
    },
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    newestTabId: () => newestTabId(worker),
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<BrowserHarness> {
  ensureBuilt(FIREFOX_BUILD);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // The add-on is installed as a temporary one on each launch: keep its data when it goes at shutdown, so that
      // a reopened profile still holds the corpus.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Keep Firefox's own services quiet on a machine without network.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      // As for Chromium: everything but 127.0.0.1 goes to a closed port and fails at once.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const requests: string[] = [];
  const track = (page: PuppeteerPage) => page.on('request', (request) => void requests.push(request.url()));
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    track(page);
    // Navigations to moz-extension:// never report completion over BiDi: start one and poll for the document.
    void page.goto(`${base}${path}`).catch(() => undefined);
    await waitInFirefox(
      page,
      () => document.readyState === 'complete' && location.protocol === 'moz-extension:',
      15000,
    );
    return wrapPuppeteer(page);
  };
  return {
    name: 'firefox',
    requests,
    open: async (url, waitUntil = 'load') => {
      const page = await browser.newPage();
      track(page);
      try {
        await page.goto(url, { waitUntil });
      } catch (error) {
        // Some saved real pages make Firefox's BiDi navigation report "Address rejected" (their frames and
        // beacons go to addresses that fail here) although the page itself loads: check that it did.
        const loaded = await waitInFirefox(
          page,
          (wanted: string) => location.href === wanted && document.readyState !== 'loading',
          15000,
          url,
        ).then(
          () => true,
          () => false,
        );
        if (!loaded) throw error;
      }
      return wrapPuppeteer(page);
    },
    openExtensionPage,
    newestTabId: async () => {
      const page = await openExtensionPage('options.html');
      const id = await page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: TabsApi }).browser;
        const own = (await api.tabs.getCurrent())?.id;
        const tabs = await api.tabs.query({});
        return Math.max(...tabs.filter((tab) => tab.id !== own).map((tab) => tab.id ?? -1));
      });
      await page.close();
      return id;
    },
    close: () => browser.close(),
  };
}
