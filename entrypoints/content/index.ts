import '../../lib/highlight/highlights.css';
import { browser } from 'wxt/browser';
import type { ContentRequest, PageReport, RevealResponse } from '../../lib/messages';
import { onSettingsChanged } from '../../platform/settings-store';
import { readsThisFrame, topDefersToFrame } from './article-frame';
import { watchDynamicPage } from './dynamic-page';
import { HoverCard } from './hover-card';
import { PageSession } from './page-session';
import { revealRange, spanRange } from './reveal';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Every frame: an article may live in a same-origin iframe (article-frame.ts); other frames return at once.
  allFrames: true,
  main() {
    if (!readsThisFrame(window)) return;
    const session = new PageSession(document, location.hostname);
    // The top frame of a page whose article sits in an iframe leaves the popup and the badge to that frame.
    const defers = () => session.latestReport().state !== 'ready' && topDefersToFrame(window);
    session.ownsTab = () => !defers();
    let articleNodes: ReadonlySet<Node> = new Set();
    const card = new HoverCard(document, () => session.reading);
    session.onRead = (reading) => {
      articleNodes = new Set(reading?.article.segments.map((segment) => segment.node) ?? []);
      if (!reading) card.hide();
      else card.refresh();
    };
    watchDynamicPage(document, {
      articleNodes: () => articleNodes,
      ownNodes: () => (card.element ? [card.element] : []),
      reread: () => void session.run(),
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as ContentRequest;
      if (defers()) return undefined;
      if (request?.type === 'repere:get-report') return Promise.resolve(session.latestReport());
      if (request?.type === 'repere:analyse-anyway') return session.run(true) satisfies Promise<PageReport>;
      if (request?.type === 'repere:reveal') return Promise.resolve(reveal(request));
      return undefined;
    });
    onSettingsChanged((settings) => void session.settingsChanged(settings));
    void session.run();

    /** Scrolls to the first mention of an entity, to quote N or to a span of the text, and flashes it. */
    function reveal(request: {
      entityId?: string;
      quoteIndex?: number;
      span?: { start: number; end: number };
    }): RevealResponse {
      const painted = session.reading?.painted;
      if (!painted) return { ok: false };
      if (request.span) {
        const range = spanRange(document, session.reading!.article.segments, request.span);
        return { ok: range ? revealRange(document, range) : false };
      }
      const range =
        request.entityId !== undefined
          ? session.reading!.index.rangesOf(request.entityId)[0]
          : request.quoteIndex !== undefined
            ? painted.quoteRanges[request.quoteIndex]
            : undefined;
      return { ok: range ? revealRange(document, range) : false };
    }
  },
});
