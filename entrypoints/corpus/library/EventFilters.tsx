import { entityInfo } from '../../../components/knowledge';
import { formatNumber } from '../../../components/format';
import type { EventFilters as Filters, filterChoices } from '../../../lib/event/corpus-events';
import { EVENT_KINDS } from '../../../lib/event/kinds';
import type { EventKind } from '../../../lib/types';
import { t } from '../../../platform/i18n';
import { FilterSelect } from './FilterSelect';

interface Props {
  choices: ReturnType<typeof filterChoices>;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value || undefined;

interface DateBoundProps {
  label: string;
  testid: string;
  choices: Props['choices'];
  value: string | undefined;
  onChange: (day: string | undefined) => void;
}

/** One end of the date range, limited to the days the corpus's events span. */
function DateBound({ label, testid, choices, value, onChange }: DateBoundProps) {
  return (
    <label>
      {label}{' '}
      <input
        type="date"
        data-testid={testid}
        min={choices.first ?? undefined}
        max={choices.last ?? undefined}
        value={value ?? ''}
        onChange={(event) => onChange(valueOf(event))}
      />
    </label>
  );
}

/** Date range, outlet, actor and kind of the events shown on the map and the timeline. */
export function EventFilters({ choices, filters, onChange }: Props) {
  const kinds = EVENT_KINDS.filter((kind) => choices.kinds.includes(kind));
  return (
    <form class="event-filters" data-testid="event-filters" onSubmit={(event) => event.preventDefault()}>
      <DateBound
        label={t('eventFilterFrom')}
        testid="event-filter-from"
        choices={choices}
        value={filters.from}
        onChange={(from) => onChange({ ...filters, from })}
      />
      <DateBound
        label={t('eventFilterTo')}
        testid="event-filter-to"
        choices={choices}
        value={filters.to}
        onChange={(to) => onChange({ ...filters, to })}
      />
      <FilterSelect
        testid="event-filter-outlet"
        label={t('filterOutlet')}
        allLabel={t('filterAllOutlets')}
        value={filters.outlet}
        choices={choices.outlets.map((outlet) => ({ value: outlet, label: outlet }))}
        onChange={(outlet) => onChange({ ...filters, outlet })}
      />
      <FilterSelect
        testid="event-filter-actor"
        label={t('eventFilterActor')}
        allLabel={t('eventFilterAllActors')}
        value={filters.actor}
        choices={choices.actors.map((actor) => ({
          value: actor.id,
          label: `${entityInfo(actor.id)?.name ?? actor.id} (${formatNumber(actor.count)})`,
        }))}
        onChange={(actor) => onChange({ ...filters, actor })}
      />
      <FilterSelect
        testid="event-filter-kind"
        label={t('eventFilterKind')}
        allLabel={t('eventFilterAllKinds')}
        value={filters.kind}
        choices={kinds.map((kind) => ({ value: kind, label: t(`eventKind_${kind.replace('-', '_')}`) }))}
        onChange={(kind) => onChange({ ...filters, kind: kind as EventKind | undefined })}
      />
      <button type="button" data-testid="event-filter-reset" onClick={() => onChange({})}>
        {t('eventFilterReset')}
      </button>
    </form>
  );
}
