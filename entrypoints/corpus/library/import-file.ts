import { formatOf, ImportError, parseImport } from '../../../lib/corpus/import';
import { importEntries } from '../../../platform/corpus-import';
import { loadAutomaton } from '../../../platform/knowledge';
import type { ImportReply } from './import-messages';

/**
 * Imports a file, telling `reply` how it goes: the whole file is read and checked first (a bad line refuses it
 * before anything is stored), then its entries are analysed and stored batch by batch until the end or until
 * `cancelled()`. Run by the import worker (or by the page itself where there is no Worker, as in unit tests).
 */
export async function importFile(file: File, reply: (message: ImportReply) => void, cancelled: () => boolean) {
  try {
    const text = await file.text();
    const entries = parseImport(text, formatOf(file.name, text));
    reply({ kind: 'parsed', total: entries.length });
    const automaton = await loadAutomaton();
    const end = await importEntries(entries, automaton, {
      stopped: cancelled,
      onProgress: ({ done, total }) => reply({ kind: 'progress', done, total }),
    });
    reply(
      end.stopped
        ? { kind: 'cancelled', done: end.done, total: end.total }
        : { kind: 'done', done: end.done, total: end.total, written: end.written },
    );
  } catch (error) {
    reply(
      error instanceof ImportError
        ? { kind: 'invalid', line: error.line, code: error.code, detail: error.detail }
        : { kind: 'failed' },
    );
  }
}
