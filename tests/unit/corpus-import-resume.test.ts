import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { parseImport } from '../../lib/corpus/import';
import { alreadyImported, batchesOf } from '../../lib/corpus/import-resume';
import type { LibraryEntry } from '../../lib/corpus/library';
import { analyseHere, importEntries, type ImportStore } from '../../platform/corpus-import';

// A file of distinct records, some with their own id, some without (their id is then a hash of url or title+text),
// and one record repeated (the file holds it twice: one entry).
const PLACES = ['Raqqa', 'Aleppo', 'Idlib', 'Homs', 'Douma', 'Palmyra', 'Deir ez-Zor', 'Manbij', 'Afrin', 'Daraa'];
const records = PLACES.flatMap((place, at) => [
  { id: `rec-${at}`, title: `Shelling in ${place}`, text: `Shells fell on ${place} on day ${at}.`, lang: 'en' },
  { title: `Frappes à ${place}`, text: `Des frappes ont touché ${place} le jour ${at}.`, lang: 'fr' },
  { title: `Report ${at}`, text: `Clashes near ${place}.`, url: `https://example.org/${at}`, lang: 'en' },
]);
const FILE = [...records, records[4]].map((record) => JSON.stringify(record)).join('\n');
const DISTINCT = records.length;

/** The corpus store in memory; it can fail the nth write, as a page closed during that batch loses it. */
function memoryStore(failAtWrite = Infinity) {
  const entries = new Map<string, LibraryEntry>();
  let writes = 0;
  const store: ImportStore = {
    storedByIds: (ids) => Promise.resolve(ids.map((id) => entries.get(id))),
    putEntries: (batch) => {
      writes += 1;
      if (writes === failAtWrite) return Promise.reject(new Error('page closed'));
      // One transaction: the whole batch lands, or (above) none of it.
      for (const entry of batch) entries.set(entry.id, entry);
      return Promise.resolve();
    },
  };
  return { store, entries };
}

const complete = (entry: LibraryEntry) => Array.isArray(entry.mentions) && typeof entry.folded === 'string';

describe('a resumable import', () => {
  it('gives every record the same id each time the file is read', () => {
    const first = parseImport(FILE, 'jsonl', 1).map((entry) => entry.id);
    const again = parseImport(FILE, 'jsonl', 2).map((entry) => entry.id);
    expect(first).toEqual(again);
    expect(new Set(first).size).toBe(DISTINCT);
    expect(first).toContain('rec-3');
  });

  it('interrupted half-way, keeps whole entries only; run again, completes without duplicates or rework', async () => {
    const automaton = defaultAutomaton();
    const { store, entries } = memoryStore(3);
    const progress: number[] = [];
    await expect(
      importEntries(parseImport(FILE, 'jsonl'), analyseHere(automaton), {
        store,
        batchSize: 7,
        onProgress: ({ done }) => progress.push(done),
      }),
    ).rejects.toThrow('page closed');
    // Two batches of 7 landed, the third was lost whole.
    expect(progress).toEqual([7, 14]);
    expect(entries.size).toBe(14);
    expect([...entries.values()].every(complete)).toBe(true);

    const again = await importEntries(parseImport(FILE, 'jsonl'), analyseHere(automaton), { store, batchSize: 7 });
    expect(again).toEqual({ total: DISTINCT, done: DISTINCT, written: DISTINCT - 14, stopped: false });
    expect(entries.size).toBe(DISTINCT);
    expect([...entries.values()].every(complete)).toBe(true);
    // The mention ids are the recogniser's: Raqqa's record names the place.
    expect(entries.get('rec-0')!.mentions).toContain('place/raqqa');

    const third = await importEntries(parseImport(FILE, 'jsonl'), analyseHere(automaton), { store, batchSize: 7 });
    expect(third.written).toBe(0);
    expect(entries.size).toBe(DISTINCT);
  });

  it('stops between batches when cancelled, and a record changed in the file is stored again', async () => {
    const automaton = defaultAutomaton();
    const { store, entries } = memoryStore();
    let batches = 0;
    const stopped = await importEntries(parseImport(FILE, 'jsonl'), analyseHere(automaton), {
      store,
      batchSize: 5,
      onProgress: () => (batches += 1),
      stopped: () => batches === 2,
    });
    expect(stopped).toMatchObject({ done: 10, written: 10, stopped: true });
    expect(entries.size).toBe(10);

    const edited = FILE.replace('Shells fell on Raqqa', 'Shells hit Raqqa');
    const end = await importEntries(parseImport(edited, 'jsonl'), analyseHere(automaton), { store, batchSize: 5 });
    // The 20 never stored, plus rec-0 whose text changed.
    expect(end.written).toBe(DISTINCT - 10 + 1);
    expect(entries.get('rec-0')!.text).toBe('Shells hit Raqqa on day 0.');
  });

  it('skips only complete entries holding the same record', () => {
    const [parsed] = parseImport(JSON.stringify(records[0]), 'jsonl');
    const stored = { ...parsed!, mentions: ['place/raqqa'], folded: ' shells fell on raqqa ' };
    expect(alreadyImported(stored, parsed!)).toBe(true);
    expect(alreadyImported(undefined, parsed!)).toBe(false);
    expect(alreadyImported({ ...parsed! }, parsed!)).toBe(false);
    expect(alreadyImported({ ...stored, date: '2016-01-01' }, parsed!)).toBe(false);
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
