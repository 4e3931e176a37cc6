import { useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../../components/format';
import { outletOf, type LibraryEntry } from '../../../lib/corpus/library';
import { t } from '../../../platform/i18n';
import { entryHref } from './entry-href';

const PAGE_SIZE = 60;

interface Props {
  results: readonly LibraryEntry[];
  /** Shown again from the first page whenever the query changes. */
  query: string;
  listRef: { current: HTMLUListElement | null };
  onRemove: (entry: LibraryEntry) => void;
}

/** The entries found, a page at a time; bundled ones can be hidden, the others deleted. */
export function EntryList({ results, query, listRef, onRemove }: Props) {
  const [limit, setLimit] = useState({ query, count: PAGE_SIZE });
  const shown = limit.query === query ? limit.count : PAGE_SIZE;
  return (
    <>
      <ul class="entries" data-testid="entry-list" ref={listRef}>
        {results.slice(0, shown).map((entry) => (
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
              onClick={() => onRemove(entry)}
            >
              {t(entry.origin === 'bundled' ? 'hideEntry' : 'deleteEntry')}
            </button>
          </li>
        ))}
      </ul>
      {results.length > shown ? (
        <button type="button" data-testid="show-more" onClick={() => setLimit({ query, count: shown + PAGE_SIZE })}>
          {t('showMore', [formatNumber(results.length - shown)])}
        </button>
      ) : null}
    </>
  );
}
