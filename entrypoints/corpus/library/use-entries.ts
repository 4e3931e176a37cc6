import { useEffect, useRef, useState } from 'preact/hooks';
import { bundledLibrary, completeBundledLibrary } from '../../../lib/corpus/bundled-library';
import { loadedAutomaton } from '../../../platform/knowledge';
import type { LibraryEntry } from '../../../lib/corpus/library';
import { loadLibrary, storedWords } from '../../../platform/corpus-store';

export const clock = () => performance.now();

/**
 * The library's entries, without their texts: first the list (titles), then the folded words and mention ids that
 * search and the entity filter read, then the recogniser that finds names in a query.
 */
export function useEntries(onStorageError: () => void) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [wordsReady, setWordsReady] = useState(false);
  const [automatonReady, setAutomatonReady] = useState(false);
  const loadedAt = useRef(0);

  /** Loads the list again; false when storage failed (onStorageError then tells the reader). */
  const reload = async (): Promise<boolean> => {
    try {
      // Stored entries come without their text: the list and search read titles and folded words only.
      const library = await loadLibrary(bundledLibrary(), { withText: false });
      loadedAt.current = clock();
      setEntries(library.entries);
      setHidden(library.hidden);
      // Then the folded words and mention ids that search and the entity filter read (titles are searched meanwhile).
      const words = await storedWords();
      setEntries(
        library.entries.map((entry) => {
          const extra = words.get(entry.id);
          return extra ? { ...entry, ...extra } : entry;
        }),
      );
      setWordsReady(true);
      return true;
    } catch {
      setEntries(bundledLibrary());
      setWordsReady(true);
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

  return { entries, hidden, wordsReady, automatonReady, reload, loadedAt };
}
