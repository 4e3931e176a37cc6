/**
 * The GeoNames place layer: turns the compact file written by scripts/build-geonames.ts
 * (generated/geonames-places.json) into place entities shaped like the curated ones, and merges both.
 *
 * Pure TypeScript: runs in the extension and in node alike. Data: GeoNames, CC BY 4.0.
 */
import type { PlaceEntity } from './schema';
import { foldSpelling } from '../text/fold';

/** GeonamesRow layout of the compact file (its "fields" list says the same). */
export type GeonamesRow = [
  slug: string,
  nameEn: string,
  nameFr: string,
  nameAr: string | null,
  kind: 'c' | 't' | 'v',
  country: string,
  lat: number,
  lon: number,
  population: number,
  latinAliases: string[],
  arabicAliases: string[],
  guarded: string[],
  admin1: string,
];

export const GEONAMES_FIELDS = [
  'slug',
  'nameEn',
  'nameFr',
  'nameAr',
  'kind',
  'country',
  'lat',
  'lon',
  'population',
  'latinAliases',
  'arabicAliases',
  'guarded',
  'admin1',
];

const KINDS = { c: 'city', t: 'town', v: 'village' } as const;

/** Country names: French with its preposition, English. */
const COUNTRIES: Record<string, { fr: string; en: string }> = {
  SY: { fr: 'de Syrie', en: 'Syria' },
  IQ: { fr: "d'Irak", en: 'Iraq' },
  LB: { fr: 'du Liban', en: 'Lebanon' },
  JO: { fr: 'de Jordanie', en: 'Jordan' },
  TR: { fr: 'de Turquie', en: 'Turkey' },
};

/** GeoNames admin1 codes → first-level division, French (with its article) and English. */
const ADMIN1: Record<string, Record<string, { fr: string; en: string }>> = {
  SY: {
    '01': { fr: "gouvernorat d'Hassaké", en: 'Al-Hasakah governorate' },
    '02': { fr: 'gouvernorat de Lattaquié', en: 'Latakia governorate' },
    '03': { fr: 'gouvernorat de Kuneitra', en: 'Quneitra governorate' },
    '04': { fr: 'gouvernorat de Raqqa', en: 'Raqqa governorate' },
    '05': { fr: 'gouvernorat de Soueïda', en: 'Suwayda governorate' },
    '06': { fr: 'gouvernorat de Deraa', en: 'Daraa governorate' },
    '07': { fr: 'gouvernorat de Deir ez-Zor', en: 'Deir ez-Zor governorate' },
    '08': { fr: 'gouvernorat de Rif Dimachq', en: 'Rif Dimashq governorate' },
    '09': { fr: "gouvernorat d'Alep", en: 'Aleppo governorate' },
    '10': { fr: 'gouvernorat de Hama', en: 'Hama governorate' },
    '11': { fr: 'gouvernorat de Homs', en: 'Homs governorate' },
    '12': { fr: "gouvernorat d'Idleb", en: 'Idlib governorate' },
    '13': { fr: 'gouvernorat de Damas', en: 'Damascus governorate' },
    '14': { fr: 'gouvernorat de Tartous', en: 'Tartus governorate' },
  },
  IQ: {
    '01': { fr: "gouvernorat d'al-Anbar", en: 'Anbar governorate' },
    '02': { fr: 'gouvernorat de Bassora', en: 'Basra governorate' },
    '03': { fr: 'gouvernorat de Muthanna', en: 'Muthanna governorate' },
    '04': { fr: 'gouvernorat de Diwaniya', en: 'Al-Qadisiyah governorate' },
    '05': { fr: 'gouvernorat de Souleimaniye', en: 'Sulaymaniyah governorate' },
    '06': { fr: 'gouvernorat de Babil', en: 'Babil governorate' },
    '07': { fr: 'gouvernorat de Bagdad', en: 'Baghdad governorate' },
    '08': { fr: 'gouvernorat de Dohouk', en: 'Duhok governorate' },
    '09': { fr: 'gouvernorat de Dhi Qar', en: 'Dhi Qar governorate' },
    '10': { fr: 'gouvernorat de Diyala', en: 'Diyala governorate' },
    '11': { fr: "gouvernorat d'Erbil", en: 'Erbil governorate' },
    '12': { fr: 'gouvernorat de Kerbala', en: 'Karbala governorate' },
    '13': { fr: 'gouvernorat de Kirkouk', en: 'Kirkuk governorate' },
    '14': { fr: 'gouvernorat de Maysan', en: 'Maysan governorate' },
    '15': { fr: 'gouvernorat de Ninive', en: 'Nineveh governorate' },
    '16': { fr: 'gouvernorat de Wassit', en: 'Wasit governorate' },
    '17': { fr: 'gouvernorat de Nadjaf', en: 'Najaf governorate' },
    '18': { fr: 'gouvernorat de Salah ad-Din', en: 'Saladin governorate' },
  },
  LB: {
    '04': { fr: 'gouvernorat de Beyrouth', en: 'Beirut governorate' },
    '05': { fr: 'gouvernorat du Mont-Liban', en: 'Mount Lebanon governorate' },
    '06': { fr: 'gouvernorat du Liban-Sud', en: 'South governorate' },
    '07': { fr: 'gouvernorat de Nabatieh', en: 'Nabatieh governorate' },
    '08': { fr: 'gouvernorat de la Bekaa', en: 'Beqaa governorate' },
    '09': { fr: 'gouvernorat du Liban-Nord', en: 'North governorate' },
    '10': { fr: 'gouvernorat du Akkar', en: 'Akkar governorate' },
    '11': {
      fr: 'gouvernorat de Baalbek-Hermel',
      en: 'Baalbek-Hermel governorate',
    },
  },
  JO: {
    '02': { fr: 'gouvernorat de Balqa', en: 'Balqa governorate' },
    '09': { fr: 'gouvernorat de Karak', en: 'Karak governorate' },
    '12': { fr: 'gouvernorat de Tafilah', en: 'Tafilah governorate' },
    '15': { fr: 'gouvernorat de Mafraq', en: 'Mafraq governorate' },
    '16': { fr: "gouvernorat d'Amman", en: 'Amman governorate' },
    '17': { fr: 'gouvernorat de Zarka', en: 'Zarqa governorate' },
    '18': { fr: "gouvernorat d'Irbid", en: 'Irbid governorate' },
    '19': { fr: 'gouvernorat de Maan', en: "Ma'an governorate" },
    '20': { fr: "gouvernorat d'Ajloun", en: 'Ajloun governorate' },
    '21': { fr: "gouvernorat d'Aqaba", en: 'Aqaba governorate' },
    '22': { fr: 'gouvernorat de Jerash', en: 'Jerash governorate' },
    '23': { fr: 'gouvernorat de Madaba', en: 'Madaba governorate' },
  },
  TR: {
    '31': { fr: 'province du Hatay', en: 'Hatay province' },
    '63': { fr: 'province de Şanlıurfa', en: 'Şanlıurfa province' },
    '70': { fr: 'province de Hakkari', en: 'Hakkâri province' },
    '72': { fr: 'province de Mardin', en: 'Mardin province' },
    '80': { fr: 'province de Şırnak', en: 'Şırnak province' },
    '83': { fr: 'province de Gaziantep', en: 'Gaziantep province' },
    '90': { fr: 'province de Kilis', en: 'Kilis province' },
  },
};

