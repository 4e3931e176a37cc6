import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import shapes from './governorates.json';

// The governorates of Syria and Iraq (Natural Earth admin-1, public domain), simplified at build time by
// scripts/build-governorates.ts. Each shape lists the knowledge base's governorates it holds.

export interface GovernorateProperties {
  en: string;
  fr: string;
  /** Knowledge-base ids (place/idlib-governorate) whose point lies in this shape. */
  ids: string[];
}

export type GovernorateShape = Feature<Geometry, GovernorateProperties>;

let decoded: FeatureCollection<Geometry, GovernorateProperties> | null = null;

/** The shapes, decoded from TopoJSON once. */
export function governorateShapes(): FeatureCollection<Geometry, GovernorateProperties> {
  if (!decoded) {
    const topology = shapes as unknown as Topology<{ governorates: GeometryCollection<GovernorateProperties> }>;
    decoded = feature(topology, topology.objects.governorates) as FeatureCollection<Geometry, GovernorateProperties>;
  }
  return decoded;
}

/** The shape holding a knowledge-base governorate, if any. */
export function shapeOfGovernorate(id: string): GovernorateShape | undefined {
  return governorateShapes().features.find((shape) => shape.properties.ids.includes(id));
}
