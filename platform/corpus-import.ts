import { alreadyImported, batchesOf } from '../lib/corpus/import-resume';
import type { LibraryEntry } from '../lib/corpus/library';
import { textWords, type EntryWords } from '../lib/corpus/mentions';
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

/** The mention ids and folded words of each text, in the same order (a pool of workers computes them). */
export type AnalyseTexts = (texts: readonly string[]) => Promise<EntryWords[]>;

/** Entries a batch: a fraction of a second of analysis, and one transaction. */
export const IMPORT_BATCH = 400;

/** Analysis in the calling context, one text after the other (where no worker can be started). */
export function analyseHere(automaton: Automaton): AnalyseTexts {
  return (texts) => Promise.resolve(texts.map((text) => textWords(text, automaton)));
}

interface ImportOptions {
  store?: ImportStore;
  batchSize?: number;
  /** Batches read and analysed ahead of the one being stored (as many as the analysis runs at once). */
  ahead?: number;
  onProgress?: (tally: ImportTally) => void;
  /** Asked before each batch is stored: true stops the import there (what is stored stays, whole). */
  stopped?: () => boolean;
}

/** A batch ready to store: its entries not stored yet, with their mention ids and folded words. */
interface Prepared {
  size: number;
  fresh: LibraryEntry[];
}

/**
 * Stores parsed entries batch by batch, each with its mention ids and folded words, each batch in one transaction
 * and in the file's order, so that an interrupted import leaves whole entries, a prefix of the file; entries a
 * former run of the same import already stored unchanged are skipped. While a batch is stored, the next `ahead`
 * ones are analysed by `analyse` (a pool of workers, or analyseHere). Resolves with the tally and whether it was
 * stopped before the end; rejects when a batch cannot be analysed or stored (the batches before it stay stored).
 */
export async function importEntries(
  entries: readonly LibraryEntry[],
  analyse: AnalyseTexts,
  { store = { storedByIds, putEntries }, batchSize = IMPORT_BATCH, ahead = 0, onProgress, stopped }: ImportOptions = {},
): Promise<ImportTally & { stopped: boolean }> {
  const tally: ImportTally = { total: entries.length, done: 0, written: 0 };
  const prepare = async (batch: LibraryEntry[]): Promise<Prepared> => {
    const stored = await store.storedByIds(batch.map((entry) => entry.id));
    const fresh = batch.filter((entry, at) => !alreadyImported(stored[at], entry));
    const words = fresh.length > 0 ? await analyse(fresh.map((entry) => entry.text)) : [];
    if (words.length !== fresh.length) throw new Error(`analysis gave ${words.length} results for ${fresh.length}`);
    return { size: batch.length, fresh: fresh.map((entry, at) => ({ ...entry, ...words[at]! })) };
  };
  const batches = batchesOf(entries, batchSize);
  const preparing: Promise<Prepared>[] = [];
  for (let next = 0; next < batches.length; next += 1) {
    while (preparing.length <= ahead && next + preparing.length < batches.length) {
      const prepared = prepare(batches[next + preparing.length]!);
      // A batch left unstored (the import stopped or failed before it) must not fail on its own, unheard.
      prepared.catch(() => undefined);
      preparing.push(prepared);
    }
    if (stopped?.()) return { ...tally, stopped: true };
    const { size, fresh } = await preparing.shift()!;
    if (stopped?.()) return { ...tally, stopped: true };
    if (fresh.length > 0) await store.putEntries(fresh);
    tally.done += size;
    tally.written += fresh.length;
    onProgress?.({ ...tally });
  }
  return { ...tally, stopped: false };
}
