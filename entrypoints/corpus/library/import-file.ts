import { formatOf, ImportError, parseImport } from '../../../lib/corpus/import';
import { analyseHere, importEntries } from '../../../platform/corpus-import';
import { loadAutomaton } from '../../../platform/knowledge';
import { analysisPool, poolSize, type AnalysisPool, type PoolWorker } from './analysis-pool';
import type { ImportReply } from './import-messages';

/** The import's analysis workers, one a core; none where this context cannot start workers (unit tests). */
function startPool(): AnalysisPool | null {
  if (typeof Worker === 'undefined') return null;
  return analysisPool(
    poolSize(),
    () =>
      new Worker(new URL('./import-analysis-worker.ts', import.meta.url), { type: 'module' }) as unknown as PoolWorker,
  );
}

/**
 * Imports a file, telling `reply` how it goes: the whole file is read and checked first (a bad line refuses it
 * before anything is stored), then its entries are analysed (by a pool of workers) and stored batch by batch, in
 * the file's order, until the end or until `cancelled()`. Run by the import worker (or by the page itself where
 * there is no Worker, as in unit tests).
 */
export async function importFile(file: File, reply: (message: ImportReply) => void, cancelled: () => boolean) {
  let pool: AnalysisPool | null = null;
  let done = 0;
  let total = 0;
  try {
    const text = await file.text();
    const entries = parseImport(text, formatOf(file.name, text));
    total = entries.length;
    reply({ kind: 'parsed', total });
    pool = startPool();
    const analyse = pool?.analyse ?? analyseHere(await loadAutomaton());
    const end = await importEntries(entries, analyse, {
      ahead: pool?.size ?? 0,
      stopped: cancelled,
      onProgress: (tally) => {
        done = tally.done;
        reply({ kind: 'progress', done: tally.done, total: tally.total });
      },
    });
    reply(
      end.stopped
        ? { kind: 'cancelled', done: end.done, total: end.total }
        : { kind: 'done', done: end.done, total: end.total, written: end.written },
    );
  } catch (error) {
    if (error instanceof ImportError)
      reply({ kind: 'invalid', line: error.line, code: error.code, detail: error.detail });
    else {
      // The reason goes to the console for whoever debugs; the reader learns what is stored and what to do.
      console.error(error);
      reply({ kind: 'failed', done, total });
    }
  } finally {
    pool?.close();
  }
}
