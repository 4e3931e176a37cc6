import { formatNumber } from '../../../components/format';
import type { SearchFilters } from '../../../lib/corpus/search';
import { t } from '../../../platform/i18n';

interface Props {
  query: string;
  filters: SearchFilters;
  options: { outlets: string[]; langs: string[]; entities: { id: string; name: string; count: number }[] };
  onQuery: (query: string) => void;
  onFilters: (filters: SearchFilters) => void;
}

/** The search box and the list's filters: language, outlet, entity. */
export function SearchForm({ query, filters, options, onQuery, onFilters }: Props) {
  return (
    <form role="search" class="search" onSubmit={(event) => event.preventDefault()}>
      <input
        type="search"
        data-testid="library-search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      <select
        data-testid="filter-lang"
        aria-label={t('filterLang')}
        value={filters.lang ?? ''}
        onChange={(event) => onFilters({ ...filters, lang: event.currentTarget.value || undefined })}
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
        onChange={(event) => onFilters({ ...filters, outlet: event.currentTarget.value || undefined })}
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
        onChange={(event) => onFilters({ ...filters, entityId: event.currentTarget.value || undefined })}
      >
        <option value="">{t('filterAllEntities')}</option>
        {options.entities.map((entity) => (
          <option key={entity.id} value={entity.id}>
            {entity.name} ({formatNumber(entity.count)})
          </option>
        ))}
      </select>
    </form>
  );
}
