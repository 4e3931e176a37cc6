import * as corpusStore from '../../../platform/corpus-store';
import type { SearchReply, SearchRequest } from './search-messages';
import { SearchService } from './search-service';

/** The library's search, asked with `ask`; each reply goes to `onReply`. */
export interface RunningSearch {
  ask: (request: SearchRequest) => void;
  stop: () => void;
}

/**
 * Starts the library's search in a dedicated worker. Without Worker (unit tests in linkedom) the same service runs
 * on the page, its replies still asynchronous.
 */
export function startSearch(onReply: (reply: SearchReply) => void): RunningSearch {
  if (typeof Worker === 'undefined') {
    let stopped = false;
    const service = new SearchService(corpusStore, (reply) =>
      setTimeout(() => {
        if (!stopped) onReply(reply);
      }, 0),
    );
    return { ask: (request) => service.handle(request), stop: () => void (stopped = true) };
  }
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<SearchReply>) => onReply(data);
  worker.onerror = () => onReply({ kind: 'failed' });
  return { ask: (request) => worker.postMessage(request), stop: () => worker.terminate() };
}
