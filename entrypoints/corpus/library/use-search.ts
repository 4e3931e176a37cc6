import { useMemo } from 'preact/hooks';
import { entityInfo } from '../../../components/knowledge';
import { loadedAutomaton } from '../../../platform/knowledge';
import { outletOf, type LibraryEntry } from '../../../lib/corpus/library';
import { indexForSearch, searchEntries, type SearchFilters } from '../../../lib/corpus/search';
import { isLinked, recogniseMentions } from '../../../lib/recognise/recognise';

/** The entries that answer the query and filters, newest first when there is neither; and the filters' choices. */
export function useSearch(
  entries: readonly LibraryEntry[] | null,
  query: string,
  filters: SearchFilters,
  automatonReady: boolean,
) {
  const searching = query.trim() !== '' || Boolean(filters.lang || filters.outlet || filters.entityId);
  // Folding every title is only needed once the reader searches or filters: the plain list shows without it.
  const index = useMemo(() => (searching && entries ? indexForSearch(entries) : null), [entries, searching]);
  const options = useMemo(() => {
    const outlets = new Set<string>();
    const langs = new Set<string>();
    const counts = new Map<string, number>();
    for (const entry of entries ?? []) {
      const outlet = outletOf(entry);
      if (outlet) outlets.add(outlet);
      langs.add(entry.lang);
      for (const id of new Set(entry.mentions ?? [])) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Entity names come from the knowledge base, loaded with the recogniser once the list shows.
    const entities = !automatonReady
      ? []
      : [...counts]
          .filter(([id]) => entityInfo(id))
          .sort((a, b) => b[1] - a[1])
          .slice(0, 150)
          .map(([id, count]) => ({ id, name: entityInfo(id)!.name, count }))
          .sort((a, b) => a.name.localeCompare(b.name));
    return { outlets: [...outlets].sort(), langs: [...langs].sort(), entities };
  }, [entries, automatonReady]);

  const results = useMemo(() => {
    // Without a query or filter, the list as useEntries reads it: newest first (byNewest), not sorted again.
    if (!index) return entries ?? [];
    // The recogniser finds names in the query (Abou Kamal = Albu Kamal = أبو كمال).
    const queryEntities =
      automatonReady && query.trim()
        ? [
            ...new Set(
              recogniseMentions(query, loadedAutomaton())
                .filter((mention) => isLinked(mention.entity))
                .map((mention) => mention.entity.id),
            ),
          ]
        : [];
    return searchEntries(index, query, filters, queryEntities);
  }, [entries, index, query, filters, automatonReady]);

  return { options, results };
}
