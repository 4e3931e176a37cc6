import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../components/format';
import { t } from '../../platform/i18n';
import { entityInfo } from '../../components/knowledge';
import { bundledLibrary, completeBundledLibrary } from '../../lib/corpus/bundled-library';
import { withMentions } from '../../lib/corpus/mentions';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { toCsv, toJsonl } from '../../lib/corpus/export';
import { formatOf, ImportError, parseImport } from '../../lib/corpus/import';
import { outletOf, type LibraryEntry } from '../../lib/corpus/library';
import { byNewest, indexForSearch, searchEntries, type SearchFilters } from '../../lib/corpus/search';
import { isLinked, recogniseMentions } from '../../lib/recognise/recognise';
import { deleteEntry, loadLibrary, putEntries, setHidden, storedWords } from '../../platform/corpus-store';

/** The whole library with texts, for export. */
const fullLibrary = async () => (await loadLibrary(bundledLibrary())).entries;

const PAGE_SIZE = 60;
const clock = () => performance.now();

export const entryHref = (id: string) => `?id=${encodeURIComponent(id)}`;

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Notice = { kind: 'ok' | 'error' | 'working'; text: string } | null;

/** The corpus library: list, search, filters, import, export, delete and hide. */
export function Library() {
  const started = useRef(clock());
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [hidden, setHiddenIds] = useState<Set<string>>(new Set());
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [notice, setNotice] = useState<Notice>(null);
  const [automatonReady, setAutomatonReady] = useState(false);
  const [wordsReady, setWordsReady] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const queryStarted = useRef<number | null>(null);
  const loadedAt = useRef(0);

  /** Loads the list again; false when storage failed (the notice then says so). */
  const reload = async (): Promise<boolean> => {
    try {
      // Stored entries come without their text: the list and search read titles and folded words only.
      const library = await loadLibrary(bundledLibrary(), { withText: false });
      loadedAt.current = clock();
      setEntries(library.entries);
      setHiddenIds(library.hidden);
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
      setNotice({ kind: 'error', text: t('libraryStorageError') });
      return false;
    }
  };

  useEffect(() => {
    void reload();
  }, []);

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

  // The recogniser finds names in the query (Abou Kamal = Albu Kamal = أبو كمال); it is compiled once the list shows.
  useEffect(() => {
    if (!entries || automatonReady) return undefined;
    const timer = setTimeout(() => {
      const automaton = defaultAutomaton();
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

  const importFile = async (file: File) => {
    setNotice({ kind: 'working', text: t('importWorking', [file.name]) });
    try {
      const text = await file.text();
      const parsed = parseImport(text, formatOf(file.name, text));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const automaton = defaultAutomaton();
      await putEntries(parsed.map((entry) => withMentions(entry, automaton)));
      // "Done" once the list holds the new entries, not before: a reader who searches then finds them.
      if (await reload()) setNotice({ kind: 'ok', text: t('importDone', [formatNumber(parsed.length), file.name]) });
    } catch (error) {
      if (error instanceof ImportError)
        setNotice({
          kind: 'error',
          text: t('importFailed', [
            file.name,
            formatNumber(error.line),
            t(`importError_${error.code}`, [error.detail]),
          ]),
        });
      else setNotice({ kind: 'error', text: t('importFailedStorage', [file.name]) });
    }
  };

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
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <main class="library">
      <h1>{t('corpusTitle')}</h1>
      <div class="library-tools">
        <form role="search" class="search" onSubmit={(event) => event.preventDefault()}>
          <input
            type="search"
            data-testid="library-search"
            aria-label={t('searchLabel')}
            placeholder={t('searchPlaceholder')}
            value={query}
            onInput={(event) => {
              queryStarted.current = clock();
              setLimit(PAGE_SIZE);
              setQuery(event.currentTarget.value);
            }}
          />
          <select
            data-testid="filter-lang"
            aria-label={t('filterLang')}
            value={filters.lang ?? ''}
            onChange={(event) => setFilters({ ...filters, lang: event.currentTarget.value || undefined })}
          >
            <option value="">{t('filterAllLangs')}</option>
            {options.langs.map((lang) => (
              <option key={lang} value={lang}>
                {t(`lang_${lang}`)}
              </option>
            ))}
          </select>
          <select
            data-testid="filter-outlet"
            aria-label={t('filterOutlet')}
            value={filters.outlet ?? ''}
            onChange={(event) => setFilters({ ...filters, outlet: event.currentTarget.value || undefined })}
          >
            <option value="">{t('filterAllOutlets')}</option>
            {options.outlets.map((outlet) => (
              <option key={outlet} value={outlet}>
                {outlet}
              </option>
            ))}
          </select>
          <select
            data-testid="filter-entity"
            aria-label={t('filterEntity')}
            value={filters.entityId ?? ''}
            onChange={(event) => setFilters({ ...filters, entityId: event.currentTarget.value || undefined })}
          >
            <option value="">{t('filterAllEntities')}</option>
            {options.entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name} ({formatNumber(entity.count)})
              </option>
            ))}
          </select>
        </form>
        <div class="transfer">
          <label class="file-button">
            {t('importLabel')}
            <input
              type="file"
              data-testid="import-file"
              accept=".jsonl,.ndjson,.json,.csv,application/json,text/csv"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          <button
            type="button"
            data-testid="export-jsonl"
            onClick={() =>
              void fullLibrary().then((all) =>
                download(`repere-corpus-${stamp}.jsonl`, 'application/jsonl', toJsonl(all)),
              )
            }
          >
            {t('exportJsonl')}
          </button>
          <button
            type="button"
            data-testid="export-csv"
            onClick={() =>
              void fullLibrary().then((all) => download(`repere-corpus-${stamp}.csv`, 'text/csv', toCsv(all)))
            }
          >
            {t('exportCsv')}
          </button>
        </div>
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
          <ul class="entries" data-testid="entry-list" ref={listRef}>
            {results.slice(0, limit).map((entry) => (
              <li key={entry.id} data-testid="entry-item" data-entry-id={entry.id} data-origin={entry.origin}>
                <a href={entryHref(entry.id)}>{entry.title}</a>{' '}
                <span class="muted">
                  {[t(`lang_${entry.lang}`), outletOf(entry), formatDate(entry.date), t(`origin_${entry.origin}`)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>{' '}
                <button
                  type="button"
                  class="small"
                  data-testid={entry.origin === 'bundled' ? 'entry-hide' : 'entry-delete'}
                  aria-label={t(entry.origin === 'bundled' ? 'hideEntryLabel' : 'deleteEntryLabel', [entry.title])}
                  onClick={() => void remove(entry)}
                >
                  {t(entry.origin === 'bundled' ? 'hideEntry' : 'deleteEntry')}
                </button>
              </li>
            ))}
          </ul>
          {results.length > limit ? (
            <button type="button" data-testid="show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              {t('showMore', [formatNumber(results.length - limit)])}
            </button>
          ) : null}
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
