import type { EntityResult, Mention } from '../types';
import { unlinkedId } from '../recognise/unlinked';

/** A named person who speaks but whom the knowledge base does not know. */
export interface UnlinkedSpeaker {
  /** The fullest form of the name in the article ("Ash Carter" for "Carter said"). */
  name: string;
  mention: Mention;
}

/**
 * Makes each named speaker outside the knowledge base a quoted person (`linked: false`, id `person/<slug>`), so
 * that any person who speaks is listed as a source. A speaker whose words a person or source entity already
 * covers marks that entity quoted instead.
 */
export function addUnlinkedSpeakers(entities: EntityResult[], speakers: readonly UnlinkedSpeaker[]): void {
  for (const { name, mention } of speakers) {
    const covering = entities.find(
      (entity) =>
        entity.type !== 'place' &&
        entity.type !== 'group' &&
        entity.mentions.some((other) => other.start < mention.end && other.end > mention.start),
    );
    if (covering) {
      covering.quoted = true;
      continue;
    }
    // "Jassem al-Rubaie a déclaré": the word the recogniser read as a place (Jasim) is part of the speaker's name.
    for (const place of entities.filter((entity) => entity.type === 'place')) {
      place.mentions = place.mentions.filter((other) => other.start < mention.start || other.end > mention.end);
    }
    const id = unlinkedId('person', name);
    let entity = entities.find((candidate) => candidate.id === id);
    if (!entity) {
      entity = { id, type: 'person', kind: 'other', name, quoted: true, linked: false, mentions: [] };
      entities.push(entity);
    }
    entity.quoted = true;
    if (!entity.mentions.some((other) => other.start === mention.start)) entity.mentions.push(mention);
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  entities.splice(0, entities.length, ...entities.filter((entity) => entity.mentions.length > 0));
}
