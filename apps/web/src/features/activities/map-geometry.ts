import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2FromNumeric } from '../../i18n/countries';

export interface MapCountry {
  /** ISO alpha-2; none for territories without one (e.g. Kosovo in Natural Earth's data). */
  code: string | undefined;
  /** SVG path */
  path: string;
  /** Where a circle goes: the shape's centroid. */
  center: [number, number];
}

export interface WorldMap {
  countries: MapCountry[];
  /** Where a country too small for the map's shapes is: its capital. */
  locate: (code: string) => [number, number] | null;
}

/**
 * Capitals of the UN Member States too small for the 1:110m shapes (island States, microstates):
 * [longitude, latitude], so their activities still get a circle.
 */
const SMALL_STATES: Record<string, [number, number]> = {
  AD: [1.52, 42.51],
  AG: [-61.85, 17.12],
  BB: [-59.54, 13.1],
  BH: [50.58, 26.23],
  CV: [-23.51, 14.93],
  DM: [-61.39, 15.3],
  FM: [158.16, 6.92],
  GD: [-61.75, 12.06],
  KI: [173.0, 1.45],
  KM: [43.26, -11.7],
  KN: [-62.72, 17.3],
  LC: [-60.98, 13.91],
  LI: [9.52, 47.14],
  MC: [7.42, 43.74],
  MH: [171.38, 7.09],
  MT: [14.51, 35.9],
  MU: [57.5, -20.16],
  MV: [73.51, 4.18],
  NR: [166.92, -0.55],
  PW: [134.62, 7.5],
  SC: [55.45, -4.62],
  SG: [103.82, 1.35],
  SM: [12.45, 43.94],
  ST: [6.73, 0.34],
  TO: [-175.2, -21.14],
  TV: [179.19, -8.52],
  VA: [12.45, 41.9],
  VC: [-61.23, 13.16],
  WS: [-171.76, -13.83],
};

const ANTARCTICA = '010';

/** Projects Natural Earth's countries (world-atlas TopoJSON) onto an Equal Earth map of width × height. */
export function buildWorldMap(topology: Topology, width: number, height: number): WorldMap {
  const collection = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const shown = collection.features.filter((country) => country.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitSize([width, height], { type: 'FeatureCollection', features: shown });
  const path = geoPath(projection);
  const countries = shown.flatMap((country: Feature<Geometry, { name: string }>) => {
    const code = country.id === undefined ? undefined : alpha2FromNumeric(country.id);
    const d = path(country);
    return d ? [{ code, path: d, center: path.centroid(country) as [number, number] }] : [];
  });
  const byCode = new Map(
    countries.flatMap((country) => (country.code ? [[country.code, country.center] as const] : [])),
  );
  return {
    countries,
    locate: (code) => {
      const center = byCode.get(code);
      if (center) return center;
      const capital = SMALL_STATES[code];
      return capital ? (projection(capital) ?? null) : null;
    },
  };
}
