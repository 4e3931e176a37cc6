import { browser } from 'wxt/browser';
import type { AnalysisReply, AnalysisRequest } from '../../lib/messages';

// Chrome's offscreen document: it starts the analysis worker and passes it the service worker's requests. It is not
// stopped with the service worker, so the worker keeps the automaton and its warm code between articles
// (background/analysis-host.ts).

const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
const waiting = new Map<number, (reply: AnalysisReply) => void>();
let next = 0;

worker.onmessage = ({ data }: MessageEvent<{ id: number; reply: AnalysisReply }>) => {
  waiting.get(data.id)?.(data.reply);
  waiting.delete(data.id);
};

browser.runtime.onMessage.addListener((message: unknown) => {
  const { type, request } = (message ?? {}) as { type?: string; request?: AnalysisRequest };
  if (type !== 'repere:offscreen' || !request) return undefined;
  return new Promise<AnalysisReply>((resolve) => {
    const id = (next += 1);
    waiting.set(id, resolve);
    worker.postMessage({ id, request });
  });
});
