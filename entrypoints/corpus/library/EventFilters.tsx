import { entityInfo } from '../../../components/knowledge';
import { formatNumber } from '../../../components/format';
import type { EventFilters as Filters, filterChoices } from '../../../lib/event/corpus-events';
import { EVENT_KINDS } from '../../../lib/event/kinds';
import type { EventKind } from '../../../lib/types';
import { t } from '../../../platform/i18n';

interface Props {
  choices: ReturnType<typeof filterChoices>;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value || undefined;

/** Date range, outlet, actor and kind of the events shown on the map and the timeline. */
export function EventFilters({ choices, filters, onChange }: Props) {
  const kinds = EVENT_KINDS.filter((kind) => choices.kinds.includes(kind));
  return (
    <form class="event-filters" data-testid="event-filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('eventFilterFrom')}{' '}
        <input
          type="date"
          data-testid="event-filter-from"
          min={choices.first ?? undefined}
          max={choices.last ?? undefined}
          value={filters.from ?? ''}
          onChange={(event) => onChange({ ...filters, from: valueOf(event) })}
        />
      </label>
      <label>
        {t('eventFilterTo')}{' '}
        <input
          type="date"
          data-testid="event-filter-to"
          min={choices.first ?? undefined}
          max={choices.last ?? undefined}
          value={filters.to ?? ''}
          onChange={(event) => onChange({ ...filters, to: valueOf(event) })}
        />
      </label>
      <select
        data-testid="event-filter-outlet"
        aria-label={t('filterOutlet')}
        value={filters.outlet ?? ''}
        onChange={(event) => onChange({ ...filters, outlet: valueOf(event) })}
      >
        <option value="">{t('filterAllOutlets')}</option>
        {choices.outlets.map((outlet) => (
          <option key={outlet} value={outlet}>
            {outlet}
          </option>
        ))}
      </select>
      <select
        data-testid="event-filter-actor"
        aria-label={t('eventFilterActor')}
        value={filters.actor ?? ''}
        onChange={(event) => onChange({ ...filters, actor: valueOf(event) })}
      >
        <option value="">{t('eventFilterAllActors')}</option>
        {choices.actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {entityInfo(actor.id)?.name ?? actor.id} ({formatNumber(actor.count)})
          </option>
        ))}
      </select>
      <select
        data-testid="event-filter-kind"
        aria-label={t('eventFilterKind')}
        value={filters.kind ?? ''}
        onChange={(event) => onChange({ ...filters, kind: valueOf(event) as EventKind | undefined })}
      >
        <option value="">{t('eventFilterAllKinds')}</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`eventKind_${kind.replace('-', '_')}`)}
          </option>
        ))}
      </select>
      <button type="button" data-testid="event-filter-reset" onClick={() => onChange({})}>
        {t('eventFilterReset')}
      </button>
    </form>
  );
}
