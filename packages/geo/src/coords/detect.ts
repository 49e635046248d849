import { labelKey } from "@ciudata/core";

/**
 * Where a table keeps its coordinates: a latitude and a longitude column (`pair`), or one column holding
 * both (`single`: `"-34.6, -58.4"` read as latitude then longitude, or WKT `POINT (lon lat)`).
 */
export type CoordinateColumns =
  | {
      readonly kind: "pair";
      /** Position of the latitude column (0-based). */
      readonly lat: number;
      /** Position of the longitude column (0-based). */
      readonly lon: number;
      /** Named by the caller or recognised from the header. */
      readonly how: "given" | "header";
    }
  | {
      readonly kind: "single";
      /** Position of the column (0-based). */
      readonly column: number;
      /** Named by the caller or recognised from the header. */
      readonly how: "given" | "header";
    };

/** Options of {@link detectCoordinateColumns}: columns named by the caller win over the header. */
export interface CoordinateColumnOptions {
  /** The latitude column's label (with `lon`). */
  lat?: string;
  /** The longitude column's label (with `lat`). */
  lon?: string;
  /** One column with both (`"lat, lon"` or WKT `POINT (lon lat)`). */
  point?: string;
}

// Header keys (as `labelKey` folds them), best first; x/y last, as they are often projected metres.
const LAT = [
  "lat",
  "latitud",
  "latitude",
  "lat_dd",
  "latitud_wgs84",
  "lat_wgs84",
  "coord_y",
  "coordenada_y",
  "y",
];
const LON = [
  "lon",
  "lng",
  "long",
  "longitud",
  "longitude",
  "lon_dd",
  "longitud_wgs84",
  "lon_wgs84",
  "coord_x",
  "coordenada_x",
  "x",
];
const POINT = [
  "coordenadas",
  "coordinates",
  "coordenada",
  "coords",
  "latlon",
  "latlng",
  "lat_lon",
  "lat_lng",
  "lat_long",
  "punto",
  "point",
  "ubicacion",
  "geolocalizacion",
  "georreferencia",
  "localizacao",
  "location",
  "wkt",
  "geom",
  "the_geom",
  "geometry",
  "geometria",
];

/**
 * Finds the coordinates in a header (Spanish, English and Portuguese names: `lat`, `latitud`,
 * `latitude`, `lon`, `lng`, `long`, `longitud`, `longitude`, `x`, `y`, `coord_x`…; one column such as
 * `coordenadas`, `ubicacion` or `wkt`), or takes the columns named in `options`. Returns the label
 * that was not found when a named column is missing (`{ missing }`), `null` when nothing looks like
 * coordinates.
 *
 * @param labels The table's header.
 * @param options Columns named by the caller.
 * @example
 * ```ts
 * detectCoordinateColumns(["LNG", "LAT", "BARRIO"]); //=> { kind: "pair", lat: 1, lon: 0, how: "header" }
 * detectCoordinateColumns(["id", "ubicación"]); //=> { kind: "single", column: 1, how: "header" }
 * ```
 */
export function detectCoordinateColumns(
  labels: readonly string[],
  options: CoordinateColumnOptions = {},
): CoordinateColumns | { missing: string } | null {
  const find = (label: string): number => {
    const exact = labels.indexOf(label);
    return exact !== -1 ? exact : labels.findIndex((l) => labelKey(l) === labelKey(label));
  };
  if (options.point !== undefined) {
    const column = find(options.point);
    return column === -1 ? { missing: options.point } : { kind: "single", column, how: "given" };
  }
  if (options.lat !== undefined || options.lon !== undefined) {
    const lat = options.lat === undefined ? -1 : find(options.lat);
    const lon = options.lon === undefined ? -1 : find(options.lon);
    if (lat === -1) return { missing: options.lat ?? "--lat" };
    if (lon === -1) return { missing: options.lon ?? "--lon" };
    return { kind: "pair", lat, lon, how: "given" };
  }
  const keys = labels.map(labelKey);
  const best = (names: readonly string[]): number => {
    for (const name of names) {
      const i = keys.indexOf(name);
      if (i !== -1) return i;
    }
    return -1;
  };
  const lat = best(LAT);
  const lon = best(LON);
  if (lat !== -1 && lon !== -1 && lat !== lon) return { kind: "pair", lat, lon, how: "header" };
  const column = best(POINT);
  return column === -1 ? null : { kind: "single", column, how: "header" };
}
