import type { Area } from "../areas/types";

/** The mean Earth radius in metres (IUGG). */
const EARTH_RADIUS = 6_371_008.8;

/**
 * The great-circle distance in metres between two points (haversine, on the mean Earth sphere).
 *
 * @example
 * ```ts
 * Math.round(haversine(-58.3816, -34.6037, -58.4370, -34.5525)); //=> 7625
 * ```
 */
export function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The distance in metres from a point to the nearest border of an area (any ring of any of its polygons):
 * the nearest point of each edge is found in a plane scaled by the cosine of the latitude (exact enough at
 * city scale), and the distance to the nearest one measured with {@link haversine}. A point inside the
 * area is at the distance of its border too; callers ask only for points outside it.
 *
 * @example
 * ```ts
 * Math.round(distanceToArea(oeste, -58.39, -34.69)); //=> 914 (0.01° of longitude east of its border -58.4)
 * ```
 */
export function distanceToArea(area: Area, lon: number, lat: number): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  let bestX = lon;
  let bestY = lat;
  for (const rings of area.polygons)
    for (const ring of rings)
      for (let i = 0; i + 3 < ring.length; i += 2) {
        const ax = ring[i] as number;
        const ay = ring[i + 1] as number;
        const bx = ring[i + 2] as number;
        const by = ring[i + 3] as number;
        const ex = (bx - ax) * k;
        const ey = by - ay;
        const px = (lon - ax) * k;
        const py = lat - ay;
        const len = ex * ex + ey * ey;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, (px * ex + py * ey) / len));
        const dx = px - t * ex;
        const dy = py - t * ey;
        const d = dx * dx + dy * dy;
        if (d < best) {
          best = d;
          bestX = ax + t * (bx - ax);
          bestY = ay + t * (by - ay);
        }
      }
  return best === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : haversine(lon, lat, bestX, bestY);
}
