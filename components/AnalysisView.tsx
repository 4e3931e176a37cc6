import type { ComponentChildren } from 'preact';
import type { Analysis, Mention } from '../lib/types';
import { EntityGroups } from './EntityGroups';
import { EventCard } from './EventCard';
import { OtherAccounts } from './OtherAccounts';
import type { OtherAccount } from '../lib/corpus/accounts';
import { formatMinutes, readingMinutes } from './format';
import { t } from '../platform/i18n';
import type { EntityInfo } from './knowledge';
import { Legend } from './Legend';
import { MatchList } from './MatchList';
import { PlaceMap, type MapPlace } from './PlaceMap';
import { QuoteList } from './QuoteList';
import { SummaryList } from './SummaryList';

interface Props {
  analysis: Analysis;
  entryHref: (id: string) => string;
  /** Where the article comes from: its host name and, when it is a known source, its profile. */
  outlet?: { hostname: string; profile?: EntityInfo | undefined } | undefined;
  describe?: ((id: string) => string | undefined) | undefined;
  onRevealEntity?: ((id: string) => void) | undefined;
  onRevealQuote?: ((index: number) => void) | undefined;
  /** Scrolls the page to the words of one of the event card's facts. */
  onRevealSpan?: ((span: Mention) => void) | undefined;
  /** A name for an id the article does not name (the event's governorate). */
  nameOf?: ((id: string) => string | undefined) | undefined;
  /** Corpus entries telling the same event, shown under the card. */
  accounts?: readonly OtherAccount[] | undefined;
  places?: readonly MapPlace[] | undefined;
  /** Buttons shown under the header (save to corpus…). */
  actions?: ComponentChildren;
}

/** The analysis as the reader sees it, in the popup and on a corpus entry's page. */
export function AnalysisView(props: Props) {
  const { analysis, entryHref, outlet } = props;
  const minutes = readingMinutes(analysis.text);
  return (
    <div class="analysis">
      <header>
        {analysis.title ? <h1 data-testid="title">{analysis.title}</h1> : null}
        {outlet?.hostname ? (
          <p class="outlet" data-testid="outlet">
            <strong>{outlet.profile?.name ?? outlet.hostname}</strong>
            {outlet.profile ? (
              <span data-testid="outlet-profile">
                {' '}
                — {outlet.profile.description}
                {outlet.profile.affiliation ? ` ${t('affiliationLabel')}: ${outlet.profile.affiliation}.` : ''}
              </span>
            ) : null}
          </p>
        ) : null}
        <p class="muted meta">
          {t('languageLabel')}:{' '}
          <span data-testid="lang" data-lang={analysis.lang}>
            {t(`lang_${analysis.lang}`)}
          </span>
          {' · '}
          <span data-testid="reading-time" data-minutes={minutes}>
            {t('readingTime', [formatMinutes(minutes)])}
          </span>
        </p>
        {props.actions}
      </header>
      <EventCard
        event={analysis.event}
        entities={analysis.entities}
        nameOf={props.nameOf}
        onRevealSpan={props.onRevealSpan}
        onRevealEntity={props.onRevealEntity}
      />
      {props.accounts ? (
        <OtherAccounts
          accounts={props.accounts}
          entryHref={entryHref}
          nameOf={(id) =>
            analysis.entities.find((entity) => entity.id === id)?.name ??
            props.nameOf?.(id) ??
            id.replace(/^[a-z]+\//, '')
          }
        />
      ) : null}
      <SummaryList sentences={analysis.summary} />
      {analysis.entities.length === 0 ? <p class="muted">{t('statusEmpty')}</p> : <Legend />}
      <EntityGroups entities={analysis.entities} describe={props.describe} onReveal={props.onRevealEntity} />
      <QuoteList quotes={analysis.quotes} onReveal={props.onRevealQuote} />
      {props.places ? <PlaceMap places={props.places} /> : null}
      <MatchList matches={analysis.matches} entities={analysis.entities} entryHref={entryHref} />
    </div>
  );
}
