import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../components/format';
import { bundledLibrary } from '../../lib/corpus/bundled-library';
import type { SearchFilters } from '../../lib/corpus/search';
import { deleteEntry, setHidden } from '../../platform/corpus-store';
import { t } from '../../platform/i18n';
import { CorpusEvents } from './library/CorpusEvents';
import { EntryList } from './library/EntryList';
import { ImportControls } from './library/ImportControls';
import type { Notice } from './library/notice';
import type { ListedEntry } from './library/search-messages';
import { SearchForm } from './library/SearchForm';
import { useCorpusEvents } from './library/use-corpus-events';
import { useSearch } from './library/use-search';
import { clock, useEntries } from './library/use-entries';

export { entryHref } from './library/entry-href';

/** The corpus library: list, search, filters, import, export, delete and hide; its events on a map and a timeline. */
export function Library() {
  const started = useRef(clock());
  const [notice, setNotice] = useState<Notice>(null);
  const { entries, total, hidden, automatonReady, reload, loadedAt } = useEntries(() =>
    setNotice({ kind: 'error', text: t('libraryStorageError') }),
  );
  const { events, pending, read, of } = useCorpusEvents(entries);
  // The same element while the events stay the same: a search re-renders the list, not the map and the timeline.
  const eventsSection = useMemo(
    () => <CorpusEvents events={events} pending={pending} read={read} of={of} />,
    [events, pending, read, of],
  );
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const listRef = useRef<HTMLUListElement>(null);
  const queryStarted = useRef<number | null>(null);

  // Grows with each change the page makes to the corpus, so that the search takes it in at once.
  const [changes, setChanges] = useState(0);
  const search = useSearch(entries, query, filters, automatonReady, changes);
  const { options, results } = search;

  // How long the list took to show, and each search to answer (read by the end-to-end test).
  useEffect(() => {
    const list = listRef.current;
    if (!list || !entries) return;
    if (!list.dataset.loadMs) {
      list.dataset.loadMs = String(Math.round(clock() - started.current));
      list.dataset.storeMs = String(Math.round(loadedAt.current - started.current));
      // Since the navigation: when the library started (the page's scripts and knowledge base read) and showed.
      list.dataset.mountAt = String(Math.round(started.current));
      list.dataset.shownAt = String(Math.round(clock()));
    }
    if (queryStarted.current !== null && search.answered === query) {
      list.dataset.searchMs = String(Math.round((clock() - queryStarted.current) * 10) / 10);
      list.dataset.searchWorkerMs = String(search.workerMs);
      queryStarted.current = null;
    }
  }, [results, entries]);

  const changed = async () => {
    setChanges((value) => value + 1);
    return reload();
  };

  const remove = async (entry: ListedEntry) => {
    if (entry.origin === 'bundled') await setHidden(entry.id, true);
    else await deleteEntry(entry.id);
    setNotice({ kind: 'ok', text: t(entry.origin === 'bundled' ? 'entryHidden' : 'entryDeleted', [entry.title]) });
    await changed();
  };

  const unhide = async (id: string) => {
    await setHidden(id, false);
    await changed();
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
        <ImportControls setNotice={setNotice} reload={changed} />
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
            data-count={search.total}
            data-query={search.answered}
            data-names-ready={automatonReady && search.ready ? 'true' : 'false'}
            data-index-source={search.index.source}
            data-index-ms={search.index.ms}
            data-index-stored={search.index.stored ? 'true' : 'false'}
            aria-live="polite"
          >
            {t('resultCount', [formatNumber(search.total), formatNumber(Math.max(total, entries.length))])}
          </p>
          <EntryList
            results={results}
            total={search.total}
            shown={search.shown}
            onMore={search.more}
            listRef={listRef}
            onRemove={(entry) => void remove(entry)}
          />
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
          {/* After the list, which answers the search box above it. */}
          {eventsSection}
        </>
      )}
    </main>
  );
}
