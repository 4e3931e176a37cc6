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
}

export type ContentRequest = { type: 'repere:get-report' } | { type: 'repere:analyse-anyway' };

export type BackgroundRequest =
  | { type: 'repere:report'; report: Pick<PageReport, 'state' | 'painted'> & { entities: number } }
  /** The content script asks for the knowledge base only once a page reads as an article. */
  | { type: 'repere:get-knowledge' };
