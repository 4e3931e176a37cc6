import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../lib/messages';

export default defineBackground(() => {
  // The badge shows how many entities Repère marked on the tab; empty when it is off or the page is no article.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as BackgroundRequest;
    const tabId = sender.tab?.id;
    if (request?.type !== 'repere:report' || tabId === undefined) return undefined;
    const text = request.report.state === 'ready' && request.report.entities > 0 ? String(request.report.entities) : '';
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeBackgroundColor({ tabId, color: '#3b5b7a' });
    void action.setBadgeText({ tabId, text });
    return undefined;
  });
});
