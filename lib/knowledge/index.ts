import type { KnowledgeEntity } from './schema';

export type { KnowledgeEntity } from './schema';

export interface KnowledgeBase {
  entities: readonly KnowledgeEntity[];
  byId: ReadonlyMap<string, KnowledgeEntity>;
}

export function createKnowledgeBase(entities: readonly KnowledgeEntity[]): KnowledgeBase {
  return { entities, byId: new Map(entities.map((entity) => [entity.id, entity])) };
}

/** Every spelling of an entity that the recogniser should find, each with whether it is case-guarded. */
export function spellingsOf(entity: KnowledgeEntity): { text: string; guarded: boolean }[] {
  const free = [
    entity.name.fr,
    entity.name.en,
    entity.name.ar,
    ...entity.aliases.fr,
    ...entity.aliases.en,
    ...entity.aliases.ar,
    ...entity.aliases.translit,
  ].filter((text): text is string => Boolean(text) && !entity.guarded.includes(text as string));
  return [
    ...free.map((text) => ({ text, guarded: false })),
    ...entity.guarded.map((text) => ({ text, guarded: true })),
  ];
}

export function displayName(entity: KnowledgeEntity, lang: string): string {
  return lang === 'fr' ? entity.name.fr : entity.name.en;
}
