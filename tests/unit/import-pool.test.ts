import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { parseImport } from '../../lib/corpus/import';
import type { LibraryEntry } from '../../lib/corpus/library';
import { textWords } from '../../lib/corpus/mentions';
import { analyseHere, importEntries, type ImportStore } from '../../platform/corpus-import';
import { analysisPool, poolSize, type PoolWorker } from '../../entrypoints/corpus/library/analysis-pool';
import type { AnalysisReply, AnalysisRequest } from '../../entrypoints/corpus/library/analysis-messages';

// The import's pool of analysis workers, with workers that run in this process and answer after a delay of their
// own (so batches end out of order), one of them able to fail: the import still stores the file's entries in its
// order, with the words the recogniser gives, and an error stops it with whole batches stored and a clear reason.

const automaton = defaultAutomaton();
const PLACES = ['Raqqa', 'Aleppo', 'Idlib', 'Homs', 'Douma', 'Palmyra', 'Deir ez-Zor', 'Manbij', 'Afrin', 'Daraa'];
const FILE = PLACES.flatMap((place, at) => [
  { id: `a-${at}`, title: `Shelling in ${place}`, text: `Shells fell on ${place}, near Damascus, on day ${at}.` },
  { id: `b-${at}`, title: `Frappes à ${place}`, text: `Des frappes ont touché ${place} et Alep le jour ${at}.` },
  { id: `c-${at}`, title: `Report ${at}`, text: `The Islamic State fought near ${place} and Mosul.` },
])
  .map((record) => JSON.stringify(record))
  .join('\n');

interface FakeOptions {
  delayMs: number;
  /** Answers its nth request with an error (`reply`) or dies on it (`crash`, as an uncaught error in a worker). */
  failOn?: { request: number; how: 'reply' | 'crash' };
}

/** A worker in this process: it analyses with the real recogniser, after its delay. */
function fakeWorker({ delayMs, failOn }: FakeOptions): PoolWorker {
  let requests = 0;
  const worker: PoolWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: ({ id, texts }: AnalysisRequest) => {
      requests += 1;
      const failing = failOn?.request === requests ? failOn.how : null;
      setTimeout(() => {
        if (failing === 'crash') return worker.onerror?.({ message: 'out of memory' });
        const reply: AnalysisReply =
          failing === 'reply'
            ? { id, error: 'knowledge.json: 404' }
            : { id, words: texts.map((text) => textWords(text, automaton)) };
        worker.onmessage?.({ data: reply });
      }, delayMs);
    },
  };
  return worker;
}

function poolOf(options: FakeOptions[]) {
  let spawned = 0;
  return analysisPool(options.length, () => fakeWorker(options[spawned++]!));
}

/** A store in memory that records each batch written, in the order written. */
function memoryStore() {
  const entries = new Map<string, LibraryEntry>();
  const written: string[][] = [];
  const store: ImportStore = {
    storedByIds: (ids) => Promise.resolve(ids.map((id) => entries.get(id))),
    putEntries: (batch) => {
      written.push(batch.map((entry) => entry.id));
      for (const entry of batch) entries.set(entry.id, entry);
      return Promise.resolve();
    },
  };
  return { store, entries, written };
}

describe('the import analysis pool', () => {
  it('stores the batches in the file order, with the same words as an analysis in one thread', async () => {
    const parsed = parseImport(FILE, 'jsonl');
    // The first worker is the slowest: later batches end before earlier ones.
    const pool = poolOf([{ delayMs: 30 }, { delayMs: 5 }, { delayMs: 1 }]);
    const { store, entries, written } = memoryStore();
    const end = await importEntries(parsed, pool.analyse, { store, batchSize: 4, ahead: pool.size });
    expect(end).toEqual({ total: parsed.length, done: parsed.length, written: parsed.length, stopped: false });
    expect(written.flat()).toEqual(parsed.map((entry) => entry.id));
    const here = memoryStore();
    await importEntries(parsed, analyseHere(automaton), { store: here.store, batchSize: 4 });
    expect([...entries.values()]).toEqual([...here.entries.values()]);
    expect(entries.get('c-0')!.mentions).toEqual(expect.arrayContaining(['place/raqqa', 'place/mosul']));
  });

  it.each(['reply', 'crash'] as const)(
    'a worker that fails (%s) stops the import with its reason; whole batches stay and a new run completes',
    async (how) => {
      const parsed = parseImport(FILE, 'jsonl');
      const { store, entries, written } = memoryStore();
      const failing = poolOf([{ delayMs: 2 }, { delayMs: 3, failOn: { request: 2, how } }]);
      const progress: number[] = [];
      await expect(
        importEntries(parsed, failing.analyse, {
          store,
          batchSize: 4,
          ahead: failing.size,
          onProgress: ({ done }) => progress.push(done),
        }),
      ).rejects.toThrow(
        how === 'reply' ? /analysis worker failed: knowledge.json: 404/ : /worker stopped: out of memory/,
      );
      failing.close();
      // What is stored is whole batches from the start of the file, as the progress said.
      expect(written.flat()).toEqual(parsed.slice(0, progress.at(-1) ?? 0).map((entry) => entry.id));
      expect(entries.size).toBe(progress.at(-1) ?? 0);
      expect(entries.size).toBeLessThan(parsed.length);

      const healthy = poolOf([{ delayMs: 1 }, { delayMs: 2 }]);
      const again = await importEntries(parsed, healthy.analyse, { store, batchSize: 4, ahead: healthy.size });
      expect(again.written).toBe(parsed.length - (progress.at(-1) ?? 0));
      expect(entries.size).toBe(parsed.length);
      expect(new Set(written.flat()).size).toBe(parsed.length);
    },
  );

  it('has one worker a core beside the import worker, at least one and at most eight', () => {
    expect(poolSize(2)).toBe(1);
    expect(poolSize(4)).toBe(3);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(64)).toBe(8);
  });
});
