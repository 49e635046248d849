import type { Area } from "../areas/types";

/** Longitude and latitude to SVG units: equirectangular, longitudes shrunk by cos(mid latitude), fitted. */
export interface Fit {
  /** Width and height of the drawing, in SVG units. */
  readonly width: number;
  readonly height: number;
  /** `[x, y]` of a longitude and latitude. */
  project(lon: number, lat: number): [number, number];
}

/**
 * Fits the areas in a box `width` wide (plus `margin` around): an equirectangular projection with the
 * longitudes scaled by the cosine of the middle latitude, which at city scale is within a fraction of a
 * pixel of a conformal one. The height follows from the areas' shape.
 */
export function fitAreas(areas: readonly Area[], width: number, margin: number): Fit {
  // The box of the outer rings (holes lie inside them).
  const b = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const area of areas)
    for (const [outer] of area.polygons)
      outer?.forEach((v, i) => {
        const axis = i % 2;
        b[axis] = Math.min(b[axis] as number, v);
        b[axis + 2] = Math.max(b[axis + 2] as number, v);
      });
  const [minLon, minLat, maxLon, maxLat] = b as [number, number, number, number];
  if (!Number.isFinite(minLon)) return { width, height: width, project: () => [margin, margin] };
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * k;
  const spanY = maxLat - minLat;
  const inner = width - 2 * margin;
  // A degenerate layer (one point, or a line) still gets a finite scale.
  const scale = inner / Math.max(spanX, spanY * 0.25, 1e-9);
  const height = Math.ceil(spanY * scale + 2 * margin);
  const offsetX = margin + (inner - spanX * scale) / 2;
  return {
    width,
    height,
    project: (lon, lat) => [offsetX + (lon - minLon) * k * scale, margin + (maxLat - lat) * scale],
  };
}

/**
 * One area as an SVG path (`M x y x y … Z` per ring, holes included, drawn with `fill-rule="evenodd"`):
 * each ring projected, simplified (Douglas–Peucker within `tolerance` SVG units, invisible at that size),
 * rounded to one decimal and stripped of repeated points.
 */
export function areaPath(area: Area, fit: Fit, tolerance: number): string {
  const parts: string[] = [];
  for (const polygon of area.polygons)
    for (const ring of polygon) {
      const points: [number, number][] = [];
      for (let i = 0; i < ring.length; i += 2)
        points.push(fit.project(ring[i] as number, ring[i + 1] as number));
      const kept = simplify(points, tolerance);
      const out: string[] = [];
      let last = "";
      for (const [x, y] of kept) {
        const p = `${round(x)} ${round(y)}`;
        if (p !== last) out.push(p);
        last = p;
      }
      // A closed ring repeats its first point; Z closes it.
      if (out.length > 1 && out[0] === out[out.length - 1]) out.pop();
      if (out.length >= 3) parts.push(`M${out.join(" ")}Z`);
    }
  return parts.join("");
}

/** One decimal, without a trailing `.0` and without `-0`. */
function round(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
}

/** Douglas–Peucker on a ring (iterative): keeps the ends and every point farther than `tolerance` from the chord. */
function simplify(points: readonly [number, number][], tolerance: number): [number, number][] {
  const n = points.length;
  if (n <= 4 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  // A closed ring's chord from first to last is a point: split it at its farthest point first.
  let far = 0;
  let farD = -1;
  const [x0, y0] = points[0] as [number, number];
  for (let i = 1; i < n - 1; i++) {
    const [x, y] = points[i] as [number, number];
    const d = (x - x0) ** 2 + (y - y0) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, n - 1],
  ];
  const t2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = points[a] as [number, number];
    const [bx, by] = points[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] as [number, number];
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      const d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}
