import { geoEquirectangular, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-110m.json';
import { t } from '../platform/i18n';

export interface MapPlace {
  id: string;
  name: string;
  /** [latitude, longitude] */
  coordinates: [number, number];
  count: number;
}

const WIDTH = 368;
const HEIGHT = 190;
// At least this many degrees around the places, so one town still shows its region.
const MIN_SPAN = 6;

let countries: FeatureCollection<Geometry> | null = null;
function countryShapes(): FeatureCollection<Geometry> {
  if (!countries) {
    const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection }>;
    countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  }
  return countries;
}

/** A small offline map (Natural Earth 1:110m country outlines, no tiles) of the places the article names. */
export function PlaceMap({ places }: { places: readonly MapPlace[] }) {
  if (places.length === 0) return null;
  const lats = places.map((place) => place.coordinates[0]);
  const lons = places.map((place) => place.coordinates[1]);
  const centre = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const halfLon = Math.max(MIN_SPAN, Math.max(...lons) - Math.min(...lons) + 1) / 2;
  const halfLat = Math.max(MIN_SPAN / 2, Math.max(...lats) - Math.min(...lats) + 1) / 2;
  const frame: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [centre[0]! - halfLon, centre[1]! - halfLat],
        [centre[0]! + halfLon, centre[1]! + halfLat],
      ],
    },
  };
  const projection = geoEquirectangular().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 8],
    ],
    frame,
  );
  const path = geoPath(projection);
  const biggest = Math.max(...places.map((place) => place.count));
  const names = places.map((place) => place.name).join(', ');
  const labelled: [number, number][] = [];
  return (
    <section data-testid="place-map" aria-labelledby="heading-map">
      <h2 id="heading-map">{t('mapHeading')}</h2>
      <svg
        class="place-map"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('mapLabel', [names])}
      >
        <rect class="map-sea" width={WIDTH} height={HEIGHT} />
        {countryShapes().features.map((country, index) => (
          <path key={index} class="map-country" d={path(country) ?? ''} />
        ))}
        {[...places]
          .sort((a, b) => b.count - a.count)
          .map((place) => {
            const point = projection([place.coordinates[1], place.coordinates[0]]);
            if (!point) return null;
            const radius = 3 + 4 * Math.sqrt(place.count / biggest);
            // Names go to the most mentioned places first, and only where they do not overlap another name.
            const free = labelled.every(([x, y]) => Math.abs(x - point[0]) > 70 || Math.abs(y - point[1]) > 11);
            if (free) labelled.push(point);
            return (
              <g key={place.id} data-testid="map-place" data-entity-id={place.id}>
                <circle class="map-place" cx={point[0]} cy={point[1]} r={radius}>
                  <title>{place.name}</title>
                </circle>
                {free ? (
                  <text class="map-label" x={point[0] + radius + 2} y={point[1] + 3} aria-hidden="true">
                    {place.name}
                  </text>
                ) : null}
              </g>
            );
          })}
      </svg>
    </section>
  );
}
