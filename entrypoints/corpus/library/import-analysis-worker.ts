import { textWords } from '../../../lib/corpus/mentions';
import { loadAutomaton } from '../../../platform/knowledge';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages';

// One of the import's analysis workers (analysis-pool.ts): recognition and folding are most of an import's work,
// and run on every core this way while the import worker stores the batches in order.

const scope = self as unknown as {
  postMessage: (message: AnalysisReply) => void;
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
};

scope.onmessage = ({ data: { id, texts } }) => {
  loadAutomaton()
    .then((automaton) => scope.postMessage({ id, words: texts.map((text) => textWords(text, automaton)) }))
    .catch((error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
};
