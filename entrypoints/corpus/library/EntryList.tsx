import { formatDate, formatNumber } from '../../../components/format';
import { outletOf } from '../../../lib/corpus/library';
import { t } from '../../../platform/i18n';
import { entryHref } from './entry-href';
import type { ListedEntry } from './search-messages';

interface Props {
  /** The first answers (or the whole list), of `total`; `shown` of them are shown, `onMore` asks for a page more. */
  results: readonly ListedEntry[];
  total: number;
  shown: number;
  onMore: () => void;
  listRef: { current: HTMLUListElement | null };
  onRemove: (entry: ListedEntry) => void;
}

/** The entries found, a page at a time; bundled ones can be hidden, the others deleted. */
export function EntryList({ results, total, shown, onMore, listRef, onRemove }: Props) {
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
      {total > shown ? (
        <button type="button" data-testid="show-more" onClick={onMore}>
          {t('showMore', [formatNumber(total - shown)])}
        </button>
      ) : null}
    </>
  );
}
