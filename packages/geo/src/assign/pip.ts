import type { PolygonRings } from "../areas/types";

// The exact point-in-polygon test: an even-odd crossing test per edge, and the same test on a polygon
// whose edges are sorted into horizontal bands (what the index runs on its candidates).

/** Where a point falls in one polygon: strictly inside, on an edge or a vertex, outside. */
export const INSIDE = 1;
export const BOUNDARY = 0;
export const OUTSIDE = -1;

/**
 * A polygon (all its rings) prepared for fast tests: its vertices in one array and its edges sorted into
 * horizontal bands, so a test looks only at the edges that can cross the point's horizontal line (a ray
 * crossing, or the point on an edge, needs an edge whose y-range holds the point's y).
 */
interface Banded {
  /** Every ring's vertices, one after another: `[x0, y0, x1, y1, …]`. */
  readonly coords: Float64Array;
  /** Offsets (in `coords`) of each edge's first vertex, band after band. */
  readonly edges: Uint32Array;
  /** Where each band's edges start in `edges` (one more entry than bands). */
  readonly bandStart: Uint32Array;
  readonly minY: number;
  readonly bandHeight: number;
  readonly bands: number;
}

function bandPolygon(rings: PolygonRings): Banded {
  let total = 0;
  for (const ring of rings) total += ring.length;
  const coords = new Float64Array(total);
  const starts: number[] = [];
  let offset = 0;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const ring of rings) {
    coords.set(ring, offset);
    for (let k = 0; k < ring.length - 2; k += 2) starts.push(offset + k);
    for (let k = 1; k < ring.length; k += 2) {
      const y = ring[k] as number;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    offset += ring.length;
  }
  // As many bands as edges: a test looks at a handful of edges whatever the polygon's size.
  const bands = Math.max(1, Math.min(1 << 16, starts.length));
  const bandHeight = maxY > minY ? (maxY - minY) / bands : 1;
  const bandOf = (y: number): number => Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
  const count = new Uint32Array(bands + 1);
  // The bands of each edge (its lowest and highest), no array per edge.
  const low = (k: number): number => bandOf(Math.min(coords[k + 1] as number, coords[k + 3] as number));
  const high = (k: number): number => bandOf(Math.max(coords[k + 1] as number, coords[k + 3] as number));
  for (const k of starts) {
    const hi = high(k);
    for (let b = low(k); b <= hi; b++) count[b + 1] = (count[b + 1] as number) + 1;
  }
  for (let b = 0; b < bands; b++) count[b + 1] = (count[b + 1] as number) + (count[b] as number);
  const edges = new Uint32Array(count[bands] as number);
  const fill = count.slice(0, bands);
  for (const k of starts) {
    const hi = high(k);
    for (let b = low(k); b <= hi; b++) {
      edges[fill[b] as number] = k;
      fill[b] = (fill[b] as number) + 1;
    }
  }
  return { coords, edges, bandStart: count, minY, bandHeight, bands };
}

/**
 * Every member polygon of a layer banded, in a few flat arrays (no object per polygon: a test reads
 * three or four arrays, not a chain of objects).
 */
export interface BandedParts {
  /** Every polygon's vertices, ring after ring, polygon after polygon. */
  readonly coords: Float64Array;
  /** Offsets (in `coords`) of each edge's first vertex, band after band, polygon after polygon. */
  readonly edges: Uint32Array;
  /** Where each band's edges start in `edges`; polygon `p`'s bands are from `first[p]` (one more entry than bands). */
  readonly bandStart: Uint32Array;
  /** Per polygon: its first entry in `bandStart`, its bands, its lowest y and its band height. */
  readonly first: Uint32Array;
  readonly bands: Uint32Array;
  readonly minY: Float64Array;
  readonly bandHeight: Float64Array;
}

