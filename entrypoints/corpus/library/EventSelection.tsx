import { formatDate, formatNumber } from '../../../components/format';
import type { CorpusEvent } from '../../../lib/event/corpus-events';
import { t } from '../../../platform/i18n';
import { entryHref } from './entry-href';

export interface Selection {
  /** What was clicked: a place, a governorate or a month. */
  label: string;
  events: readonly CorpusEvent[];
  testid: 'place' | 'governorate' | 'month';
}

/** The events of what the reader clicked on the map or the timeline, newest first; each opens its entry. */
export function EventSelection({ selection }: { selection: Selection | null }) {
  if (!selection) return <p class="muted">{t('eventSelectionHint')}</p>;
  const sorted = [...selection.events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <section class="event-selection" data-testid="event-selection" data-from={selection.testid} aria-live="polite">
      <h3>{t('eventSelectionHeading', [selection.label, formatNumber(sorted.length)])}</h3>
      <ul>
        {sorted.map((event) => (
          <li key={event.id} data-testid="selected-event" data-entry-id={event.id}>
            <a href={entryHref(event.id)}>{event.title}</a>{' '}
            <span class="muted">
              {[
                t(`eventKind_${event.kind.replace('-', '_')}`),
                event.killed !== null ? t('eventKilled', [formatNumber(event.killed)]) : '',
                event.outlet,
                event.date ? formatDate(event.date) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
