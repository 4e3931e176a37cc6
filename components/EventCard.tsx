import { Fragment } from 'preact';
import type { Casualty, EntityResult, EventCard as Card, Mention } from '../lib/types';
import { t } from '../platform/i18n';
import { formatDate, formatNumber } from './format';

interface Props {
  event: Card | null;
  entities: readonly EntityResult[];
  /** A name for ids the article does not name itself (the governorate of a village). */
  nameOf?: ((id: string) => string | undefined) | undefined;
  /** Scrolls the page to the words of a fact. */
  onRevealSpan?: ((span: Mention) => void) | undefined;
  onRevealEntity?: ((id: string) => void) | undefined;
}

/** "12", "at least 12", "more than 100", "12–15", "about 30", "at least 24" (for "dozens"). */
export function formatCount(casualty: Pick<Casualty, 'count' | 'min' | 'max'>): string {
  const { count, min, max } = casualty;
  if (count === null) {
    if (min !== null && max !== null) return t('countRange', [formatNumber(min), formatNumber(max)]);
    if (min !== null) return t('countAtLeast', [formatNumber(min)]);
    return max !== null ? t('countUpTo', [formatNumber(max)]) : '?';
  }
  if (min === count && max === count) return formatNumber(count);
  if (min !== null && max === null) return t(min > count ? 'countMoreThan' : 'countAtLeast', [formatNumber(count)]);
  if (max !== null && min === null) return t(max < count ? 'countFewerThan' : 'countUpTo', [formatNumber(count)]);
  return t('countAbout', [formatNumber(count)]);
}

/** "at least 12 civilians killed": a figure and whom it counts, in the reader's language. */
export function casualtyText(casualty: Casualty): string {
  return `${formatCount(casualty)} ${t(`casualty_${casualty.status}_${casualty.victims}`)}`;
}

/** What happened, where, when, who acted and the casualties, each according to its source: one line a fact. */
export function EventCard({ event, entities, nameOf, onRevealSpan, onRevealEntity }: Props) {
  if (!event) return null;
  const name = (id: string) =>
    entities.find((entity) => entity.id === id)?.name ?? nameOf?.(id) ?? id.replace(/^[a-z]+\//, '');
  const revealable = (span: Mention, content: string, testid: string) =>
    onRevealSpan ? (
      <button
        type="button"
        class="fact-button"
        data-testid={testid}
        title={t('revealFact')}
        onClick={() => onRevealSpan(span)}
      >
        {content}
      </button>
    ) : (
      <span data-testid={testid}>{content}</span>
    );
  const place = event.place;
  const governorate = place?.governorate && place.governorate !== place.id ? name(place.governorate) : null;
  return (
    <section data-testid="event-card" class="event-card" aria-labelledby="heading-event">
      <h2 id="heading-event">{t('eventHeading')}</h2>
      <ul class="facts">
        <li data-testid="event-kind" data-kind={event.kind}>
          <span class="fact-label">{t('eventWhat')}</span> {t(`eventKind_${event.kind.replace('-', '_')}`)}
        </li>
        {place ? (
          <li data-testid="event-place" data-place-id={place.id}>
            <span class="fact-label">{t('eventWhere')}</span>{' '}
            {revealable(place.mention, name(place.id), 'event-place-reveal')}
            {governorate ? ` (${governorate})` : ''}
          </li>
        ) : null}
        {event.date ? (
          <li data-testid="event-date" data-date={event.date}>
            <span class="fact-label">{t('eventWhen')}</span> {formatDate(event.date)}
          </li>
        ) : null}
        {event.actors.length > 0 ? (
          <li data-testid="event-actors">
            <span class="fact-label">{t('eventWho')}</span>{' '}
            {event.actors.map((id, index) => (
              <Fragment key={id}>
                {index > 0 ? ', ' : ''}
                {onRevealEntity ? (
                  <button
                    type="button"
                    class="fact-button"
                    data-testid="event-actor"
                    data-entity-id={id}
                    title={t('revealEntity', [name(id)])}
                    onClick={() => onRevealEntity(id)}
                  >
                    {name(id)}
                  </button>
                ) : (
                  <span data-testid="event-actor" data-entity-id={id}>
                    {name(id)}
                  </span>
                )}
              </Fragment>
            ))}
          </li>
        ) : null}
        {event.casualties.map((casualty) => (
          <li
            key={casualty.mention.start}
            data-testid="event-casualty"
            data-status={casualty.status}
            data-victims={casualty.victims}
          >
            {revealable(casualty.mention, casualtyText(casualty), 'event-casualty-reveal')}{' '}
            <span class="muted" data-testid="event-casualty-source">
              — {casualty.source ? t('accordingTo', [name(casualty.source)]) : t('sourceNotGiven')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
