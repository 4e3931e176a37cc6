import { browser } from 'wxt/browser';
import { entryFromPage } from '../../lib/corpus/library';
import { mentionIds } from '../../lib/corpus/match';
import type { PageReport } from '../../lib/messages';
import { askPage } from '../../platform/page-messages';
import { putEntries } from '../../platform/corpus-store';

// The "Add this page to the Repère corpus" item of the page's context menu (`contextMenus` permission). The
// background asks the tab's content script for its analysis and stores it in the extension's IndexedDB.

const MENU_ID = 'repere-add-to-corpus';

type Menus = typeof browser.contextMenus;

function menus(): Menus | undefined {
  const api = browser as unknown as { contextMenus?: Menus; menus?: Menus };
  return api.contextMenus ?? api.menus;
}

/** Saves the tab's article to the corpus; the badge says "+" for two seconds when it is done, "!" when it failed. */
export async function addTabToCorpus(tabId: number, pageUrl: string | undefined): Promise<boolean> {
  let report = await askPage<PageReport>(tabId, { type: 'repere:get-report' });
  // The reader asked for this page: one that Repère left unmarked (not an article, off topic) is analysed anyway.
  if (!report?.analysis || report.state !== 'ready')
    report = await askPage<PageReport>(tabId, { type: 'repere:analyse-anyway' });
  const analysis = report?.analysis;
  const action = browser.action ?? browser.browserAction;
  const flash = async (text: string) => {
    const before = await action.getBadgeText({ tabId }).catch(() => '');
    await action.setBadgeText({ tabId, text });
    setTimeout(() => void action.setBadgeText({ tabId, text: before }).catch(() => undefined), 2000);
  };
  if (!analysis || !analysis.text.trim()) {
    await flash('!').catch(() => undefined);
    return false;
  }
  await putEntries([
    entryFromPage({
      title: analysis.title,
      text: analysis.text,
      lang: analysis.lang,
      mentions: mentionIds(analysis.entities),
      url: report?.url ?? pageUrl,
      outlet: report?.hostname,
    }),
  ]);
  await flash('+').catch(() => undefined);
  return true;
}

export function registerCorpusMenu(): void {
  const api = menus();
  if (!api) return;
  browser.runtime.onInstalled.addListener(() => {
    api.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuAddToCorpus'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  api.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void addTabToCorpus(tab.id, info.pageUrl ?? tab.url);
  });
}