/**
 * GeoNames admin1 codes → the curated governorate entity, so that a generated village knows its governorate
 * (the event card names it; Rif Dimashq is its own governorate, as in GeoNames).
 */
const ADMIN1_GOVERNORATE: Record<string, Record<string, string>> = {
  SY: {
    '01': 'hasakah', '02': 'latakia', '03': 'quneitra', '04': 'raqqa', '05': 'suwayda', '06': 'daraa',
    '07': 'deir-ez-zor', '08': 'rif-dimashq', '09': 'aleppo', '10': 'hama', '11': 'homs', '12': 'idlib',
    '13': 'damascus', '14': 'tartus',
  },
  IQ: {
    '01': 'anbar', '02': 'basra', '03': 'muthanna', '04': 'qadisiyah', '05': 'sulaymaniyah', '06': 'babil',
    '07': 'baghdad', '08': 'dohuk', '09': 'dhi-qar', '10': 'diyala', '11': 'erbil', '12': 'karbala',
    '13': 'kirkuk', '14': 'maysan', '15': 'nineveh', '16': 'wasit', '17': 'najaf', '18': 'salahuddin',
  },
}; // prettier-ignore

/** Groups of three digits, with a space (French) or a comma (English). */
function groupDigits(n: number, sep: string): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function describe(
  kind: GeonamesRow[4],
  country: string,
  admin1: string,
  population: number,
): { fr: string; en: string } {
  const c = COUNTRIES[country] ?? { fr: `(${country})`, en: country };
  const division = ADMIN1[country]?.[admin1];
  const noun = {
    c: { fr: 'Ville', en: 'City' },
    t: { fr: 'Localité', en: 'Locality' },
    v: { fr: 'Village', en: 'Village' },
  }[kind];
  let fr = `${noun.fr} ${c.fr}`;
  let en = `${noun.en} in ${c.en}`;
  if (division) {
    fr += ` (${division.fr})`;
    en += ` (${division.en})`;
  }
  if (population > 0) {
    fr += `, ${groupDigits(population, ' ')} habitants`;
    en += `, population ${groupDigits(population, ',')}`;
  }
  return { fr, en };
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function checkRow(row: unknown, index: number): GeonamesRow {
  const bad = (what: string) => new Error(`geonames-places: row ${index}: ${what}`);
  if (!Array.isArray(row) || row.length < GEONAMES_FIELDS.length) throw bad('not a row of the expected length');
  const [slug, en, fr, ar, kind, country, lat, lon, pop, latin, arabic, guarded, admin1] = row as unknown[];
  if (typeof slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw bad(`bad slug ${String(slug)}`);
  if (typeof en !== 'string' || !en || typeof fr !== 'string' || !fr) throw bad('missing name');
  if (ar !== null && (typeof ar !== 'string' || !ar)) throw bad('bad Arabic name');
  if (kind !== 'c' && kind !== 't' && kind !== 'v') throw bad(`bad kind ${String(kind)}`);
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) throw bad('bad country');
  if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw bad('bad coordinates');
  }
  if (typeof pop !== 'number') throw bad('bad population');
  if (!isStringArray(latin) || !isStringArray(arabic) || !isStringArray(guarded)) throw bad('bad alias list');
  if (typeof admin1 !== 'string') throw bad('bad admin1');
  return row as GeonamesRow;
}

