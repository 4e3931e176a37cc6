import type { Analysis } from './types';

// What the page side and the UI side say to each other: plain data only.

/** Where the page stands, as the popup shows it. */
export type PageState = 'working' | 'ready' | 'not-article' | 'off-topic' | 'disabled' | 'error';

export interface PageReport {
  state: PageState;
  hostname: string;
  /** Present once the page has been analysed (also when it was left unmarked, so the popup can say why). */
  analysis: Analysis | null;
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

export type BackgroundRequest =
  | { type: 'repere:report'; report: Pick<PageReport, 'state' | 'painted'> & { entities: number } }
  /** The content script asks for the knowledge base only once a page reads as an article. */
  | { type: 'repere:get-knowledge' };
