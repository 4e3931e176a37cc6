import type { AnalyseTexts } from '../../../platform/corpus-import';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages';

/** What the pool needs of a worker (a test hands in its own). */
export interface PoolWorker {
  postMessage: (request: AnalysisRequest) => void;
  onmessage: ((event: { data: AnalysisReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate: () => void;
}

/** Workers analysing an import's batches at once: `analyse` resolves with each batch's words, whatever order they end. */
export interface AnalysisPool {
  size: number;
  analyse: AnalyseTexts;
  /** Stops every worker; batches still being analysed are dropped (never stored). */
  close: () => void;
}

/**
 * Workers a pool: one a core beside the import worker's own (it stores the batches, and the page must answer the
 * reader), at least one; within reason (each holds its own recogniser, some tens of MB).
 */
export function poolSize(cores = globalThis.navigator?.hardwareConcurrency ?? 1): number {
  return Math.max(1, Math.min(cores - 1, MAX_WORKERS));
}

const MAX_WORKERS = 8;

/**
 * `size` workers from `spawn`; each batch goes to the worker with the fewest batches waiting. A worker that fails
 * (its script cannot load, or it throws) fails its batches with a clear error, and the import stops there.
 */
export function analysisPool(size: number, spawn: () => PoolWorker): AnalysisPool {
  let next = 0;
  const workers = Array.from({ length: size }, () => {
    const waiting = new Map<
      number,
      { resolve: (words: Awaited<ReturnType<AnalyseTexts>>) => void; reject: (error: Error) => void }
    >();
    const worker = spawn();
    worker.onmessage = ({ data }) => {
      const request = waiting.get(data.id);
      waiting.delete(data.id);
      if ('error' in data) request?.reject(new Error(`an import analysis worker failed: ${data.error}`));
      else request?.resolve(data.words);
    };
    worker.onerror = (event) => {
      for (const request of waiting.values())
        request.reject(new Error(`an import analysis worker stopped: ${event.message ?? 'unknown error'}`));
      waiting.clear();
    };
    return { worker, waiting };
  });
  return {
    size,
    analyse: (texts) =>
      new Promise((resolve, reject) => {
        const id = (next += 1);
        const least = workers.reduce((best, candidate) =>
          candidate.waiting.size < best.waiting.size ? candidate : best,
        );
        least.waiting.set(id, { resolve, reject });
        least.worker.postMessage({ id, texts: [...texts] });
      }),
    close: () => {
      for (const { worker } of workers) worker.terminate();
    },
  };
}
