import { browser } from 'wxt/browser';
import { knowledgeEntities } from '../lib/index';
import type { BackgroundRequest } from '../lib/messages';
import { loadSettings, saveSettings } from '../platform/settings-store';
import { registerCorpusMenu } from '../platform/corpus-menu';

export default defineBackground(() => {
  // The keyboard shortcut (commands API, Alt+Shift+R by default) flips the global setting; every content script
  // listens to the setting and paints or clears its page.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'toggle-highlights') return;
    void loadSettings().then((settings) =>
      saveSettings({ ...settings, highlightsEnabled: !settings.highlightsEnabled }),
    );
  });
  // Issue 6: the context-menu item "Add this page to the Repère corpus" (platform/corpus-menu.ts).
  registerCorpusMenu();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as BackgroundRequest;
    // The knowledge base lives here so that pages that are not articles never load it.
    if (request?.type === 'repere:get-knowledge') return Promise.resolve(knowledgeEntities());
    if (request?.type !== 'repere:report') return undefined;
    // The badge shows how many entities Repère marked on the tab; empty when it is off or the page is no article.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const text = request.report.state === 'ready' && request.report.entities > 0 ? String(request.report.entities) : '';
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeBackgroundColor({ tabId, color: '#3b5b7a' });
    void action.setBadgeText({ tabId, text });
    return undefined;
  });
});
