import type { EntityResult, EntityType } from '../lib/types';
import { t } from './i18n';

const GROUPS: { type: EntityType; heading: string }[] = [
  { type: 'place', heading: 'placesHeading' },
  { type: 'group', heading: 'groupsHeading' },
  { type: 'source', heading: 'sourcesHeading' },
  { type: 'person', heading: 'personsHeading' },
];

/** Sources are the entities the article attributes statements to, whatever their type, plus sources by trade. */
function sectionOf(entity: EntityResult): EntityType {
  if (entity.type === 'person' && entity.quoted) return 'source';
  return entity.type;
}

export function EntityGroups({ entities }: { entities: readonly EntityResult[] }) {
  return (
    <div class="entity-groups">
      {GROUPS.map(({ type, heading }) => {
        const members = entities
          .filter((entity) => sectionOf(entity) === type)
          .sort((a, b) => b.mentions.length - a.mentions.length);
        if (members.length === 0) return null;
        return (
          <section key={type} data-testid={`entity-group-${type}`} aria-labelledby={`heading-${type}`}>
            <h2 id={`heading-${type}`}>
              <span class={`swatch swatch-${type}`} aria-hidden="true" /> {t(heading)}{' '}
              <span class="count">{members.length}</span>
            </h2>
            <ul class="chips">
              {members.map((entity) => (
                <li
                  key={entity.id}
                  class={`chip chip-${type}`}
                  data-testid="entity"
                  data-entity-id={entity.id}
                  data-count={entity.mentions.length}
                  title={t('mentionCount', [entity.mentions.length])}
                >
                  {entity.name}
                  <span class="chip-count">{entity.mentions.length}</span>
                  {entity.quoted && type !== 'source' ? <span class="chip-quoted"> · {t('quotedMark')}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
