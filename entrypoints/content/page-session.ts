import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../../lib/article/extract';
import type { KnowledgeEntity } from '../../lib/knowledge/schema';
import type { Automaton } from '../../lib/recognise/automaton';
import type { Analysis } from '../../lib/types';
import type { PaintedHighlights } from '../../lib/highlight/paint';
import type { BackgroundRequest, PageReport, PageState } from '../../lib/messages';
import { isActiveOn, withHighlightTypes, type Settings } from '../../lib/settings';
import { applyReaderColours } from '../../lib/highlight/reader-colours';
import { loadSettings } from '../../platform/settings-store';
import {
  analyseInSlices,
  buildAutomatonInSlices,
  extractInSlices,
  nextTask,
  paintInSlices,
  pauseWhile,
  Superseded,
} from './sliced-reading';

/** What the other parts of the content script (hover card, reveal, dynamic pages) read from the current reading. */
export interface PageReading {
  analysis: Analysis;
  article: ExtractedArticle;
  painted: PaintedHighlights;
}

/** Everything Repère does on one page: read the article, analyse it, paint it, answer the popup. */
export class PageSession {
  private report: PageReport;
  /** The settings whose colours the page has: a page that keeps changing is re-read often, with the same ones. */
  private colouredWith: Settings | null = null;
  private automaton: Promise<Automaton> | null = null;
  private entities: Promise<Map<string, KnowledgeEntity>> | null = null;
  private generation = 0;
  private forced = false;
  private settings: Promise<Settings> | null = null;
  /** The last analysed text and its analysis: a re-rendered article with the same words is only re-mapped. */
  private cache: { text: string; analysis: Analysis } | null = null;
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
      const automaton = await this.knowledge();
      const analysis =
        this.cache?.text === article.text ? this.cache.analysis : await analyseInSlices(article, automaton, pause);
      this.cache = { text: article.text, analysis };
      if (!analysis.inDomain && !force) return this.finish('off-topic', analysis);
      // The reader may have chosen to paint only some types, in their own colours (options page).
      if (settings !== this.colouredWith) applyReaderColours(this.document, settings);
      this.colouredWith = settings;
      const shown = withHighlightTypes(analysis, settings.highlightTypes);
      const painted = await paintInSlices(this.document, article.segments, shown, pause);
      if (generation !== this.generation) throw new Superseded();
      // The new ranges replace the old ones in one go: the reader never sees the page unmarked in between.
      this.reading = { analysis, article, painted };
      return this.finish('ready', analysis);
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

  /** The knowledge base, fetched from the background on the first article and compiled once per page. */
  private knowledge(): Promise<Automaton> {
    this.automaton ??= this.knowledgeEntities().then((byId) => buildAutomatonInSlices([...byId.values()], nextTask));
    return this.automaton;
  }

  /** The knowledge base by id: descriptions, kinds, countries, coordinates and affiliations for the hover card. */
  knowledgeEntities(): Promise<Map<string, KnowledgeEntity>> {
    this.entities ??= browser.runtime
      .sendMessage({ type: 'repere:get-knowledge' } satisfies BackgroundRequest)
      .then((entities) => new Map((entities as KnowledgeEntity[]).map((entity) => [entity.id, entity])));
    return this.entities;
  }

  private finish(state: PageState, analysis: Analysis | null): PageReport {
    if (state !== 'ready') {
      this.reading?.painted.clear();
      this.reading = null;
    }
    const counts = this.reading?.painted.counts;
    const painted = counts ? counts.place + counts.group + counts.source + counts.person : 0;
    this.report = { state, hostname: this.hostname, analysis, painted, url: this.document.location.href };
    const request: BackgroundRequest = {
      type: 'repere:report',
      report: { state, painted, entities: state === 'ready' ? (analysis?.entities.length ?? 0) : 0 },
    };
    if (this.ownsTab()) browser.runtime.sendMessage(request).catch(() => undefined);
    this.onRead(this.reading);
    return this.report;
  }
}
