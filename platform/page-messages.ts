import { browser } from 'wxt/browser';
import type { ContentRequest } from '../lib/messages';

/**
 * Sends a request to the content script of a tab. Null when nobody answers: a browser page, the extension store,
 * or a tab opened before Repère was installed have no content script.
 */
export async function askPage<Answer>(tabId: number, request: ContentRequest): Promise<Answer | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as Answer | undefined) ?? null;
  } catch {
    return null;
  }
}
