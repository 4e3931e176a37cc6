import type { KnowledgeEntity } from '../knowledge/schema';
import type { EntityResult, EntityType } from '../types';

// What the hover card says about an entity, in the page's language (French for French pages, English otherwise):
// pure data, so that the content script only has to lay it out.

type CardLang = 'fr' | 'en';

const TYPE_LABELS: Record<KnowledgeEntity['type'], Record<CardLang, string>> = {
  place: { fr: 'Lieu', en: 'Place' },
  group: { fr: 'Groupe armé', en: 'Armed group' },
  source: { fr: 'Source', en: 'Source' },
  person: { fr: 'Personne', en: 'Person' },
};

const KIND_LABELS_FR: Record<string, string> = {
  country: 'pays',
  governorate: 'gouvernorat',
  district: 'district',
  city: 'ville',
  town: 'ville',
  village: 'village',
  neighbourhood: 'quartier',
  region: 'région',
  desert: 'désert',
  mountain: 'montagne',
  river: 'fleuve',
  lake: 'lac',
  dam: 'barrage',
  crossing: 'point de passage',
  'oil-field': 'champ pétrolier',
  'gas-field': 'champ gazier',
  'pumping-station': 'station de pompage',
  'air-base': 'base aérienne',
  'military-base': 'base militaire',
  prison: 'prison',
  camp: 'camp',
  site: 'site',
  army: 'armée',
  'army-unit': 'unité militaire',
  'air-force': 'armée de l’air',
  police: 'police',
  'security-service': 'service de sécurité',
  militia: 'milice',
  paramilitary: 'force paramilitaire',
  'rebel-group': 'groupe rebelle',
  'rebel-coalition': 'coalition rebelle',
  'jihadist-group': 'groupe djihadiste',
  'kurdish-force': 'force kurde',
  'tribal-force': 'force tribale',
  coalition: 'coalition',
  'foreign-force': 'force étrangère',
  party: 'parti',
  agency: 'agence de presse',
  channel: 'chaîne',
  newspaper: 'journal',
  website: 'site d’information',
  monitor: 'observatoire',
  ngo: 'ONG',
  'international-organisation': 'organisation internationale',
  ministry: 'ministère',
  'military-command': 'commandement militaire',
  'government-body': 'organe gouvernemental',
  'media-office': 'bureau de presse',
  official: 'responsable',
  spokesperson: 'porte-parole',
  politician: 'responsable politique',
  commander: 'commandant',
  'militant-leader': 'chef de groupe armé',
  cleric: 'religieux',
  other: 'personnalité',
  person: 'personne',
  locality: 'localité',
  valley: 'vallée',
  airport: 'aéroport',
  'armed-group': 'groupe armé',
  organisation: 'organisation',
  outlet: 'média',
};

const KIND_LABELS_EN: Record<string, string> = {
  ngo: 'NGO',
  'international-organisation': 'international organisation',
  agency: 'news agency',
  website: 'news website',
  'militant-leader': 'militant leader',
  other: 'public figure',
  'armed-group': 'armed group',
  outlet: 'news outlet',
};

export interface CardContent {
  lang: CardLang;
  name: string;
  type: KnowledgeEntity['type'];
  typeLabel: string;
  kindLabel: string;
  description: string;
  /** Places (and entities with a country): the country's name in the card's language. */
  country: string | null;
  /** Places: latitude and longitude, e.g. "34.45° N, 40.92° E". */
  position: string | null;
  /** Sources: who owns or runs them. */
  affiliation: string | null;
  /** False for an entity found from the text alone: the card says the knowledge base does not know it. */
  linked: boolean;
}

export function cardLang(pageLang: string): CardLang {
  return pageLang === 'fr' ? 'fr' : 'en';
}

export function formatPosition([latitude, longitude]: readonly [number, number], lang: CardLang): string {
  const number = (value: number) =>
    Math.abs(value).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  const north = latitude >= 0 ? 'N' : 'S';
  const east = longitude >= 0 ? 'E' : lang === 'fr' ? 'O' : 'W';
  return `${number(latitude)}° ${north}, ${number(longitude)}° ${east}`;
}

function countryName(code: string, lang: CardLang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function cardContent(entity: KnowledgeEntity, pageLang: string, highlightType = entity.type): CardContent {
  const lang = cardLang(pageLang);
  const kind = lang === 'fr' ? KIND_LABELS_FR[entity.kind] : KIND_LABELS_EN[entity.kind];
  return {
    lang,
    name: entity.name[lang],
    type: highlightType,
    typeLabel: TYPE_LABELS[entity.type][lang],
    kindLabel: kind ?? entity.kind.replace(/-/g, ' '),
    description: entity.description[lang],
    country: entity.country ? countryName(entity.country, lang) : null,
    position: entity.type === 'place' ? formatPosition(entity.coordinates, lang) : null,
    affiliation: entity.type === 'source' ? entity.affiliation[lang] : null,
    linked: true,
  };
}

/** The card of an entity found from the text alone: its name and type, no description, no position. */
export function unlinkedCardContent(
  entity: Pick<EntityResult, 'type' | 'kind' | 'name'>,
  pageLang: string,
  highlightType: EntityType = entity.type,
): CardContent {
  const lang = cardLang(pageLang);
  const kind = lang === 'fr' ? KIND_LABELS_FR[entity.kind] : KIND_LABELS_EN[entity.kind];
  return {
    lang,
    name: entity.name,
    type: highlightType,
    typeLabel: TYPE_LABELS[entity.type][lang],
    kindLabel: kind ?? entity.kind.replace(/-/g, ' '),
    description: '',
    country: null,
    position: null,
    affiliation: null,
    linked: false,
  };
}
