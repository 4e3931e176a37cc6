import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entityInfo } from '../../../components/knowledge';
import { completeBundledLibrary } from '../../../lib/corpus/bundled-library';
import type { LibraryEntry } from '../../../lib/corpus/library';
import { indexForSearch, rankEntries, type SearchFilters } from '../../../lib/corpus/search';
import { isLinked, recogniseMentions } from '../../../lib/recognise/recognise';
import { loadedAutomaton } from '../../../platform/knowledge';
import type { ListedEntry, SearchOptions } from './search-messages';
import { startSearch, type RunningSearch } from './start-search';

/** Answers are asked for a page of the list at a time. */
export const PAGE_SIZE = 60;

interface Answer {
  query: string;
  filters: SearchFilters;
  entries: ListedEntry[];
  total: number;
  /** How long the worker took to rank it. */
  ms: number;
}

const sameFilters = (a: SearchFilters, b: SearchFilters) =>
  a.lang === b.lang && a.outlet === b.outlet && a.entityId === b.entityId;

/**
 * The entries that answer the query and filters, asked of the search worker (the page never holds the index or the
 * entries' words); newest first, as useEntries reads them, when there is neither. `answered` is the query the shown
 * results answer. `changes` grows whenever the page changed the corpus.
 */
export function useSearch(
  entries: readonly LibraryEntry[] | null,
  query: string,
  filters: SearchFilters,
  automatonReady: boolean,
  changes: number,
) {
  const searching = query.trim() !== '' || Boolean(filters.lang || filters.outlet || filters.entityId);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [found, setFound] = useState<SearchOptions>({ outlets: [], langs: [], entities: [] });
  const [ready, setReady] = useState({ loaded: false, named: false, source: '', ms: 0 });
  // The worker took in a change of the corpus: the answer shown is asked again.
  const [indexed, setIndexed] = useState(0);
  const [limit, setLimit] = useState({ query, filters, count: PAGE_SIZE });
  const count = limit.query === query && sameFilters(limit.filters, filters) ? limit.count : PAGE_SIZE;
  const search = useRef<RunningSearch | null>(null);
  const serial = useRef(0);
  const asked = useRef(new Map<number, Pick<Answer, 'query' | 'filters'>>());

  // Started once the list's first page shows: its loading reads the whole library from IndexedDB, which would
  // otherwise delay that first page.
  const [started, setStarted] = useState(false);
  // Without a worker's index (IndexedDB failed), the page searches the entries it lists itself.
  const [failed, setFailed] = useState(false);
  const [stored, setStored] = useState(false);
  const listShown = entries !== null;
  useEffect(() => {
    if (!listShown) return undefined;
    const running = startSearch((reply) => {
      if (reply.kind === 'ready') setReady({ loaded: true, named: reply.named, source: reply.source, ms: reply.ms });
      else if (reply.kind === 'options') setFound(reply.options);
      else if (reply.kind === 'changed') {
        setIndexed((value) => value + 1);
        setStored(false);
      } else if (reply.kind === 'stored') setStored(true);
      else if (reply.kind === 'failed') setFailed(true);
      else if (reply.kind === 'answer') {
        performance.mark('repere-search-answered');
        const question = asked.current.get(reply.serial);
        // Only the answer to the latest search is shown.
        if (!question || reply.serial !== serial.current) return;
        asked.current.clear();
        setAnswer({ ...question, entries: reply.entries, total: reply.total, ms: reply.ms });
      }
    });
    search.current = running;
    setStarted(true);
    return () => running.stop();
  }, [listShown]);

  // The bundled entries' mention ids, found by the recogniser once the list shows, for entity search and filter.
  useEffect(() => {
    if (automatonReady && started)
      search.current?.ask({ kind: 'bundled', entries: completeBundledLibrary(loadedAutomaton()) });
  }, [automatonReady, started]);

  useEffect(() => {
    if (changes === 0) return;
    search.current?.ask({ kind: 'changed' });
    // The stored index no longer holds the corpus until the worker has taken the change in and stored it again.
    setStored(false);
  }, [changes]);

  // Asked as soon as the page has rendered the query (an effect waits for the next frame, which a background tab
  // may not paint for a while).
  useLayoutEffect(() => {
    if (!searching || !started) return;
    // The recogniser finds names in the query (Abou Kamal = Albu Kamal = أبو كمال).
    const entities =
      automatonReady && query.trim()
        ? [
            ...new Set(
              recogniseMentions(query, loadedAutomaton())
                .filter((mention) => isLinked(mention.entity))
                .map((mention) => mention.entity.id),
            ),
          ]
        : [];
    serial.current += 1;
    asked.current.set(serial.current, { query, filters });
    performance.mark('repere-search-asked');
    search.current?.ask({ kind: 'search', serial: serial.current, query, filters, entities, limit: count });
  }, [searching, query, filters, automatonReady, count, indexed, started]);

  const options = useMemo(() => {
    // Entity names come from the knowledge base, loaded with the recogniser once the list shows.
    const entities = !automatonReady
      ? []
      : found.entities
          .filter(([id]) => entityInfo(id))
          .slice(0, 150)
          .map(([id, count]) => ({ id, name: entityInfo(id)!.name, count }))
          .sort((a, b) => a.name.localeCompare(b.name));
    return { outlets: found.outlets, langs: found.langs, entities };
  }, [found, automatonReady]);

  // Without a query or filter, the list as useEntries reads it: newest first (byNewest), not sorted again. It stays
  // shown until the first answer to a search comes.
  const list = { query: '', entries: entries ?? [], total: entries?.length ?? 0, ms: 0 };
  const fallback = useMemo(() => (failed && entries ? indexForSearch(entries) : null), [failed, entries]);
  const own = useMemo(() => {
    if (!fallback || !searching) return null;
    const ranked = rankEntries(fallback, query, filters, [], { limit: count });
    return { query, entries: ranked.entries, total: ranked.total, ms: 0 };
  }, [fallback, searching, query, filters, count]);
  const shown = own ?? (searching && answer ? answer : list);
  return {
    options,
    results: shown.entries,
    total: shown.total,
    /** The query the results answer ('' for the list without a query). */
    answered: shown.query,
    shown: count,
    more: () => setLimit({ query, filters, count: count + PAGE_SIZE }),
    /** The index answers, and knows the bundled entries' names. */
    ready: (ready.loaded && ready.named) || failed,
    /** How the worker got its index (stored or built) and in how long; how long it took to rank the answer shown. */
    index: { source: ready.source, ms: ready.ms, stored },
    workerMs: shown.ms,
  };
}
