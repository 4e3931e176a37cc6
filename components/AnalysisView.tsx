import type { Analysis } from '../lib/types';
import { EntityGroups } from './EntityGroups';
import { t } from './i18n';
import { Legend } from './Legend';
import { MatchList } from './MatchList';
import { QuoteList } from './QuoteList';
import { SummaryList } from './SummaryList';

interface Props {
  analysis: Analysis;
  entryHref: (id: string) => string;
}

/** The analysis as the reader sees it, in the popup and on a corpus entry's page. */
export function AnalysisView({ analysis, entryHref }: Props) {
  return (
    <div class="analysis">
      <header>
        <h1 data-testid="title">{analysis.title}</h1>
        <p class="muted">
          {t('languageLabel')}:{' '}
          <span data-testid="lang" data-lang={analysis.lang}>
            {t(`lang_${analysis.lang}`)}
          </span>
        </p>
      </header>
      <SummaryList sentences={analysis.summary} />
      {analysis.entities.length === 0 ? <p class="muted">{t('statusEmpty')}</p> : <Legend />}
      <EntityGroups entities={analysis.entities} />
      <QuoteList quotes={analysis.quotes} />
      <MatchList matches={analysis.matches} entities={analysis.entities} entryHref={entryHref} />
    </div>
  );
}
