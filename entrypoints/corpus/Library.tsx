import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entityInfo } from '../../components/knowledge';
import { formatNumber } from '../../components/format';
import { bundledLibrary } from '../../lib/analyse/library';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { outletOf, type LibraryEntry } from '../../lib/corpus/library';
import { byNewest, indexForSearch, searchEntries, type SearchFilters } from '../../lib/corpus/search';
import { isLinked, recogniseMentions } from '../../lib/recognise/recognise';
import { deleteEntry, setHidden } from '../../platform/corpus-store';
import { t } from '../../platform/i18n';
import { CorpusEvents } from './library/CorpusEvents';
import { EntryList } from './library/EntryList';
import { ImportControls } from './library/ImportControls';
import type { Notice } from './library/notice';
import { SearchForm } from './library/SearchForm';
import { useCorpusEvents } from './library/use-corpus-events';
import { clock, useEntries } from './library/use-entries';

export { entryHref } from './library/entry-href';

/** The corpus library: list, search, filters, import, export, delete and hide; its events on a map and a timeline. */
export function Library() {
  const started = useRef(clock());
  const [notice, setNotice] = useState<Notice>(null);
  const { entries, hidden, wordsReady, automatonReady, reload, loadedAt } = useEntries(() =>
    setNotice({ kind: 'error', text: t('libraryStorageError') }),
  );
  const { events, pending } = useCorpusEvents(entries);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const listRef = useRef<HTMLUListElement>(null);
  const queryStarted = useRef<number | null>(null);

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
    if (!index) return [...(entries ?? [])].sort(byNewest);
    const queryEntities =
      automatonReady && query.trim()
        ? [
            ...new Set(
              recogniseMentions(query, defaultAutomaton())
                .filter((mention) => isLinked(mention.entity))
                .map((mention) => mention.entity.id),
            ),
          ]
        : [];
    return searchEntries(index, query, filters, queryEntities);
  }, [entries, index, query, filters, automatonReady]);

  // How long the list took to show, and each search to answer (read by the end-to-end test).
  useEffect(() => {
    const list = listRef.current;
    if (!list || !entries) return;
    if (!list.dataset.loadMs) {
      list.dataset.loadMs = String(Math.round(clock() - started.current));
      list.dataset.storeMs = String(Math.round(loadedAt.current - started.current));
    }
    if (queryStarted.current !== null) {
      list.dataset.searchMs = String(Math.round((clock() - queryStarted.current) * 10) / 10);
      queryStarted.current = null;
    }
  }, [results, entries]);

  const remove = async (entry: LibraryEntry) => {
    if (entry.origin === 'bundled') await setHidden(entry.id, true);
    else await deleteEntry(entry.id);
    setNotice({ kind: 'ok', text: t(entry.origin === 'bundled' ? 'entryHidden' : 'entryDeleted', [entry.title]) });
    await reload();
  };

  const unhide = async (id: string) => {
    await setHidden(id, false);
    await reload();
  };

  const hiddenBundled = bundledLibrary().filter((entry) => hidden.has(entry.id));

  return (
    <main class="library">
      <h1>{t('corpusTitle')}</h1>
      <div class="library-tools">
        <SearchForm
          query={query}
          filters={filters}
          options={options}
          onQuery={(value) => {
            queryStarted.current = clock();
            setQuery(value);
          }}
          onFilters={setFilters}
        />
        <ImportControls setNotice={setNotice} reload={reload} />
      </div>
      <p class="muted import-help">{t('importHelp')}</p>
      {notice ? (
        <p
          class={`notice notice-${notice.kind}`}
          data-testid={notice.kind === 'error' ? 'import-error' : 'library-status'}
          data-kind={notice.kind}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      ) : null}
      {entries === null ? (
        <p role="status">{t('libraryLoading')}</p>
      ) : (
        <>
          <p
            class="muted"
            data-testid="result-count"
            data-count={results.length}
            data-query={query}
            data-names-ready={automatonReady && wordsReady ? 'true' : 'false'}
            aria-live="polite"
          >
            {t('resultCount', [formatNumber(results.length), formatNumber(entries.length)])}
          </p>
          <CorpusEvents events={events} pending={pending} />
          <EntryList results={results} query={query} listRef={listRef} onRemove={(entry) => void remove(entry)} />
          {hiddenBundled.length > 0 ? (
            <details class="hidden-entries">
              <summary>{t('hiddenEntries', [formatNumber(hiddenBundled.length)])}</summary>
              <ul>
                {hiddenBundled.map((entry) => (
                  <li key={entry.id}>
                    {entry.title}{' '}
                    <button
                      type="button"
                      class="small"
                      data-testid="entry-unhide"
                      onClick={() => void unhide(entry.id)}
                    >
                      {t('unhideEntry')}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </main>
  );
}
