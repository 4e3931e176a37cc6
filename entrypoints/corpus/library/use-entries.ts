import { useEffect, useRef, useState } from 'preact/hooks';
import { bundledLibrary, completeBundledLibrary } from '../../../lib/corpus/bundled-library';
import { loadedAutomaton } from '../../../platform/knowledge';
import type { LibraryEntry } from '../../../lib/corpus/library';
import { byNewest } from '../../../lib/corpus/search';
import { hiddenIds, newestCards, storedCount, type StoredCard } from '../../../platform/corpus-store';

export const clock = () => performance.now();

/** The first slice of the list: what the page paints before the rest of a large library is read. */
const FIRST_CARDS = 60;
/** Cards are read this many at a time, with a turn for the browser between slices (no long task). */
const SLICE = 4000;
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The library's entries, without their texts, newest first: first a page of the list, then the whole list a slice at
 * a time, then the recogniser that finds names in a query. `total` counts the whole library while only its first
 * page is read. Their words are the search worker's (useSearch): the page never reads them.
 */
export function useEntries(onStorageError: () => void) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [total, setTotal] = useState(0);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [automatonReady, setAutomatonReady] = useState(false);
  const loadedAt = useRef(0);
  // A reload started after this one (an import finished) makes this one stop.
  const generation = useRef(0);

  /** Loads the list again; false when storage failed (onStorageError then tells the reader). */
  const reload = async (): Promise<boolean> => {
    const run = ++generation.current;
    const current = () => run === generation.current;
    try {
      const [first, hiddenSet] = await Promise.all([newestCards(FIRST_CARDS), hiddenIds()]);
      if (!current()) return true;
      const bundled = bundledLibrary().filter((entry) => !hiddenSet.has(entry.id));
      setHidden(hiddenSet);
      loadedAt.current = clock();
      // Bundled entries (added at 0) come after every stored one; a stored entry of the same id replaces its own.
      const withBundled = (stored: readonly StoredCard[]) => {
        const ids = new Set(stored.map((entry) => entry.id));
        return [...stored, ...bundled.filter((entry) => !ids.has(entry.id))];
      };
      let stored = first;
      setEntries(withBundled(stored));
      // Counted after the first page shows: the first paint waits for nothing but its own page of cards.
      if (first.length === FIRST_CARDS) {
        const count = await storedCount();
        if (!current()) return true;
        setTotal(count + bundled.length);
        while (stored.length < count) {
          await yieldToBrowser();
          const slice = await newestCards(SLICE, stored[stored.length - 1]!.order);
          if (!current()) return true;
          if (slice.length === 0) break;
          stored = stored.concat(slice);
        }
      }
      const listed = withBundled(stored);
      if (stored !== first) setEntries(listed);
      setTotal(listed.length);
      return true;
    } catch {
      const bundled = bundledLibrary().sort(byNewest);
      setEntries(bundled);
      setTotal(bundled.length);
      onStorageError();
      return false;
    }
  };

  useEffect(() => {
    void reload();
  }, []);

  // The recogniser finds names in the query (Abou Kamal = Albu Kamal = أبو كمال); it is compiled once the list shows.
  useEffect(() => {
    if (!entries || automatonReady) return undefined;
    const timer = setTimeout(() => {
      const automaton = loadedAutomaton();
      // Bundled entries get their mention ids now, for the entity filter.
      const completed = new Map(completeBundledLibrary(automaton).map((entry) => [entry.id, entry]));
      setAutomatonReady(true);
      setEntries(
        (current) =>
          current?.map((entry) => (entry.origin === 'bundled' ? (completed.get(entry.id) ?? entry) : entry)) ?? current,
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [entries, automatonReady]);

  return { entries, total, hidden, automatonReady, reload, loadedAt };
}
