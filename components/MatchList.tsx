import type { CorpusMatch, EntityResult } from '../lib/types';
import { formatPercent } from './format';
import { t } from '../platform/i18n';

interface Props {
  matches: readonly CorpusMatch[];
  /** Names to show for the shared entity ids (those of the analysed article). */
  entities: readonly EntityResult[];
  entryHref: (id: string) => string;
}

export function MatchList({ matches, entities, entryHref }: Props) {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return (
    <section data-testid="matches" aria-labelledby="heading-matches">
      <h2 id="heading-matches">{t('matchesHeading')}</h2>
      {matches.length === 0 ? (
        <p class="muted">{t('noMatches')}</p>
      ) : (
        <ul class="matches">
          {matches.map((match) => {
            const percent = formatPercent(match.score);
            return (
              <li key={match.id} data-testid="match" data-entry-id={match.id} data-score={match.score}>
                <a href={entryHref(match.id)} target="_blank" rel="noreferrer">
                  {match.title}
                </a>{' '}
                <span class="match-lang">{match.lang}</span>
                <div class="score">
                  <span
                    class="score-bar"
                    role="meter"
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(match.score * 100)}
                    aria-label={t('matchScore')}
                  >
                    <span class="score-fill" style={{ width: `${Math.min(100, Math.round(match.score * 100))}%` }} />
                  </span>{' '}
                  <span class="muted">{percent}</span>
                </div>
                <div class="muted" data-testid="match-reason">
                  {t('sharedLabel')}: {match.shared.map((id) => names.get(id) ?? id).join(', ')}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