/** The polygons (each its rings) banded into one {@link BandedParts}. */
export function bandParts(parts: readonly PolygonRings[]): BandedParts {
  const each = parts.map(bandPolygon);
  const sum = (size: (b: Banded) => number): number => each.reduce((n, b) => n + size(b), 0);
  const coords = new Float64Array(sum((b) => b.coords.length));
  const edges = new Uint32Array(sum((b) => b.edges.length));
  const bandStart = new Uint32Array(sum((b) => b.bandStart.length));
  const first = new Uint32Array(each.length);
  const bands = new Uint32Array(each.length);
  const minY = new Float64Array(each.length);
  const bandHeight = new Float64Array(each.length);
  let coordBase = 0;
  let edgeBase = 0;
  let startBase = 0;
  each.forEach((b, p) => {
    coords.set(b.coords, coordBase);
    for (let e = 0; e < b.edges.length; e++) edges[edgeBase + e] = (b.edges[e] as number) + coordBase;
    for (let k = 0; k < b.bandStart.length; k++)
      bandStart[startBase + k] = (b.bandStart[k] as number) + edgeBase;
    first[p] = startBase;
    bands[p] = b.bands;
    minY[p] = b.minY;
    bandHeight[p] = b.bandHeight;
    coordBase += b.coords.length;
    edgeBase += b.edges.length;
    startBase += b.bandStart.length;
  });
  return { coords, edges, bandStart, first, bands, minY, bandHeight };
}

/** {@link pointInPolygon} on polygon `p` of banded parts: the same answer, looking only at the point's band. */
export function pointInPart(parts: BandedParts, p: number, x: number, y: number): number {
  const bands = parts.bands[p] as number;
  const band = Math.min(
    bands - 1,
    Math.max(0, Math.floor((y - (parts.minY[p] as number)) / (parts.bandHeight[p] as number))),
  );
  const c = parts.coords;
  const at = (parts.first[p] as number) + band;
  let inside = false;
  const end = parts.bandStart[at + 1] as number;
  for (let e = parts.bandStart[at] as number; e < end; e++) {
    const k = parts.edges[e] as number;
    const where = edgeTest(c[k] as number, c[k + 1] as number, c[k + 2] as number, c[k + 3] as number, x, y);
    if (where === BOUNDARY) return BOUNDARY;
    if (where === INSIDE) inside = !inside;
  }
  return inside ? INSIDE : OUTSIDE;
}

/** The bytes the banded parts hold. */
export function bandedBytes(parts: BandedParts): number {
  return [parts.coords, parts.edges, parts.bandStart, parts.first, parts.bands, parts.minY, parts.bandHeight]
    .map((a) => a.byteLength)
    .reduce((a, b) => a + b, 0);
}

/**
 * One edge against the point: `BOUNDARY` when the point is on it (or its first vertex), `INSIDE` when the
 * ray towards +x crosses it (exactly one end above the point: half-open, so a vertex on the ray counts
 * once), `OUTSIDE` otherwise.
 */
function edgeTest(ax: number, ay: number, bx: number, by: number, x: number, y: number): number {
  if (ax === x && ay === y) return BOUNDARY;
  if (ay > y !== by > y) {
    const cross = (bx - ax) * (y - ay) - (x - ax) * (by - ay);
    if (cross === 0) return BOUNDARY;
    return cross > 0 === by > ay ? INSIDE : OUTSIDE;
  }
  // A horizontal edge on the point's line that spans it.
  if (ay === y && by === y && ax <= x !== bx < x) return BOUNDARY;
  // The point is the edge's last vertex: found here too, as bands hold only the edges that span y.
  if (bx === x && by === y) return BOUNDARY;
  return OUTSIDE;
}

/**
 * Even-odd crossing test over every ring (so holes need no particular winding): `1` strictly inside,
 * `0` on an edge or a vertex, `-1` outside. A ray goes from the point towards +x; an edge counts when
 * exactly one of its ends is above the point (half-open), which counts a vertex on the ray once.
 */
export function pointInPolygon(rings: PolygonRings, x: number, y: number): number {
  let inside = false;
  for (const ring of rings)
    for (let k = 0; k < ring.length - 2; k += 2) {
      const where = edgeTest(
        ring[k] as number,
        ring[k + 1] as number,
        ring[k + 2] as number,
        ring[k + 3] as number,
        x,
        y,
      );
      if (where === BOUNDARY) return BOUNDARY;
      if (where === INSIDE) inside = !inside;
    }
  return inside ? INSIDE : OUTSIDE;
}
