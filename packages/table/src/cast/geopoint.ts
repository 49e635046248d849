import { canonicalFromText } from "./decimal";
import { type CastFailure, RANGE_FAILURE, TYPE_FAILURE } from "./failure";

/** A `geopoint` value: `[lon, lat]`. */
export type GeoPoint = readonly [lon: number, lat: number];

function coordinate(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const text = canonicalFromText(v);
  if (text === null) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function point(lon: unknown, lat: unknown): GeoPoint | CastFailure {
  const x = coordinate(lon);
  const y = coordinate(lat);
  if (x === null || y === null) return TYPE_FAILURE;
  if (x < -180 || x > 180 || y < -90 || y > 90) return RANGE_FAILURE;
  return [x, y];
}

function json(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return undefined;
  }
}

/**
 * Builds the caster of a `geopoint` field → `[lon, lat]`, range-checked (|lon| ≤ 180, |lat| ≤ 90).
 * Formats: `default` `"lon,lat"`, `array` `"[lon, lat]"`, `object` `{"lon": .., "lat": ..}`.
 *
 * @example
 * ```ts
 * createGeopointCaster()("-68.84, -32.89"); // [-68.84, -32.89]
 * ```
 */
export function createGeopointCaster(format = "default"): (cell: string) => GeoPoint | CastFailure {
  if (format === "array") {
    return (cell) => {
      const v = json(cell);
      return Array.isArray(v) && v.length === 2 ? point(v[0], v[1]) : TYPE_FAILURE;
    };
  }
  if (format === "object") {
    return (cell) => {
      const v = json(cell);
      if (typeof v !== "object" || v === null || Array.isArray(v)) return TYPE_FAILURE;
      const keys = Object.keys(v);
      if (keys.length !== 2 || !("lon" in v) || !("lat" in v)) return TYPE_FAILURE;
      return point(v.lon, v.lat);
    };
  }
  if (format !== "default") return () => TYPE_FAILURE;
  return (cell) => {
    const comma = cell.indexOf(",");
    if (comma < 0 || cell.indexOf(",", comma + 1) >= 0) return TYPE_FAILURE;
    return point(cell.slice(0, comma), cell.slice(comma + 1));
  };
}
