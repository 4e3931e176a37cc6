import * as corpusStore from '../../../platform/corpus-store';
import type { SearchReply, SearchRequest } from './search-messages';
import { SearchService } from './search-service';

// The library's search runs here, off the page's thread: loading (or building) the index of 100,000 entries and
// answering a query over it would otherwise hold the list, the search box and the map.

const scope = self as unknown as {
  postMessage: (message: SearchReply) => void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
};

const service = new SearchService(corpusStore, (reply) => scope.postMessage(reply));
// Entries saved from the popup, imported, deleted or hidden in any context of the extension.
corpusStore.onCorpusChanged(() => service.changed());
scope.onmessage = ({ data }) => service.handle(data);
