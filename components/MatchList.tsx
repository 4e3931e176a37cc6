import type { CorpusMatch, EntityResult } from '../lib/types';
import { t } from './i18n';

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
          {matches.map((match) => (
            <li key={match.id} data-testid="match" data-entry-id={match.id}>
              <a href={entryHref(match.id)} target="_blank" rel="noreferrer">
                {match.title}
              </a>{' '}
              <span class="match-lang">{match.lang}</span>
              <meter min={0} max={1} value={match.score} title={String(match.score)} />
              <div class="muted">
                {t('sharedLabel')}: {match.shared.map((id) => names.get(id) ?? id).join(', ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
