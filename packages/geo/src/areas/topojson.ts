// TopoJSON to GeoJSON features, for polygon layers: arcs decoded (delta-encoded and quantized when the
// topology has a transform), rings stitched from arcs (a negative index `~i` is arc i reversed).
// Small enough to keep here rather than depend on topojson-client (last released 2019).

type Position = [number, number];

/** A TopoJSON topology, as far as this reader needs it. */
interface Topology {
  type: "Topology";
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, TopoObject>;
}

interface TopoObject {
  type: string;
  arcs?: unknown;
  properties?: Record<string, unknown> | null;
  id?: string | number;
  geometries?: TopoObject[];
}

/** A GeoJSON-like feature made from a TopoJSON geometry. */
export interface DecodedFeature {
  type: "Feature";
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
}

/** Whether a parsed JSON value is a TopoJSON topology. */
export function isTopology(value: unknown): value is Topology {
  const v = value as { type?: unknown; objects?: unknown; arcs?: unknown } | null;
  return (
    typeof v === "object" &&
    v !== null &&
    v.type === "Topology" &&
    typeof v.objects === "object" &&
    v.objects !== null &&
    Array.isArray(v.arcs)
  );
}

/**
 * The features of one object of a topology (the first when `object` is not given), with their
 * geometries as GeoJSON coordinates. Malformed arcs come out as malformed coordinates, which the
 * GeoJSON reader then refuses with their place.
 */
export function topologyFeatures(topology: Topology, object?: string): DecodedFeature[] {
  const name = object ?? Object.keys(topology.objects)[0];
  const root = name === undefined ? undefined : topology.objects[name];
  if (root === undefined) return [];
  const arcs = decodeArcs(topology);
  const geometries = root.type === "GeometryCollection" ? (root.geometries ?? []) : [root];
  return geometries.map((g) => {
    const properties: Record<string, unknown> = { ...(g.properties ?? {}) };
    if (g.id !== undefined && !("id" in properties)) properties.id = g.id;
    return { type: "Feature", properties, geometry: toGeometry(g, arcs) };
  });
}

function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!Array.isArray(arc)) return [];
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      const px = Number(p?.[0]);
      const py = Number(p?.[1]);
      if (t === undefined) return [px, py] as Position;
      x += px;
      y += py;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

function ring(indexes: unknown, arcs: Position[][]): Position[] | unknown {
  if (!Array.isArray(indexes)) return indexes;
  const out: Position[] = [];
  for (const i of indexes) {
    if (typeof i !== "number" || !Number.isInteger(i)) return indexes;
    const arc = arcs[i < 0 ? ~i : i];
    if (arc === undefined) return indexes;
    const points = i < 0 ? [...arc].reverse() : arc;
    // Consecutive arcs share their end point: keep it once.
    out.push(...(out.length === 0 ? points : points.slice(1)));
  }
  return out;
}

function toGeometry(g: TopoObject, arcs: Position[][]): DecodedFeature["geometry"] {
  if (g.type === "Polygon" && Array.isArray(g.arcs))
    return { type: "Polygon", coordinates: g.arcs.map((r) => ring(r, arcs)) };
  if (g.type === "MultiPolygon" && Array.isArray(g.arcs))
    return {
      type: "MultiPolygon",
      coordinates: g.arcs.map((p) => (Array.isArray(p) ? p.map((r) => ring(r, arcs)) : p)),
    };
  if (g.type === null || g.type === undefined) return null;
  return { type: g.type, coordinates: g.arcs ?? null };
}
