import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-110m.json';
import { entityInfo } from '../../../components/knowledge';
import { formatNumber } from '../../../components/format';
import type { CorpusEvent } from '../../../lib/event/corpus-events';
import { governorateShapes } from '../../../lib/geo/governorates';
import { t, uiLanguage } from '../../../platform/i18n';
import type { Selection } from './EventSelection';

const WIDTH = 720;
const HEIGHT = 440;

interface Drawing {
  project: (point: [number, number]) => [number, number] | null;
  countries: string[];
  governorates: { key: string; name: string; ids: string[]; d: string; centre: [number, number] | null }[];
}

let drawing: Drawing | null = null;

/** The projection and every outline, computed once for the page: filtering only moves circles and shades. */
function drawn(): Drawing {
  if (drawing) return drawing;
  const shapes = governorateShapes();
  const projection = geoMercator().fitExtent(
    [
      [12, 12],
      [WIDTH - 12, HEIGHT - 12],
    ],
    shapes,
  );
  const path = geoPath(projection);
  const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const french = uiLanguage().toLowerCase().startsWith('fr');
  drawing = {
    project: (point) => projection(point),
    countries: countries.features.map((country) => path(country) ?? '').filter(Boolean),
    governorates: shapes.features.map((shape) => ({
      key: String(shape.id),
      name: french ? shape.properties.fr : shape.properties.en,
      ids: shape.properties.ids,
      d: path(shape) ?? '',
      centre: projection(geoCentroid(shape)),
    })),
  };
  return drawing;
}

/** Where an event is drawn: its place, else the centre of its governorate's shape. */
function pointOf(event: CorpusEvent, map: Drawing): { key: string; point: [number, number] } | null {
  const coordinates = event.place ? entityInfo(event.place)?.coordinates : undefined;
  if (coordinates) {
    const point = map.project([coordinates[1], coordinates[0]]);
    if (point) return { key: event.place!, point };
  }
  const shape = event.governorate ? map.governorates.find((entry) => entry.ids.includes(event.governorate!)) : null;
  return shape?.centre ? { key: event.governorate!, point: shape.centre } : null;
}

const nameOf = (id: string) => entityInfo(id)?.name ?? id.replace(/^[a-z]+\//, '');

/**
 * The corpus's events on an offline map: the governorates of Syria and Iraq shaded by their number of events, and
 * one circle per place, sized by its number of events. A click on either lists its events.
 */
export function CorpusMap({
  events,
  onSelect,
}: {
  events: readonly CorpusEvent[];
  onSelect: (selection: Selection) => void;
}) {
  const map = drawn();
  const byGovernorate = new Map<string, CorpusEvent[]>();
  const byPoint = new Map<string, { point: [number, number]; events: CorpusEvent[] }>();
  for (const event of events) {
    const shape = event.governorate ? map.governorates.find((entry) => entry.ids.includes(event.governorate!)) : null;
    if (shape) byGovernorate.set(shape.key, [...(byGovernorate.get(shape.key) ?? []), event]);
    const at = pointOf(event, map);
    if (!at) continue;
    const entry = byPoint.get(at.key);
    if (entry) entry.events.push(event);
    else byPoint.set(at.key, { point: at.point, events: [event] });
  }
  const mostInShape = Math.max(1, ...[...byGovernorate.values()].map((list) => list.length));
  const mostAtPoint = Math.max(1, ...[...byPoint.values()].map((entry) => entry.events.length));
  const placed = [...byPoint.values()].reduce((sum, entry) => sum + entry.events.length, 0);
  return (
    <figure class="corpus-map" data-testid="corpus-map-figure">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('corpusMapLabel', [formatNumber(placed)])}
      >
        <rect class="map-sea" width={WIDTH} height={HEIGHT} />
        {map.countries.map((d, index) => (
          <path key={index} class="map-country" d={d} />
        ))}
        {map.governorates.map((shape) => {
          const inShape = byGovernorate.get(shape.key) ?? [];
          return (
            <path
              key={shape.key}
              class="map-governorate"
              data-testid="map-governorate"
              data-shape={shape.key}
              data-count={inShape.length}
              d={shape.d}
              style={{ fillOpacity: inShape.length > 0 ? 0.12 + 0.5 * (inShape.length / mostInShape) : 0 }}
              onClick={() =>
                inShape.length > 0 && onSelect({ label: shape.name, events: inShape, testid: 'governorate' })
              }
            >
              <title>{t('mapShapeTitle', [shape.name, formatNumber(inShape.length)])}</title>
            </path>
          );
        })}
        {[...byPoint]
          .sort((a, b) => b[1].events.length - a[1].events.length)
          .map(([key, entry]) => (
            <circle
              key={key}
              class="map-event"
              data-testid="map-event"
              data-place={key}
              data-count={entry.events.length}
              cx={entry.point[0]}
              cy={entry.point[1]}
              r={3 + 9 * Math.sqrt(entry.events.length / mostAtPoint)}
              tabIndex={0}
              role="button"
              aria-label={t('mapPointTitle', [nameOf(key), formatNumber(entry.events.length)])}
              onClick={() => onSelect({ label: nameOf(key), events: entry.events, testid: 'place' })}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect({ label: nameOf(key), events: entry.events, testid: 'place' });
                }
              }}
            >
              <title>{t('mapPointTitle', [nameOf(key), formatNumber(entry.events.length)])}</title>
            </circle>
          ))}
      </svg>
      <figcaption class="muted map-credit" data-testid="map-credit">
        {t('mapCredit')}
      </figcaption>
    </figure>
  );
}
