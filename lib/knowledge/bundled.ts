import groups from './data/groups.json';
import persons from './data/persons.json';
import places from './data/places.json';
import sources from './data/sources.json';
import geonames from './generated/geonames-places.json';
import world from './generated/world-places.json';
import { loadGeonamesPlaces, mergePlaces } from './geonames';
import type { KnowledgeEntity, PlaceEntity } from './schema';

/**
 * The curated knowledge base. The data files are validated against the schema in the test suite and at build
 * time (scripts/check-knowledge.ts), so the extension does not ship the validator.
 */
export const curatedEntities: readonly KnowledgeEntity[] = [
  ...(places as KnowledgeEntity[]),
  ...(groups as KnowledgeEntity[]),
  ...(sources as KnowledgeEntity[]),
  ...(persons as KnowledgeEntity[]),
];

let all: readonly KnowledgeEntity[] | null = null;

/**
 * Everything recognition reads: the curated entities plus the GeoNames localities they do not already cover, and the
 * world's countries, capitals and regions.
 * This module holds the whole data set; web pages never load it (the content script asks the background for it
 * only once a page reads as an article).
 */
export function knowledgeEntities(): readonly KnowledgeEntity[] {
  if (!all) {
    const curatedPlaces = curatedEntities.filter((entity): entity is PlaceEntity => entity.type === 'place');
    // The world's countries, capitals and regions (scripts/build-world-places.ts) come after the local layers.
    const local = mergePlaces(curatedPlaces, loadGeonamesPlaces(geonames));
    const extra = mergePlaces(local, world as unknown as PlaceEntity[]).slice(curatedPlaces.length);
    all = [...curatedEntities, ...extra];
  }
  return all;
}
