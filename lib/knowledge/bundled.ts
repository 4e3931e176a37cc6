import groups from './data/groups.json';
import persons from './data/persons.json';
import places from './data/places.json';
import sources from './data/sources.json';
import extraPlaces from './generated/geonames-extra-places.json';
import worldPlaces from './generated/world-places.json';
import { loadGeonamesPlaces } from './geonames';
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
 * world's countries, capitals and regions neither covers, merged at build time (scripts/check-knowledge.ts): nothing is merged when the background or a page starts. This module
 * holds the whole data set; web pages never load it (the background analyses their text).
 */
export function knowledgeEntities(): readonly KnowledgeEntity[] {
  all ??= [...curatedEntities, ...loadGeonamesPlaces(extraPlaces), ...(worldPlaces as unknown as PlaceEntity[])];
  return all;
}