/** Turns the compact GeoNames file (parsed JSON) into place entities. Throws on a malformed file. */
export function loadGeonamesPlaces(data: unknown): PlaceEntity[] {
  if (typeof data !== 'object' || data === null) throw new Error('geonames-places: not an object');
  const { fields, places } = data as { fields?: unknown; places?: unknown };
  if (!isStringArray(fields) || GEONAMES_FIELDS.some((f, i) => fields[i] !== f)) {
    throw new Error('geonames-places: unexpected "fields"; regenerate with scripts/build-geonames.ts');
  }
  if (!Array.isArray(places)) throw new Error('geonames-places: "places" is not an array');

  return places.map((raw, index) => {
    const [slug, en, fr, ar, kind, country, lat, lon, population, latin, arabic, guarded, admin1] = checkRow(
      raw,
      index,
    );
    const name: PlaceEntity['name'] = ar ? { fr, en, ar } : { fr, en };
    const governorate = ADMIN1_GOVERNORATE[country]?.[admin1];
    return {
      id: `place/${slug}`,
      type: 'place',
      kind: KINDS[kind],
      name,
      aliases: { fr: [], en: [], ar: [...arabic], translit: [...latin] },
      guarded: [...guarded],
      description: describe(kind, country, admin1, population),
      country,
      coordinates: [lat, lon],
      ...(governorate ? { parent: `place/${governorate}-governorate` } : {}),
    } satisfies PlaceEntity;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Merge

function allNames(p: PlaceEntity): Set<string> {
  const names = new Set<string>();
  const add = (s: string | undefined) => {
    if (!s) return;
    const f = foldSpelling(s);
    if (!f) return;
    names.add(f);
    // "Al Bab" and "Bab" or "al-Qaim" and "Qaim" name the same place
    const bare = f.replace(/^(al|el|ar|as|at|ad|az|an|ash|ath|ech|ed|er|es|et|ez|en) (?=\S{3})/, '');
    names.add(bare);
    if (f.startsWith('ال')) names.add(f.slice(2));
  };
  add(p.name.en);
  add(p.name.fr);
  add(p.name.ar);
  const a = p.aliases ?? { fr: [], en: [], ar: [], translit: [] };
  for (const list of [a.fr, a.en, a.ar, a.translit]) for (const s of list ?? []) add(s);
  return names;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance under which a generated place that shares a name with a curated one is the same place. */
export const MERGE_RADIUS_KM = 15;

/**
 * Curated places plus the generated places that do not duplicate them. A generated place is dropped when a
 * curated place of the same country lies within 15 km and shares a folded name or alias with it (the
 * curated entry wins and keeps its id), or when its id is already a curated id.
 */
export function mergePlaces(curated: PlaceEntity[], generated: PlaceEntity[]): PlaceEntity[] {
  const curatedIds = new Set(curated.map((p) => p.id));
  const curatedNames = curated.map((p) => ({ place: p, names: allNames(p) }));
  const kept: PlaceEntity[] = [];
  for (const g of generated) {
    if (curatedIds.has(g.id)) continue;
    const gNames = allNames(g);
    const duplicate = curatedNames.some(
      ({ place, names }) =>
        place.country === g.country &&
        distanceKm(place.coordinates, g.coordinates) <= MERGE_RADIUS_KM &&
        [...gNames].some((n) => names.has(n)),
    );
    if (!duplicate) kept.push(g);
  }
  return [...curated, ...kept];
}
