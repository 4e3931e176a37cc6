import type { EventCard } from '../types';

/** How an entity takes part in the article's event: where it happened (the place or its governorate), who acted. */
export function eventRoleOf(event: EventCard | null, entityId: string): 'place' | 'actor' | null {
  if (!event) return null;
  if (event.place && (event.place.id === entityId || event.place.governorate === entityId)) return 'place';
  return event.actors.includes(entityId) ? 'actor' : null;
}
