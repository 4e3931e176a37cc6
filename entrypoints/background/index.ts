import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../../lib/messages';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { ensureOffscreen, runAnalysis } from './analysis-host';
import { registerCorpusMenu } from './corpus-menu';
import { articleWithText, keepTextPart } from './text-parts';

export default defineBackground(() => {
  // The keyboard shortcut (commands API, Alt+Shift+R by default) flips the global setting; every content script
  // listens to the setting and paints or clears its page.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'toggle-highlights') return;
    void loadSettings().then((settings) =>
      saveSettings({ ...settings, highlightsEnabled: !settings.highlightsEnabled }),
    );
  });
  // Chrome: the analysis worker starts with the browser, so that the first article finds it ready.
  if (!import.meta.env.FIREFOX) {
    browser.runtime.onStartup.addListener(() => void ensureOffscreen());
    browser.runtime.onInstalled.addListener(() => void ensureOffscreen());
  }
  // Issue 6: the context-menu item "Add this page to the Repère corpus" (corpus-menu.ts).
  registerCorpusMenu();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as BackgroundRequest;
    // The analysis runs in the extension, so that the pages never load the knowledge base (analysis-host.ts).
    if (request?.type === 'repere:text-part') {
      keepTextPart(request.key, request.part);
      return Promise.resolve(true);
    }
    if (request?.type === 'repere:analyse') {
      const article = articleWithText(request);
      if (!article) return Promise.resolve(null);
      return loadSettings().then(({ summaryLength }) =>
        runAnalysis({ type: 'repere:analyse', article, summaryLength }),
      );
    }
    if (request?.type === 'repere:link')
      return runAnalysis({ type: 'repere:link', query: request.query, event: request.event });
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
