import '../../lib/highlight/highlights.css';
import { browser } from 'wxt/browser';
import { analyse } from '../../lib/analyse/analyse';
import { extractArticle } from '../../lib/article/extract';
import type { KnowledgeEntity } from '../../lib/knowledge/schema';
import { buildAutomaton, type Automaton } from '../../lib/recognise/automaton';
import type { Analysis } from '../../lib/types';
import { paintHighlights, type PaintedHighlights } from '../../lib/highlight/paint';
import type { BackgroundRequest, ContentRequest, PageReport, PageState } from '../../lib/messages';
import { isActiveOn } from '../../lib/settings';
import { loadSettings, onSettingsChanged } from '../../platform/settings-store';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const page = new PageSession(location.hostname);
    browser.runtime.onMessage.addListener((message: unknown) => page.handle(message as ContentRequest));
    onSettingsChanged(() => void page.run());
    void page.run();
  },
});

/** Everything Repère does on one page: read the article, analyse it, paint it, answer the popup. */
class PageSession {
  private report: PageReport;
  private painted: PaintedHighlights | null = null;
  private automaton: Promise<Automaton> | null = null;

  constructor(private readonly hostname: string) {
    this.report = { state: 'working', hostname, analysis: null, painted: 0 };
  }

  async run(force = false): Promise<PageReport> {
    this.painted?.clear();
    this.painted = null;
    try {
      const settings = await loadSettings();
      if (!force && !isActiveOn(settings, this.hostname)) return this.finish('disabled', null);
      const article = extractArticle(document, { force });
      if (!article.isArticle && !force) return this.finish('not-article', null);
      const analysis = analyse(
        { text: article.text, title: article.title, isArticle: article.isArticle },
        { automaton: await this.knowledge() },
      );
      if (!analysis.inDomain && !force) return this.finish('off-topic', analysis);
      this.painted = paintHighlights(document, article.segments, analysis);
      return this.finish('ready', analysis);
    } catch {
      // Whatever went wrong stays in Repère: the page itself is never left half-changed.
      this.painted?.clear();
      return this.finish('error', null);
    }
  }

  /** The knowledge base, fetched from the background on the first article and compiled once per page. */
  private knowledge(): Promise<Automaton> {
    this.automaton ??= browser.runtime
      .sendMessage({ type: 'repere:get-knowledge' } satisfies BackgroundRequest)
      .then((entities) => buildAutomaton(entities as KnowledgeEntity[]));
    return this.automaton;
  }

  handle(message: ContentRequest): Promise<PageReport> | undefined {
    if (message?.type === 'repere:get-report') return Promise.resolve(this.report);
    if (message?.type === 'repere:analyse-anyway') return this.run(true);
    return undefined;
  }

  private finish(state: PageState, analysis: Analysis | null): PageReport {
    const counts = this.painted?.counts;
    const painted = counts ? counts.place + counts.group + counts.source + counts.person : 0;
    this.report = { state, hostname: this.hostname, analysis, painted };
    const request: BackgroundRequest = {
      type: 'repere:report',
      report: { state, painted, entities: state === 'ready' ? (analysis?.entities.length ?? 0) : 0 },
    };
    browser.runtime.sendMessage(request).catch(() => undefined);
    return this.report;
  }
}
