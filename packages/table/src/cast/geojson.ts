import { type CastFailure, TYPE_FAILURE } from "./failure";
import { isJsonObject, parseJson } from "./json";

const GEOMETRY_DEPTH: Readonly<Record<string, number>> = {
  Point: 1,
  MultiPoint: 2,
  LineString: 2,
  MultiLineString: 3,
  Polygon: 3,
  MultiPolygon: 4,
};

function isPosition(v: unknown): boolean {
  return Array.isArray(v) && v.length >= 2 && v.every((n) => typeof n === "number" && Number.isFinite(n));
}

/** Nested arrays of positions, `depth` levels deep (1 = a position). */
function isNested(v: unknown, depth: number): boolean {
  if (depth === 1) return isPosition(v);
  return Array.isArray(v) && v.every((item) => isNested(item, depth - 1));
}

function isGeometry(v: unknown): boolean {
  if (!isJsonObject(v) || typeof v.type !== "string") return false;
  if (v.type === "GeometryCollection") return Array.isArray(v.geometries) && v.geometries.every(isGeometry);
  const depth = GEOMETRY_DEPTH[v.type];
  return depth !== undefined && isNested(v.coordinates, depth);
}

function isFeature(v: Record<string, unknown>): boolean {
  return (
    v.type === "Feature" &&
    (v.geometry === null || isGeometry(v.geometry)) &&
    (v.properties === undefined || v.properties === null || isJsonObject(v.properties))
  );
}

/**
 * Structural GeoJSON (RFC 7946) check: geometries, Feature, FeatureCollection. @internal
 * @example
 * ```ts
 * isGeoJson({ type: "Point", coordinates: [0, 0] }); // true
 * ```
 */
export function isGeoJson(v: unknown): boolean {
  if (!isJsonObject(v)) return false;
  if (v.type === "Feature") return isFeature(v);
  if (v.type === "FeatureCollection") {
    return Array.isArray(v.features) && v.features.every((f) => isJsonObject(f) && isFeature(f));
  }
  return isGeometry(v);
}

/**
 * Builds the caster of a `geojson` field → the parsed object. Format `default` checks GeoJSON
 * structure (type, coordinates nesting, features); `topojson` needs `type: "Topology"` and `objects`.
 *
 * @example
 * ```ts
 * createGeojsonCaster()('{"type":"Point","coordinates":[-68.8,-32.9]}'); // { type: "Point", … }
 * ```
 */
export function createGeojsonCaster(
  format = "default",
): (cell: string) => Record<string, unknown> | CastFailure {
  if (format === "topojson") {
    return (cell) => {
      const v = parseJson(cell);
      return isJsonObject(v) && v.type === "Topology" && isJsonObject(v.objects) ? v : TYPE_FAILURE;
    };
  }
  return (cell) => {
    const v = parseJson(cell);
    return isJsonObject(v) && isGeoJson(v) ? v : TYPE_FAILURE;
  };
}
