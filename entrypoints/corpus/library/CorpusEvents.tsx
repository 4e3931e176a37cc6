import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../../components/format';
import {
  filterChoices,
  filterEvents,
  type CorpusEvent,
  type EventFilters as Filters,
} from '../../../lib/event/corpus-events';
import { t } from '../../../platform/i18n';
import { CorpusMap } from './CorpusMap';
import { EventFilters } from './EventFilters';
import { EventSelection, type Selection } from './EventSelection';
import { EventTimeline } from './EventTimeline';
import { clock } from './use-entries';

interface Props {
  events: readonly CorpusEvent[];
  /** Entries whose card is still being computed (-1 before the cache is read). */
  pending: number;
  /** The entries whose events are shown, of how many: the newest ones only in a large corpus. */
  read: number;
  of: number;
}

/**
 * What the corpus reports happened, on a map and a timeline, with filters. The section records how long it took
 * to show every event and each filter to answer (data-load-ms, data-filter-ms: read by the end-to-end test).
 */
export function CorpusEvents({ events, pending, read, of }: Props) {
  const [filters, setFilters] = useState<Filters>({});
  const [selection, setSelection] = useState<Selection | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const filterStarted = useRef<number | null>(null);
  const choices = useMemo(() => filterChoices(events), [events]);
  const shown = useMemo(() => filterEvents(events, filters), [events, filters]);

  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    if (pending === 0 && !section.dataset.loadMs) section.dataset.loadMs = String(Math.round(clock()));
    if (filterStarted.current !== null) {
      section.dataset.filterMs = String(Math.round((clock() - filterStarted.current) * 10) / 10);
      filterStarted.current = null;
    }
  }, [shown, pending]);

  const change = (next: Filters) => {
    filterStarted.current = clock();
    setSelection(null);
    setFilters(next);
  };

  return (
    <section
      class="corpus-events"
      data-testid="corpus-events"
      data-ready={pending === 0 ? 'true' : 'false'}
      data-total={events.length}
      data-shown={shown.length}
      aria-labelledby="heading-corpus-events"
      ref={sectionRef}
    >
      <h2 id="heading-corpus-events">{t('corpusEventsHeading')}</h2>
      <EventFilters choices={choices} filters={filters} onChange={change} />
      <p class="muted" data-testid="event-count" aria-live="polite">
        {pending > 0
          ? t('eventsComputing', [formatNumber(pending)])
          : t('eventsShown', [formatNumber(shown.length), formatNumber(events.length)])}
        {read < of ? ` ${t('eventsOfNewest', [formatNumber(read), formatNumber(of)])}` : ''}
      </p>
      <CorpusMap events={shown} onSelect={setSelection} />
      <EventTimeline events={shown} first={choices.first} last={choices.last} onSelect={setSelection} />
      <EventSelection selection={selection} />
    </section>
  );
}
