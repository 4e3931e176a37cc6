import { formatNumber } from '../../../components/format';
import type { SearchFilters } from '../../../lib/corpus/search';
import { t } from '../../../platform/i18n';
import { FilterSelect } from './FilterSelect';

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
      <FilterSelect
        testid="filter-lang"
        label={t('filterLang')}
        allLabel={t('filterAllLangs')}
        value={filters.lang}
        choices={options.langs.map((lang) => ({ value: lang, label: t(`lang_${lang}`) }))}
        onChange={(lang) => onFilters({ ...filters, lang })}
      />
      <FilterSelect
        testid="filter-outlet"
        label={t('filterOutlet')}
        allLabel={t('filterAllOutlets')}
        value={filters.outlet}
        choices={options.outlets.map((outlet) => ({ value: outlet, label: outlet }))}
        onChange={(outlet) => onFilters({ ...filters, outlet })}
      />
      <FilterSelect
        testid="filter-entity"
        label={t('filterEntity')}
        allLabel={t('filterAllEntities')}
        value={filters.entityId}
        choices={options.entities.map((entity) => ({
          value: entity.id,
          label: `${entity.name} (${formatNumber(entity.count)})`,
        }))}
        onChange={(entityId) => onFilters({ ...filters, entityId })}
      />
    </form>
  );
}
