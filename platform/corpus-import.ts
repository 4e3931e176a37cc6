import { alreadyImported, batchesOf } from '../lib/corpus/import-resume';
import type { LibraryEntry } from '../lib/corpus/library';
import { withMentions } from '../lib/corpus/mentions';
import type { Automaton } from '../lib/recognise/automaton';
import { putEntries, storedByIds } from './corpus-store';

/** The part of the corpus store an import reads and writes (a test hands in its own). */
export interface ImportStore {
  storedByIds: (ids: readonly string[]) => Promise<(LibraryEntry | undefined)[]>;
  putEntries: (entries: readonly LibraryEntry[]) => Promise<void>;
}

/** Where an import stands: `done` entries of `total` are stored (`written` of them by this run). */
export interface ImportTally {
  total: number;
  done: number;
  written: number;
}

/** Entries a batch: about a third of a second of analysis, and one transaction. */
export const IMPORT_BATCH = 400;

interface ImportOptions {
  store?: ImportStore;
  batchSize?: number;
  onProgress?: (tally: ImportTally) => void;
  /** Asked before each batch: true stops the import there (what is stored stays, whole). */
  stopped?: () => boolean;
}

/**
 * Stores parsed entries batch by batch, each with its mention ids and folded words, each batch in one transaction;
 * entries a former run of the same import already stored unchanged are skipped. Resolves with the tally and whether
 * it was stopped before the end.
 */
export async function importEntries(
  entries: readonly LibraryEntry[],
  automaton: Automaton,
  { store = { storedByIds, putEntries }, batchSize = IMPORT_BATCH, onProgress, stopped }: ImportOptions = {},
): Promise<ImportTally & { stopped: boolean }> {
  const tally: ImportTally = { total: entries.length, done: 0, written: 0 };
  for (const batch of batchesOf(entries, batchSize)) {
    if (stopped?.()) return { ...tally, stopped: true };
    const stored = await store.storedByIds(batch.map((entry) => entry.id));
    const fresh = batch.filter((entry, at) => !alreadyImported(stored[at], entry));
    if (fresh.length > 0) await store.putEntries(fresh.map((entry) => withMentions(entry, automaton)));
    tally.done += batch.length;
    tally.written += fresh.length;
    onProgress?.({ ...tally });
  }
  return { ...tally, stopped: false };
}
