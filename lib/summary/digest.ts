import type { EntityResult } from '../types';

const LABELS = {
  fr: { where: 'Où', who: 'Qui', sources: 'Sources', separator: ' : ' },
  en: { where: 'Where', who: 'Who', sources: 'Sources', separator: ': ' },
};
const PER_PART = 3;

function mostMentioned(entities: readonly EntityResult[]): string[] {
  return [...entities]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, PER_PART)
    .map((entity) => entity.name);
}

/**
 * The article in one line: its most-named places (towns before countries, which say little on their own), armed
 * groups, and the sources it quotes.
 */
export function digestOf(entities: readonly EntityResult[], lang: 'fr' | 'en'): string {
  const labels = LABELS[lang];
  const places = entities.filter((entity) => entity.type === 'place');
  const localPlaces = places.filter((entity) => entity.kind !== 'country');
  const parts: [string, string[]][] = [
    [labels.where, mostMentioned(localPlaces.length ? localPlaces : places)],
    [labels.who, mostMentioned(entities.filter((entity) => entity.type === 'group'))],
    [labels.sources, mostMentioned(entities.filter((entity) => entity.quoted && entity.type !== 'place'))],
  ];
  return parts
    .filter(([, names]) => names.length > 0)
    .map(([label, names]) => `${label}${labels.separator}${names.join(', ')}`)
    .join(' — ');
}
