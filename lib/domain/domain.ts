import type { RecognisedMention } from '../recognise/recognise';

/** Countries whose places make an article "about the war in Syria and Iraq"; neighbours count half. */
const CORE_COUNTRIES = new Set(['SY', 'IQ']);
const NEIGHBOUR_COUNTRIES = new Set(['LB', 'JO', 'TR', 'IR', 'IL']);

export interface DomainEvidence {
  score: number;
  inDomain: boolean;
  /** Known names of the region per 100 words. */
  density: number;
  distinctPlaces: number;
  /** Distinct armed groups of Syria and Iraq named. */
  distinctGroups: number;
  /** Words of armed conflict (fighting, strikes, troops, killed…) per 100 words. */
  conflictDensity: number;
}

// Every FA-KES development article has at least one conflict word per 100 words (minimum 1.05); near-subject
// pages (Iraqi oil exports, Lebanese cabinet politics) have almost none.
const CONFLICT_DENSITY_FOR_FULL_WEIGHT = 1;

// Set on development data: the FA-KES articles (in) against the Readability test pages (out); see `npm run eval`.
export const DOMAIN_THRESHOLD = 0.5;

function regional(country: string | undefined): number {
  return CORE_COUNTRIES.has(country ?? '') ? 1 : NEIGHBOUR_COUNTRIES.has(country ?? '') ? 0.5 : 0;
}

function weight(mention: RecognisedMention): number {
  const { entity } = mention;
  // Transnational jihadist groups and foreign forces fight elsewhere too (an attack in Tunisia names the Islamic State).
  if (entity.type === 'group') return regional(entity.country) === 1 ? 1 : 0.5;
  if (entity.type !== 'place') return 0;
  // "Syria" alone is named in world news of every kind; its towns and its armed groups are what this war's news names.
  return entity.kind === 'country' ? regional(entity.country) * 0.5 : regional(entity.country);
}

export function domainEvidence(
  mentions: readonly RecognisedMention[],
  wordCount: number,
  conflictWords: number,
): DomainEvidence {
  let weighted = 0;
  const places = new Set<string>();
  const groups = new Set<string>();
  for (const mention of mentions) {
    const value = weight(mention);
    weighted += value;
    if (value > 0 && mention.entity.type === 'place') places.add(mention.entity.id);
    if (value === 1 && mention.entity.type === 'group') groups.add(mention.entity.id);
  }
  const density = wordCount > 0 ? (100 * weighted) / wordCount : 0;
  const evidence = density / 1.2 + places.size / 4 + groups.size / 3;
  const conflictDensity = wordCount > 0 ? (100 * conflictWords) / wordCount : 0;
  // Saturating: a long article with a single passing mention of Syria stays low, a short dispatch full of names is
  // high; and the region's names count only as far as the article speaks of fighting.
  const regionScore = 1 - Math.exp(-evidence * Math.min(1, density / 0.6));
  const score = Math.round(1000 * regionScore * Math.min(1, conflictDensity / CONFLICT_DENSITY_FOR_FULL_WEIGHT)) / 1000;
  return {
    score,
    inDomain: score >= DOMAIN_THRESHOLD,
    density,
    distinctPlaces: places.size,
    distinctGroups: groups.size,
    conflictDensity,
  };
}
