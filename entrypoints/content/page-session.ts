import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../../lib/article/extract';
import type { KnowledgeEntity } from '../../lib/knowledge/schema';
import type { Analysis } from '../../lib/types';
import type { PaintedHighlights } from '../../lib/highlight/paint';
import type { BackgroundRequest, PageLinks, PageReport, PageState } from '../../lib/messages';
import type { OtherAccount } from '../../lib/corpus/accounts';
import { mentionIds } from '../../lib/corpus/match';
import { pageMeta } from '../../lib/article/page-meta';
import { isActiveOn, withHighlightTypes, type Settings } from '../../lib/settings';
import { applyReaderColours } from '../../lib/highlight/reader-colours';
import { loadSettings } from '../../platform/settings-store';
import type { MentionIndex } from './mention-index';
import { styleShadowRoots } from './shadow-styles';
import { sendArticle } from './send-article';
import { extractInSlices, indexInSlices, paintInSlices, pauseWhile, Superseded } from './sliced-reading';

/** What the other parts of the content script (hover card, reveal, dynamic pages) read from the current reading. */
export interface PageReading {
  analysis: Analysis;
  article: ExtractedArticle;
  painted: PaintedHighlights;
  /** The painted mentions by node, for the hover card and "reveal". */
  index: MentionIndex;
  /** The knowledge-base records of the linked entities found, for the hover card. */
  entities: ReadonlyMap<string, KnowledgeEntity>;
}

/** What the background found in an article, with the text put back in; `accounts` once linked to the corpus. */
interface Found {
  analysis: Analysis;
  entities: ReadonlyMap<string, KnowledgeEntity>;
  /** The background's key for this analysis's corpus query (see link). */
  linkKey: string;
  accounts: OtherAccount[] | null;
}

/** Everything Repère does on one page: read the article, analyse it, paint it, answer the popup. */
export class PageSession {
  private report: PageReport;
  /** The settings whose colours the page has: a page that keeps changing is re-read often, with the same ones. */
  private colouredWith: Settings | null = null;
  private generation = 0;
  private forced = false;
  private settings: Promise<Settings> | null = null;
  /**
   * The last analysed text, the summary length it was summarised at, and what was found: a re-rendered article with
   * the same words is only re-mapped.
   */
  private cache: { text: string; summaryLength: number; found: Found } | null = null;
  reading: PageReading | null = null;
  /** Whether this frame speaks for the tab (sets the badge); false in a top frame whose article is in an iframe. */
  ownsTab: () => boolean = () => true;
  /** Called after every reading (also when the page was left unmarked). */
  onRead: (reading: PageReading | null) => void = () => undefined;

  constructor(
    private readonly document: Document,
    private readonly hostname: string,
  ) {
    this.report = { state: 'working', hostname, analysis: null, painted: 0 };
  }

  /** Reads the page again; a reading still under way is abandoned at its next slice. */
  async run(force = this.forced): Promise<PageReport> {
    this.forced = force;
    const generation = ++this.generation;
    const pause = pauseWhile(() => generation === this.generation);
    try {
      // Read once, then kept up to date by the storage listener: a re-rendered page is repainted without a round trip.
      this.settings ??= loadSettings();
      const settings = await this.settings;
      if (generation !== this.generation) throw new Superseded();
      if (!force && !isActiveOn(settings, this.hostname)) return this.finish('disabled', null);
      const article = await extractInSlices(this.document, { force }, pause);
      if (!article.isArticle && !force) return this.finish('not-article', null);
      const cached = this.cache?.text === article.text && this.cache.summaryLength === settings.summaryLength;
      // Sending a long article's text (hundreds of kB to serialise) and unpacking the answer each get a task of
      // their own, apart from the slices of reading and painting.
      if (!cached) await pause();
      const found = cached ? this.cache!.found : await this.analyse(article);
      if (!cached) await pause();
      if (generation !== this.generation) throw new Superseded();
      this.cache = { text: article.text, summaryLength: settings.summaryLength, found };
      const { analysis, entities } = found;
      if (!analysis.inDomain && !force) return this.finish('off-topic', analysis);
      // The reader may have chosen to paint only some types, in their own colours (options page).
      if (settings !== this.colouredWith) applyReaderColours(this.document, settings);
      this.colouredWith = settings;
      // Styles go in before the highlights: Chromium rebuilds the markers of every painted range after each change
      // of the page's style or DOM, and this way the first frame with the highlights pays for both at once.
      styleShadowRoots(article.segments.map((segment) => segment.node));
      const shown = withHighlightTypes(analysis, settings.highlightTypes);
      const painted = await paintInSlices(this.document, article.segments, shown, pause);
      if (generation !== this.generation) throw new Superseded();
      const index = await indexInSlices(painted, pause);
      // The new ranges replace the old ones in one go: the reader never sees the page unmarked in between.
      this.reading = { analysis, article, painted, index, entities };
      // The hover card works as soon as the highlights show, before the corpus links arrive.
      this.onRead(this.reading);
      // Painted: now the corpus links, for the popup (which waits for "ready").
      if (!found.accounts) await this.link(found);
      if (generation !== this.generation) throw new Superseded();
      this.reading = { ...this.reading, analysis: found.analysis };
      return this.finish('ready', found.analysis, found.accounts ?? []);
    } catch (error) {
      if (error instanceof Superseded) return this.report;
      // Whatever went wrong stays in Repère: the page itself is never left half-changed.
      return this.finish('error', null);
    }
  }

