import { browser } from 'wxt/browser';
import type { ContentRequest, PageReport } from '../../lib/messages';

/** The tab the popup describes: `?tabId=N` when given (tests, links), else the active tab of the current window. */
export async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function askPage(tabId: number, request: ContentRequest): Promise<PageReport | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as PageReport | undefined) ?? null;
  } catch {
    // No content script there: a browser page, the extension store, or a tab opened before Repère was installed.
    return null;
  }
}
