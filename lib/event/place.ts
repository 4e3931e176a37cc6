// Where the event happened: the place named most, and most prominently, near the words of the event (headline,
// lead, the sentences that give a toll or name the attack), voted for by governorate, so that "Douma", "Eastern
// Ghouta" and "Rif Dimashq province" agree with each other. Countries and wide regions only place an event when
// nothing narrower is named.
import type { KnowledgeEntity } from '../knowledge/schema';
import { isLinked, type MentionEntity, type RecognisedMention } from '../recognise/recognise';
import type { Mention } from '../types';

const BROAD = new Set(['country', 'region', 'desert', 'river', 'lake', 'mountain']);

const lookups = new WeakMap<readonly KnowledgeEntity[], Map<string, KnowledgeEntity>>();

/** id → entity over the knowledge base the mentions come from (built once per base). */
export function entityLookup(entities: readonly KnowledgeEntity[]): Map<string, KnowledgeEntity> {
  let byId = lookups.get(entities);
  if (!byId) {
    byId = new Map(entities.map((entity) => [entity.id, entity]));
    lookups.set(entities, byId);
  }
  return byId;
}

/** The governorate a place lies in (itself for a governorate), following its parents; null when none is known. */
export function governorateOf(entity: MentionEntity, byId: ReadonlyMap<string, KnowledgeEntity>): string | null {
  // A place found from the text alone has no parent: its governorate is unknown.
  if (!isLinked(entity)) return null;
  let current = entity as KnowledgeEntity | undefined;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current.type === 'place' && current.kind === 'governorate') return current.id;
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return null;
}

export interface EventPlaceFound {
  id: string;
  governorate: string | null;
  mention: Mention;
}

/**
 * `weightAt` says how much a mention at an offset counts (more in the headline and near the event's words).
 * Places inside the governorate that wins are preferred, the narrowest and most weighted first.
 */
export function eventPlace(
  mentions: readonly RecognisedMention[],
  byId: ReadonlyMap<string, KnowledgeEntity>,
  weightAt: (offset: number) => number,
): EventPlaceFound | null {
  const places = mentions.filter((mention) => mention.entity.type === 'place');
  if (places.length === 0) return null;
  const byGovernorate = new Map<string, number>();
  const byPlace = new Map<string, { weight: number; mention: RecognisedMention; governorate: string | null }>();
  for (const mention of places) {
    const weight = weightAt(mention.start);
    const governorate = governorateOf(mention.entity, byId);
    if (governorate) byGovernorate.set(governorate, (byGovernorate.get(governorate) ?? 0) + weight);
    const entry = byPlace.get(mention.entity.id);
    if (entry) entry.weight += weight;
    else byPlace.set(mention.entity.id, { weight, mention, governorate });
  }
  let governorate: string | null = null;
  let best = 0;
  for (const [id, weight] of byGovernorate) {
    if (weight > best) [governorate, best] = [id, weight];
  }
  const candidates = [...byPlace.values()].filter((entry) =>
    governorate ? entry.governorate === governorate : !BROAD.has(entry.mention.entity.kind),
  );
  const pool = candidates.length > 0 ? candidates : [...byPlace.values()];
  // Within the governorate, a town or a district says more than the governorate's own name.
  const narrow = pool.filter((entry) => entry.mention.entity.kind !== 'governorate');
  const chosen = (narrow.length > 0 ? narrow : pool).reduce((a, b) => (b.weight > a.weight ? b : a));
  const { start, end, text } = chosen.mention;
  return { id: chosen.mention.entity.id, governorate: chosen.governorate, mention: { start, end, text } };
}