  /** The reader changed the settings: read the page again with them. */
  settingsChanged(settings: Settings): Promise<PageReport> {
    this.settings = Promise.resolve(settings);
    return this.run(false);
  }

  /** Where the page stands, for the popup. */
  latestReport(): PageReport {
    return this.report;
  }

  /** The background analyses the article (recognition, quotes, summary, domain, event, corpus): see background/. */
  private async analyse(article: ExtractedArticle): Promise<Found> {
    const answer = await sendArticle({
      text: article.text,
      title: article.title,
      isArticle: article.isArticle,
      url: this.document.location.href,
      ...pageMeta(this.document),
    });
    return {
      analysis: { ...answer.analysis, text: article.text },
      entities: new Map(answer.entities.map((entity) => [entity.id, entity])),
      linkKey: answer.linkKey,
      accounts: null,
    };
  }

  /** Links the analysis to the reader's corpus (in the background), in place: a re-read finds it linked. */
  private async link(found: Found): Promise<void> {
    const { text, lang, inDomain, entities, event } = found.analysis;
    const ask = (query: Extract<BackgroundRequest, { type: 'repere:link' }>['query']) =>
      browser.runtime
        .sendMessage({ type: 'repere:link', query, event } satisfies BackgroundRequest)
        .catch(() => undefined) as Promise<PageLinks | null | undefined>;
    // The background kept the query it analysed (the text is not sent twice); when it no longer has it (it was
    // restarted), the page sends it whole.
    let links = await ask(found.linkKey);
    if (links === null)
      links = await ask({ text, lang, inDomain, entityIds: mentionIds(entities.filter((entity) => entity.linked)) });
    // Without its links (the corpus could not be read) the article is still painted and described.
    links ??= { matches: [], corpusSimilarity: 0, accounts: [] };
    found.analysis = {
      ...found.analysis,
      matches: links.matches,
      domain: { ...found.analysis.domain, corpusSimilarity: links.corpusSimilarity },
    };
    found.accounts = links.accounts;
  }

  private finish(state: PageState, analysis: Analysis | null, accounts: OtherAccount[] = []): PageReport {
    if (state !== 'ready') {
      this.reading?.painted.clear();
      this.reading = null;
    }
    const counts = this.reading?.painted.counts;
    const painted = counts ? counts.place + counts.group + counts.source + counts.person : 0;
    this.report = { state, hostname: this.hostname, analysis, accounts, painted, url: this.document.location.href };
    const request: BackgroundRequest = {
      type: 'repere:report',
      report: { state, painted, entities: state === 'ready' ? (analysis?.entities.length ?? 0) : 0 },
    };
    if (this.ownsTab()) browser.runtime.sendMessage(request).catch(() => undefined);
    // A ready page told its readers when it was painted (run).
    if (state !== 'ready') this.onRead(this.reading);
    return this.report;
  }
}
