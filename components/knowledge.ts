import { loadedKnowledge } from '../platform/knowledge';
import { outletOfHost } from '../lib/knowledge/outlet';
import type { KnowledgeEntity } from '../lib/knowledge/schema';
import { uiLanguage } from '../platform/i18n';

// What the extension pages show about an entity beyond its name: description, affiliation, coordinates.

export interface EntityInfo {
  name: string;
  description: string;
  affiliation?: string;
  /** [latitude, longitude], for places. */
  coordinates?: [number, number];
}

const uiLang = (): 'fr' | 'en' => (uiLanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en');

let byId: Map<string, KnowledgeEntity> | null = null;

function infoOf(entity: KnowledgeEntity): EntityInfo {
  const lang = uiLang();
  return {
    name: entity.name[lang],
    description: entity.description[lang],
    ...(entity.type === 'source' ? { affiliation: entity.affiliation[lang] } : {}),
    ...(entity.type === 'place' ? { coordinates: entity.coordinates } : {}),
  };
}

export function entityInfo(id: string): EntityInfo | undefined {
  byId ??= new Map(loadedKnowledge().map((entity) => [entity.id, entity]));
  const entity = byId.get(id);
  return entity ? infoOf(entity) : undefined;
}

/** The known outlet behind a host name, with its profile. */
export function outletInfo(hostname: string): (EntityInfo & { id: string }) | undefined {
  const entity = outletOfHost(hostname, loadedKnowledge());
  return entity ? { id: entity.id, ...infoOf(entity) } : undefined;
}
