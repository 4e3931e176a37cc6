import { importFile } from './import-file';
import type { ImportReply, ImportRequest } from './import-messages';

/** A running import: `cancel` stops it after the batch being stored (what is stored stays). */
export interface RunningImport {
  cancel: () => void;
}

/**
 * Starts importing `file` in a dedicated worker, each reply handed to `onReply`; the worker ends with the import.
 * Without Worker (unit tests in linkedom) the same import runs on the page.
 */
export function startImport(file: File, onReply: (reply: ImportReply) => void): RunningImport {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    void importFile(file, onReply, () => cancelled);
    return { cancel: () => void (cancelled = true) };
  }
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const ask = (request: ImportRequest) => worker.postMessage(request);
  worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
    if (data.kind !== 'parsed' && data.kind !== 'progress') worker.terminate();
    onReply(data);
  };
  worker.onerror = () => {
    worker.terminate();
    onReply({ kind: 'failed', done: 0, total: 0 });
  };
  ask({ kind: 'import', file });
  return { cancel: () => ask({ kind: 'cancel' }) };
}
