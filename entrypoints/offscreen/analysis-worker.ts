import type { AnalysisReply, AnalysisRequest } from '../../lib/messages';
import { loadAutomaton } from '../../platform/knowledge';
import { answerAnalysisRequest } from '../../platform/page-analysis';

// The analysis of Chrome's pages, in a dedicated worker of the offscreen document: it reads the knowledge base and
// compiles the automaton as soon as it starts, then answers the requests the document passes on.

// Marks for tests/e2e/perf.test.ts, which prints where the start of a fresh analysis context goes (User Timing).
performance.mark('repere:evaluated');
void loadAutomaton().catch(() => undefined);

async function answer(request: AnalysisRequest): Promise<AnalysisReply> {
  try {
    return { ok: true, result: await answerAnalysisRequest(request) };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

self.onmessage = async ({ data }: MessageEvent<{ id: number; request: AnalysisRequest }>) => {
  self.postMessage({ id: data.id, reply: await answer(data.request) });
};
