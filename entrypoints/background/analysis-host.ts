import { browser } from 'wxt/browser';
import type { AnalysisReply, AnalysisRequest, PageAnalysis, PageLinks } from '../../lib/messages';
import { answerAnalysisRequest } from '../../platform/page-analysis';

// Where the analysis runs. Firefox's background is an event page: it analyses itself. Chrome's is a service worker,
// stopped after 30 s idle, and the first article after a pause would meet it cold: measured by
// tests/e2e/perf.test.ts (User Timing marks read in the worker, on a 2-core machine shared with three other builds),
// a cold worker spent 135-870 ms evaluating background.js, 40-300 ms reading the knowledge base, 140-960 ms
// compiling the automaton and 200-1,400 ms on its first analysis (cold code: the same analysis warm takes about
// 40 ms), so DOMContentLoaded → painted was 0.75-3 s cold against 0.2-0.3 s warm. A cached serialised automaton would
// only save the compile step, and the first analysis would still be cold. So Chrome's analysis runs in a worker of
// an offscreen document (the `offscreen` permission; reason WORKERS: a service worker cannot start one), which
// Chrome does not stop with the service worker: a cold service worker then only evaluates this small script and
// passes the request on.

const OFFSCREEN_URL = 'offscreen.html';
let ready: Promise<void> | null = null;

async function openOffscreen(): Promise<void> {
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open.length > 0) return;
  // Resolves once the document has loaded, its message listener in place.
  await browser.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['WORKERS'],
    justification: "Analyses the pages' text in a worker, which keeps the compiled knowledge base between pages.",
  });
}

/**
 * Opens the offscreen document unless it is open (one per extension; it survives the service worker). Every caller
 * of one service worker waits on the same opening: a request arriving while the browser starts does not find a
 * document that is still loading.
 */
export function ensureOffscreen(): Promise<void> {
  ready ??= openOffscreen().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

async function inOffscreen(request: AnalysisRequest, again = true): Promise<unknown> {
  await ensureOffscreen();
  let reply: AnalysisReply;
  try {
    reply = (await browser.runtime.sendMessage({ type: 'repere:offscreen', request })) as AnalysisReply;
  } catch (error) {
    // The document was closed since (nothing answered): open it again, once.
    if (!again) throw error;
    ready = null;
    return inOffscreen(request, false);
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

/** Runs an analysis request where this browser keeps the analysis (see above). */
export function runAnalysis(request: AnalysisRequest & { type: 'repere:analyse' }): Promise<PageAnalysis>;
export function runAnalysis(request: AnalysisRequest & { type: 'repere:link' }): Promise<PageLinks | null>;
export function runAnalysis(request: AnalysisRequest): Promise<unknown> {
  return import.meta.env.FIREFOX ? answerAnalysisRequest(request) : inOffscreen(request);
}
