import { foldName } from '../text/tokens';
import type { KnowledgeEntity } from './schema';

type SourceEntity = Extract<KnowledgeEntity, { type: 'source' }>;

const MEDIA_KINDS = new Set(['agency', 'channel', 'newspaper', 'website', 'monitor', 'ngo']);
// Host labels that never name an outlet on their own.
const GENERIC = new Set(['www', 'm', 'amp', 'news', 'com', 'org', 'net', 'co', 'fr', 'en', 'ar', 'english', 'arabic']);

const key = (name: string) => foldName(name).join('');

let cache: { entities: readonly KnowledgeEntity[]; byKey: Map<string, SourceEntity> } | null = null;

/**
 * The known media source a page comes from, by its host name: "www.aljazeera.com" is Al Jazeera, "france24.com"
 * France 24 (each label of the host is compared with the source's names and aliases, folded and without spaces).
 */
export function outletOfHost(hostname: string, entities: readonly KnowledgeEntity[]): SourceEntity | null {
  if (cache?.entities !== entities) {
    const byKey = new Map<string, SourceEntity>();
    for (const entity of entities) {
      if (entity.type !== 'source' || !MEDIA_KINDS.has(entity.kind)) continue;
      const names = [
        entity.name.fr,
        entity.name.en,
        ...entity.aliases.fr,
        ...entity.aliases.en,
        ...entity.aliases.translit,
      ];
      for (const name of names) {
        const folded = key(name);
        if (folded.length >= 3 && !byKey.has(folded)) byKey.set(folded, entity);
      }
    }
    cache = { entities, byKey };
  }
  const labels = hostname.toLowerCase().split('.').slice(0, -1);
  for (const label of labels) {
    if (GENERIC.has(label)) continue;
    const found = cache.byKey.get(key(label));
    if (found) return found;
  }
  return null;
}
