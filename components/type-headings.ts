import type { EntityType } from '../lib/types';

/** The locale key of each entity type's heading: the popup's sections, its legend and the options page. */
export const TYPE_HEADINGS: Readonly<Record<EntityType, string>> = {
  place: 'placesHeading',
  group: 'groupsHeading',
  source: 'sourcesHeading',
  person: 'personsHeading',
};
