// Pages change under Repère: articles that arrive late, single-page navigation, infinite scroll, frameworks that
// re-render their article. A MutationObserver notices; the page is read again within a frame when the marked text
// itself was replaced, and shortly after when new text arrived elsewhere (so a ticking clock costs nothing).

import { dropStaleMarks, listenToMarkChanges } from '../../lib/highlight/mark-fallback';

const REREAD_AFTER_GROWTH_MS = 300;
/** New text below this size (a counter, a timestamp) is not worth reading the page again for. */
const MIN_NEW_TEXT = 80;
/** Elements whose text nobody reads: adverts and analytics add them all the time. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);

export interface DynamicPageOptions {
  /** Text nodes of the article as last read (empty before any article was found). */
  articleNodes: () => ReadonlySet<Node>;
  /** Nodes Repère added itself (the hover card), whose changes are ignored. */
  ownNodes: () => readonly Node[];
  reread: () => void;
}

export function watchDynamicPage(document: Document, options: DynamicPageOptions): () => void {
  const view = document.defaultView!;
  let href = document.location.href;
  let frame = 0;
  let timer = 0;
  const soon = () => {
    if (timer) view.clearTimeout(timer);
    timer = 0;
    if (!frame) frame = view.requestAnimationFrame(fire);
  };
  const later = () => {
    if (frame || timer) return;
    timer = view.setTimeout(fire, REREAD_AFTER_GROWTH_MS);
  };
  const fire = () => {
    frame = 0;
    if (timer) view.clearTimeout(timer);
    timer = 0;
    // Text split off to be marked, from a text node that the page has rewritten since, is not the page's to read.
    dropStaleMarks(document);
    options.reread();
  };

  const handle = (records: MutationRecord[]) => {
    if (document.location.href !== href) {
      // Single-page navigation: history.pushState changed the address, the article is (being) swapped.
      href = document.location.href;
      return soon();
    }
    const article = options.articleNodes();
    const own = options.ownNodes();
    const isOwn = (node: Node) => own.some((each) => each === node || each.contains(node));
    let added = 0;
    let removed = false;
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        if (article.has(record.target)) return soon();
        added += MIN_NEW_TEXT;
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of Array.from(record.addedNodes)) {
        if (!isOwn(node) && !INVISIBLE.has(node.nodeName)) added += node.textContent?.length ?? 0;
      }
    }
    if (removed && article.size > 0 && lostArticle(article)) return soon();
    if (added >= MIN_NEW_TEXT) later();
  };
  const observer = new MutationObserver(handle);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // Where Repère marks the page with <mark> elements, painting it would otherwise look like new text and have it
  // read again, and painted again, without end. The page's own changes still pending are handled first; the
  // records that Repère's marks cause are dropped.
  const stopListening = listenToMarkChanges(document, {
    before: () => {
      const pending = observer.takeRecords();
      if (pending.length > 0) handle(pending);
    },
    after: () => void observer.takeRecords(),
  });
  const onNavigation = () => {
    if (document.location.href === href) return;
    href = document.location.href;
    soon();
  };
  view.addEventListener('popstate', onNavigation);
  view.addEventListener('hashchange', onNavigation);
  return () => {
    observer.disconnect();
    stopListening();
    view.removeEventListener('popstate', onNavigation);
    view.removeEventListener('hashchange', onNavigation);
  };
}

/** Whether some text node of the article left the page (checked once per batch of mutations). */
function lostArticle(article: ReadonlySet<Node>): boolean {
  for (const node of article) if (!node.isConnected) return true;
  return false;
}
