import type { OtherAccount } from './corpus/accounts';
import type { CorpusLinks, LinkQuery } from './corpus/link';
import type { KnowledgeEntity } from './knowledge/schema';
import type { Analysis, EventCard, Lang } from './types';

// What the page side, the background and the UI side say to each other: plain data only (Chrome sends runtime
// messages as JSON).

/** Where the page stands, as the popup shows it. */
export type PageState = 'working' | 'ready' | 'not-article' | 'off-topic' | 'disabled' | 'error';

export interface PageReport {
  state: PageState;
  hostname: string;
  /** Present once the page has been analysed (also when it was left unmarked, so the popup can say why). */
  analysis: Analysis | null;
  /** Other accounts of the article's event in the reader's corpus (found with the analysis, in the background). */
  accounts?: OtherAccount[];
  /** Number of highlighted mentions on the page. */
  painted: number;
  /** The page's address, when the content script gives it (the popup saves it with the entry). */
  url?: string;
}

export type ContentRequest =
  | { type: 'repere:get-report' }
  | { type: 'repere:analyse-anyway' }
  /**
   * Scrolls the page to the first mention of the entity, to quote N, or to a span of the analysed text (a fact of
   * the event card), and flashes it; answers `{ ok: boolean }`.
   */
  | { type: 'repere:reveal'; entityId?: string; quoteIndex?: number; span?: { start: number; end: number } };

/** The content script's answer to `repere:reveal`: whether it found the mention and scrolled to it. */
export interface RevealResponse {
  ok: boolean;
}

/** The article the content script extracted, as it sends it to the background to be analysed. */
export interface ArticleText {
  text: string;
  title: string;
  /** Whether the page reads as an article (Readability); false when the reader asked to analyse it anyway. */
  isArticle: boolean;
  url: string;
  /** The page's publication day and declared language (lib/article/page-meta.ts), when it gives them. */
  date?: string;
  lang?: Lang;
}

/** The background's answer to `repere:analyse`. */
export interface PageAnalysis {
  /**
   * The analysis, without its `text` (the content script has it already: the page's text is not sent back) and
   * not yet linked to the corpus (`repere:link` does that once the page is painted).
   */
  analysis: Analysis;
  /** The knowledge-base records of the linked entities found, for the hover card (not the whole base). */
  entities: KnowledgeEntity[];
  /** What the page sends back to ask for its corpus links (`repere:link`): the background kept the query. */
  linkKey: string;
}

/** The background's answer to `repere:link`: the corpus entries related to the article, and other accounts of its event. */
export interface PageLinks extends CorpusLinks {
  accounts: OtherAccount[];
}

/**
 * What the background asks of the analysis (platform/page-analysis.ts): in Firefox it runs it itself, in Chrome it
 * sends it to the offscreen document's worker as `{ type: 'repere:offscreen', request }`.
 */
export type AnalysisRequest =
  | { type: 'repere:analyse'; article: ArticleText; summaryLength: number }
  | { type: 'repere:link'; query: LinkQuery | string; event: EventCard | null };

/** The offscreen document's answer: the analysis request's result, or why it failed. */
export type AnalysisReply = { ok: true; result: PageAnalysis | PageLinks | null } | { ok: false; error: string };

export type BackgroundRequest =
  | { type: 'repere:report'; report: Pick<PageReport, 'state' | 'painted'> & { entities: number } }
  /**
   * The content script sends an article's text once a page reads as one; answers a PageAnalysis. A long text goes
   * first in parts (`repere:text-part`, serialising it whole held the page 40-70 ms on a 100,000-word page), and
   * `article.text` is then empty: `textKey` and `textLength` say which parts make it. The answer is null when the
   * background no longer has them all (it was restarted): the page then sends the text whole.
   */
  | { type: 'repere:analyse'; article: ArticleText; textKey?: string; textLength?: number }
  /** One part of a long article's text, in order; answers true. */
  | { type: 'repere:text-part'; key: string; part: string }
  /**
   * Then, with the highlights painted, for the popup: answers a PageLinks. `query` is the analysis's linkKey, or
   * the query itself when the background answered null (it no longer had it).
   */
  | { type: 'repere:link'; query: LinkQuery | string; event: EventCard | null };
