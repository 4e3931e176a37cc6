import type { EntityType } from '../types';
import { foldWord } from '../text/fold';

// Words around an ambiguous name that tell which of its readings is meant ("la ville d'al-Mayadeen" is the
// town, "la chaîne al-Mayadeen" the channel). Folded like the text, so they match every spelling.
const CUES: Record<EntityType, { before: string[]; after: string[] }> = {
  place: {
    before: [
      'ville',
      'town',
      'city',
      'village',
      'localité',
      'province',
      'région',
      'region',
      'gouvernorat',
      'governorate',
      'quartier',
      'district',
      'près',
      'near',
      'vers',
      'towards',
      'toward',
      'outskirts',
      'périphérie',
      'abords',
      'in',
      // Not « à »: folded, it is the English article "a" ("a SANA reporter" would read the agency as Sanaa).
      'de',
      'from',
      'campagne',
      'countryside',
      'sud',
      'nord',
      'est',
      'ouest',
      'south',
      'north',
      'east',
      'west',
    ],
    after: ['province', 'governorate', 'countryside', 'city', 'town', 'area'],
  },
  group: {
    before: [
      'combattants',
      'fighters',
      'militants',
      'membres',
      'members',
      'groupe',
      'group',
      'milice',
      'militia',
      'forces',
      'troupes',
      'troops',
      'brigade',
      'unités',
      'units',
    ],
    after: ['fighters', 'militants', 'forces', 'troops'],
  },
  source: {
    before: [
      'selon',
      'according',
      'chaîne',
      'channel',
      'télévision',
      'television',
      'tv',
      'network',
      'réseau',
      'agence',
      'agency',
      'journal',
      'newspaper',
      'quotidien',
      'daily',
      'site',
      'website',
      'told',
      'pour',
      'by',
      'par',
      'rapporte',
      'reported',
      'cité',
      'cited',
      'quoted',
      'diffusé',
      'broadcast',
      'aired',
      // An outlet's staff name their outlet: "a reporter for SANA", "le correspondant d'Al-Mayadeen".
      'reporter',
      'correspondent',
      'correspondant',
      'journalist',
      'journaliste',
    ],
    after: [
      'tv',
      'télévision',
      'television',
      'channel',
      'chaîne',
      'reported',
      'said',
      'rapporte',
      'indique',
      'affirme',
      'a',
      'quoted',
      'cited',
      'network',
      // "a SANA reporter", "an Al-Mayadeen correspondent".
      'reporter',
      'reporters',
      'correspondent',
      'correspondents',
      'journalist',
      'journalists',
    ],
  },
  person: { before: ['président', 'president', 'general', 'général', 'leader', 'chef'], after: ['said', 'a'] },
};

const FOLDED_CUES = Object.fromEntries(
  Object.entries(CUES).map(([type, cues]) => [
    type,
    { before: new Set(cues.before.map(foldWord)), after: new Set(cues.after.map(foldWord)) },
  ]),
) as Record<EntityType, { before: Set<string>; after: Set<string> }>;

const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 2;

/** How strongly the words around tokens [first, last] point to each entity type. */
export function contextScore(type: EntityType, folded: readonly string[], first: number, last: number): number {
  const cues = FOLDED_CUES[type];
  let score = 0;
  for (let distance = 1; distance <= WINDOW_BEFORE; distance += 1) {
    const word = folded[first - distance];
    if (word !== undefined && cues.before.has(word)) score += 1 / distance;
  }
  for (let distance = 1; distance <= WINDOW_AFTER; distance += 1) {
    const word = folded[last + distance];
    if (word !== undefined && cues.after.has(word)) score += 1 / distance;
  }
  return score;
}
