import type { EntityType } from '../types';

/** Which highlight an entity's mentions are painted with: a quoted entity that is neither place nor group is a source. */
export function highlightTypeOf(entity: { type: EntityType; quoted: boolean }): EntityType {
  if (entity.type === 'person' && entity.quoted) return 'source';
  return entity.type;
}
