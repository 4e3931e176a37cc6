import { importFile } from './import-file';
import type { ImportReply, ImportRequest } from './import-messages';

// The library's import runs here, off the page's thread: reading, checking and analysing 100,000 entries takes
// minutes of work that would otherwise freeze the list, the search box and the cancel button.

const scope = self as unknown as {
  postMessage: (message: ImportReply) => void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

let cancelled = false;

scope.onmessage = ({ data }) => {
  if (data.kind === 'cancel') cancelled = true;
  else
    void importFile(
      data.file,
      (message) => scope.postMessage(message),
      () => cancelled,
    );
};
