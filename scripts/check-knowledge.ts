// Validates the knowledge base and guards its ambiguous names. Run by `npm run build` and `npm test`:
//  - every data file against the schema; ids unique, prefixed by their type, parents that exist;
//  - every alias against English and French word lists: a one-word alias that is also an ordinary word
//    ("Hit", "Ana", "Bab", "Mari") only matches capitalised, and the build fails when such an alias is written in
//    lower case in the data (it could then never be told from the word) or is two letters or less without a guard.
//  - the GeoNames layer the extension ships is the one merged with the curated places now: the merge runs here, at
//    build time, not at every start of the background and the extension pages.
// `--write` refreshes lib/knowledge/generated/ordinary-words.json, the list the recogniser reads, and
// lib/knowledge/generated/geonames-extra-places.json, the GeoNames places no curated place covers.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import englishWordsPath from 'word-list';
import { loadEntityFile } from '../lib/knowledge/load-file';
import type { KnowledgeEntity } from '../lib/knowledge/schema';
import { spellingsOf } from '../lib/knowledge';
import { curatedEntities } from '../lib/knowledge/bundled';
import { loadGeonamesPlaces, mergePlaces } from '../lib/knowledge/geonames';
import type { PlaceEntity } from '../lib/knowledge/schema';
import geonames from '../lib/knowledge/generated/geonames-places.json';
import { foldName } from '../lib/text/tokens';

const require = createRequire(import.meta.url);
const OUTPUT = 'lib/knowledge/generated/ordinary-words.json';
const GEONAMES_OUTPUT = 'lib/knowledge/generated/geonames-extra-places.json';
const problems: string[] = [];

for (const file of ['places', 'groups', 'sources', 'persons']) {
  try {
    loadEntityFile(JSON.parse(readFileSync(`lib/knowledge/data/${file}.json`, 'utf8')), `${file}.json`);
  } catch (error) {
    problems.push((error as Error).message);
  }
}
let world: PlaceEntity[] = [];
try {
  world = loadEntityFile(
    JSON.parse(readFileSync('lib/knowledge/generated/world-places.json', 'utf8')),
    'world-places.json',
  ) as PlaceEntity[];
} catch (error) {
  problems.push((error as Error).message);
}
// The checks below read names and ids: on a file that does not validate they would only crash, far from the cause.
if (problems.length) {
  console.error(problems.map((problem) => `  ✗ ${problem}`).join('\n'));
  process.exit(1);
}

// The GeoNames places (scripts/build-geonames.ts) that no curated place covers: the same country, within 15 km and
// a name in common, or the same id (lib/knowledge/geonames.ts, mergePlaces). Only these ship.
const curatedPlaces = curatedEntities.filter((entity): entity is PlaceEntity => entity.type === 'place');
const generated = loadGeonamesPlaces(geonames);
const kept = new Set(mergePlaces(curatedPlaces, generated).slice(curatedPlaces.length));
const keptRows = geonames.places.filter((_, index) => kept.has(generated[index]!));
const extraPlaces =
  `{"licence":${JSON.stringify(geonames.licence)},"generated":${JSON.stringify(geonames.generated)},` +
  `"fields":${JSON.stringify(geonames.fields)},"places":[\n${keptRows.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
if (process.argv.includes('--write')) writeFileSync(GEONAMES_OUTPUT, extraPlaces);
else if (readFileSync(GEONAMES_OUTPUT, 'utf8') !== extraPlaces)
  problems.push(`${GEONAMES_OUTPUT} is out of date: run npm run knowledge`);

// The world's countries, capitals and regions (scripts/build-world-places.ts) leave out what the two layers above
// cover, so the file ships as it is: the build fails if the merge would now drop one of them (a curated or GeoNames
// place added since the world layer was generated), rather than shipping a second, filtered copy of the layer.
const localPlaces = [...curatedPlaces, ...generated.filter((place) => kept.has(place))];
const worldKept = mergePlaces(localPlaces, world).slice(localPlaces.length);
const worldCovered = world.filter((place) => !worldKept.includes(place));
if (worldCovered.length)
  problems.push(
    `world-places.json holds places another layer covers (${worldCovered.map((place) => place.id).join(', ')}): run npm run knowledge`,
  );

const entities: readonly KnowledgeEntity[] = [
  ...curatedEntities,
  ...generated.filter((place) => kept.has(place)),
  ...worldKept,
];
const ids = new Set<string>();
for (const entity of entities) {
  if (ids.has(entity.id)) problems.push(`duplicate id ${entity.id}`);
  ids.add(entity.id);
  if (!entity.id.startsWith(`${entity.type}/`)) problems.push(`${entity.id}: id does not start with its type`);
}
for (const entity of entities) {
  if (entity.parent && !ids.has(entity.parent)) problems.push(`${entity.id}: unknown parent ${entity.parent}`);
}

const englishWords: string[] = readFileSync(englishWordsPath, 'utf8').split('\n');
const frenchWords: string[] = require('an-array-of-french-words/index.json');
const ordinary = new Set<string>();
for (const word of [...englishWords, ...frenchWords]) {
  if (/^[\p{Ll}'’-]+$/u.test(word)) {
    const folded = foldName(word);
    if (folded.length === 1) ordinary.add(folded[0]!);
  }
}

const colliding = new Set<string>();
for (const entity of entities) {
  for (const spelling of spellingsOf(entity)) {
    if (spelling.guarded || /[\u0600-\u06FF]/.test(spelling.text)) continue;
    const tokens = foldName(spelling.text);
    if (tokens.length !== 1) continue;
    const [token] = tokens as [string];
    if (token.length <= 2) problems.push(`${entity.id}: "${spelling.text}" is two letters or less and not guarded`);
    if (!ordinary.has(token)) continue;
    colliding.add(token);
    if (!/^\p{Lu}/u.test(spelling.text)) {
      problems.push(`${entity.id}: "${spelling.text}" is an ordinary word in lower case: capitalise it or guard it`);
    }
  }
}

const list = `${JSON.stringify([...colliding].sort())}\n`;
if (process.argv.includes('--write')) writeFileSync(OUTPUT, list);
else if (readFileSync(OUTPUT, 'utf8') !== list) problems.push(`${OUTPUT} is out of date: run npm run knowledge`);

const counts = new Map<string, number>();
for (const entity of entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
console.log(
  `knowledge base: ${entities.length} entities (${[...counts].map(([type, count]) => `${count} ${type}s`).join(', ')}), ` +
    `${colliding.size} one-word aliases that are also ordinary words (matched only capitalised)`,
);
if (process.argv.includes('--stats')) {
  // Names per type and language: what the recogniser can find in French, English and Arabic-script text.
  const rows = [...counts.keys()].map((type) => {
    const members = entities.filter((entity) => entity.type === type);
    const sum = (pick: (entity: KnowledgeEntity) => number) =>
      members.reduce((total, entity) => total + pick(entity), 0);
    return {
      type,
      entities: members.length,
      fr: sum((entity) => entity.aliases.fr.length),
      en: sum((entity) => entity.aliases.en.length),
      ar: sum((entity) => entity.aliases.ar.length + (entity.name.ar ? 1 : 0)),
      translit: sum((entity) => entity.aliases.translit.length),
      guarded: sum((entity) => entity.guarded.length),
      withArabic: members.filter((entity) => entity.name.ar || entity.aliases.ar.length).length,
    };
  });
  console.table(rows);
}
if (problems.length) {
  console.error(problems.map((problem) => `  ✗ ${problem}`).join('\n'));
  console.error(`${problems.length} problem(s) in the knowledge base`);
  process.exit(1);
}
