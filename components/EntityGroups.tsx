import type { EntityResult, EntityType } from '../lib/types';
import { ENTITY_TYPES } from '../lib/settings';
import { t } from '../platform/i18n';
import { TYPE_HEADINGS } from './type-headings';

/** Sources are the entities the article attributes statements to, whatever their type, plus sources by trade. */
function sectionOf(entity: EntityResult): EntityType {
  if (entity.type === 'person' && entity.quoted) return 'source';
  return entity.type;
}

interface Props {
  entities: readonly EntityResult[];
  /** The one-line description shown on hover and read by screen readers. */
  describe?: ((id: string) => string | undefined) | undefined;
  /** Scrolls the page to the entity's first mention. */
  onReveal?: ((id: string) => void) | undefined;
}

export function EntityGroups({ entities, describe, onReveal }: Props) {
  return (
    <div class="entity-groups">
      {ENTITY_TYPES.map((type) => {
        const heading = TYPE_HEADINGS[type];
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
              {members.map((entity) => {
                const count = t('mentionCount', [entity.mentions.length]);
                const description = describe?.(entity.id);
                const quoted = entity.quoted && type !== 'source';
                // Found from the text alone: the reader is told there is no description behind the name.
                const unlinked = entity.linked === false;
                const label = [
                  entity.name,
                  count,
                  quoted ? t('quotedMark') : '',
                  unlinked ? t('notLinkedMark') : '',
                  description ?? '',
                ]
                  .filter(Boolean)
                  .join(', ');
                const content = (
                  <>
                    {entity.name}
                    <span class="chip-count" aria-hidden="true">
                      {entity.mentions.length}
                    </span>
                    {quoted ? <span class="chip-quoted"> · {t('quotedMark')}</span> : null}
                    {unlinked ? (
                      <span class="chip-unlinked" data-testid="entity-unlinked" title={t('notLinkedTitle')}>
                        {' '}
                        · {t('notLinkedMark')}
                      </span>
                    ) : null}
                  </>
                );
                return (
                  <li
                    key={entity.id}
                    class={`chip chip-${type}`}
                    data-testid="entity"
                    data-entity-id={entity.id}
                    data-count={entity.mentions.length}
                    data-linked={unlinked ? 'false' : 'true'}
                    title={
                      description ? `${description} (${count})` : unlinked ? `${t('notLinkedTitle')} (${count})` : count
                    }
                  >
                    {onReveal ? (
                      <button
                        type="button"
                        class="chip-button"
                        data-testid="entity-reveal"
                        aria-label={`${t('revealEntity', [entity.name])}: ${label}`}
                        onClick={() => onReveal(entity.id)}
                      >
                        {content}
                      </button>
                    ) : (
                      <span aria-label={label}>{content}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
