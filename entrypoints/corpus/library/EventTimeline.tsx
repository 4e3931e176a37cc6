import { formatNumber } from '../../../components/format';
import { monthBins, type CorpusEvent } from '../../../lib/event/corpus-events';
import { t, uiLanguage } from '../../../platform/i18n';
import type { Selection } from './EventSelection';

const WIDTH = 720;
const HEIGHT = 120;
const AXIS = 18;

// One formatter for the page: making one costs a millisecond, and the timeline names a hundred months.
let months: Intl.DateTimeFormat | null = null;
const monthName = (start: string) =>
  (months ??= new Intl.DateTimeFormat(uiLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
    Date.parse(start),
  );

/**
 * The events month by month, over the whole corpus's span (`first`…`last`), so that the axis stays put while the
 * filters change the bars. A click on a month lists its events.
 */
export function EventTimeline({
  events,
  first,
  last,
  onSelect,
}: {
  events: readonly CorpusEvent[];
  first: string | null;
  last: string | null;
  onSelect: (selection: Selection) => void;
}) {
  if (!first || !last) return <p class="muted">{t('timelineNoDates')}</p>;
  const bins = monthBins(events, first, last);
  const most = Math.max(1, ...bins.map((bin) => bin.events.length));
  const step = WIDTH / bins.length;
  const dated = bins.reduce((sum, bin) => sum + bin.events.length, 0);
  return (
    <svg
      class="event-timeline"
      data-testid="event-timeline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={t('timelineLabel', [formatNumber(dated)])}
    >
      <line class="timeline-axis" x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
      {bins.map((bin, index) => {
        const height = ((HEIGHT - AXIS - 4) * bin.events.length) / most;
        const label = monthName(bin.start);
        const select = () => onSelect({ label, events: bin.events, testid: 'month' });
        return (
          <g key={bin.start}>
            {bin.events.length > 0 ? (
              <rect
                class="timeline-bar"
                data-testid="timeline-bar"
                data-month={bin.start.slice(0, 7)}
                data-count={bin.events.length}
                x={index * step + step * 0.1}
                y={HEIGHT - AXIS - height}
                width={Math.max(1, step * 0.8)}
                height={height}
                tabIndex={0}
                role="button"
                aria-label={t('timelineBarTitle', [label, formatNumber(bin.events.length)])}
                onClick={select}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    select();
                  }
                }}
              >
                <title>{t('timelineBarTitle', [label, formatNumber(bin.events.length)])}</title>
              </rect>
            ) : null}
            {bin.start.endsWith('-01-01') || index === 0 ? (
              <text class="timeline-year" x={index * step} y={HEIGHT - 4} aria-hidden="true">
                {bin.start.slice(0, 4)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
