import { type CiudataError, labelKey } from "@ciudata/core";
import { KNOWN_CRS, normaliseCode, type Unproject, unprojection } from "../crs/crs";
import { geoError as fail } from "../errors";
import { isTopology, topologyFeatures } from "./topojson";
import type { Area, AreaLayer, FieldChoice, PolygonRings } from "./types";

/** Options of {@link readAreas}. */
export interface ReadAreasOptions {
  /** The property holding each area's code. Defaults to one detected from the properties (`codigo`, `id`…). */
  codeField?: string;
  /** The property holding each area's name. Defaults to one detected from the properties (`nombre`, `barrio`…). */
  nameField?: string;
  /** The file's name in messages. Defaults to `"areas"`. */
  file?: string;
  /** For a TopoJSON: the object to read. Defaults to its first object. */
  object?: string;
  /**
   * The projected system the file's coordinates are in (`"EPSG:5347"`; see `KNOWN_CRS`): they are
   * reprojected to longitude and latitude. Defaults to the file's legacy `crs` member when it names a
   * known system, else longitude and latitude.
   */
  crs?: string;
}

// Property names (as `labelKey` folds them) that hold a territory code or name, best first.
const CODE_KEYS = [
  "codigo",
  "cod",
  "code",
  "codigo_barrio",
  "cvegeo",
  "ubigeo",
  "cut",
  "divipola",
  "geocodigo",
  "cd_mun",
  "clave",
  "id",
];
const CODE_PREFIXES = ["cod_", "codigo_", "cve_", "cd_", "id_"];
const NAME_KEYS = [
  "nombre",
  "name",
  "nome",
  "barrio",
  "bairro",
  "colonia",
  "distrito",
  "comuna",
  "alcaldia",
  "municipio",
  "localidad",
  "departamento",
  "provincia",
  "territorio",
  "zona",
];
const NAME_PREFIXES = ["nombre_", "nom_", "nm_", "name_", "nome_"];

/**
 * Reads polygon areas (barrios, comunas, districts) from a parsed GeoJSON FeatureCollection or a TopoJSON
 * topology, with their code and name. Without `codeField`/`nameField`, the properties are detected
 * (`codigo`, `cod_*`, `id`… for codes, unique per area; `nombre`, `name`, `barrio`, `comuna`… for names)
 * and `chosen` says so; a layer with names and no code uses the names as codes. Holes and
 * MultiPolygons are kept; features without a geometry are skipped (`skipped`). Bad input throws a
 * `CiudataError` whose issue says where (`geo/not-feature-collection`, `geo/bad-geometry`,
 * `geo/ring-not-closed`, `geo/not-lon-lat` for projected coordinates, `geo/no-code-name`,
 * `geo/unknown-field`, `geo/no-areas`; worded by {@link geoIssues}).
 *
 * @param input The parsed JSON (a FeatureCollection or a Topology).
 * @param options Which properties hold the code and name; the file name for messages.
 * @returns The areas, the properties chosen and the bounding box.
 * @example
 * ```ts
 * const layer = readAreas(JSON.parse(await (await fetch("barrios.geojson")).text()));
 * layer.nameField; //=> "barrio"
 * layer.chosen; //=> { code: "none", name: "detected" }
 * layer.areas[0]?.name; //=> "CHACARITA"
 * ```
 */
export function readAreas(input: unknown, options: ReadAreasOptions = {}): AreaLayer {
  const file = options.file ?? "areas";
  const features = featuresOf(input, file, options.object);
  const properties = propertyNames(features);
  const withGeometry = features
    .map((f, i) => ({ f, i }))
    .filter(
      ({ f }) => f !== null && typeof f === "object" && f.geometry !== null && f.geometry !== undefined,
    );
  if (withGeometry.length === 0) throw fail("geo/no-areas", { file });
  const rows = withGeometry.map(({ f }) => (f.properties ?? {}) as Record<string, unknown>);
  const code = options.codeField ?? detect(rows, properties, CODE_KEYS, CODE_PREFIXES, true);
  const name = options.nameField ?? detect(rows, properties, NAME_KEYS, NAME_PREFIXES, false);
  if (code === null && name === null)
    throw fail("geo/no-code-name", { file, properties: properties.join(", ") || "—" });
  const declared = declaredCrs(input);
  const from =
    options.crs ?? (declared !== undefined && normaliseCode(declared) in KNOWN_CRS ? declared : undefined);
  const unproject = from === undefined ? undefined : unprojection(from);
  const crs = options.crs ?? declared;
  const areas: Area[] = [];
  let bbox: [number, number, number, number] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const { f, i } of withGeometry) {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    for (const field of [options.codeField, options.nameField])
      if (field !== undefined && !hasValue(props[field]))
        throw fail("geo/unknown-field", {
          file,
          field,
          at: `features[${i}].properties`,
          properties: Object.keys(props).join(", ") || "—",
        });
    const codeText = code === null ? undefined : String(props[code] ?? "").trim();
    const nameText = name === null ? undefined : String(props[name] ?? "").trim();
    const polygons = readGeometry(f.geometry, `features[${i}].geometry`, file, crs, unproject);
    for (const rings of polygons) bbox = grow(bbox, rings[0] as Float64Array);
    areas.push({
      code: codeText ?? nameText ?? "",
      name: nameText ?? codeText ?? "",
      polygons,
    });
  }
  return {
    areas,
    codeField: code,
    nameField: name,
    chosen: {
      code: choice(options.codeField, code),
      name: choice(options.nameField, name),
    },
    properties,
    bbox,
    skipped: features.length - withGeometry.length,
    crs: from === undefined ? null : normaliseCode(from),
  };
}

interface FeatureLike {
  properties?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
}

function featuresOf(input: unknown, file: string, object: string | undefined): FeatureLike[] {
  if (isTopology(input)) return topologyFeatures(input, object);
  const v = input as { type?: unknown; features?: unknown } | null;
  if (typeof v !== "object" || v === null || v.type !== "FeatureCollection" || !Array.isArray(v.features))
    throw fail("geo/not-feature-collection", { file, found: describeJson(input) });
  return v.features as FeatureLike[];
}

/** What a JSON value is, for the message: `a Feature`, `an array`, `a number`… kept short and neutral. */
function describeJson(value: unknown): string {
  if (Array.isArray(value)) return "[…]";
  if (value === null || typeof value !== "object") return JSON.stringify(value)?.slice(0, 40) ?? "—";
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" ? `{"type": ${JSON.stringify(type.slice(0, 40))}}` : "{…}";
}

function propertyNames(features: readonly FeatureLike[]): string[] {
  const seen = new Set<string>();
  for (const f of features)
    if (f !== null && typeof f === "object" && f.properties !== null && typeof f.properties === "object")
      for (const k of Object.keys(f.properties)) seen.add(k);
  return [...seen];
}

function hasValue(v: unknown): boolean {
  return v !== undefined && v !== null && String(v).trim() !== "";
}

/**
 * The best property for a code (every value present and unique) or a name (every value present and
 * not a number): by the list of known keys, then by known prefixes.
 */
function detect(
  rows: readonly Record<string, unknown>[],
  properties: readonly string[],
  keys: readonly string[],
  prefixes: readonly string[],
  unique: boolean,
): string | null {
  const fits = (p: string): boolean => {
    const values = rows.map((r) => r[p]);
    if (!values.every(hasValue)) return false;
    if (unique) return new Set(values.map((v) => String(v).trim())).size === values.length;
    return values.some((v) => typeof v === "string" && !/^\s*\d+\s*$/.test(v));
  };
  const byKey = new Map(properties.map((p) => [labelKey(p), p] as const));
  for (const k of keys) {
    const p = byKey.get(k);
    if (p !== undefined && fits(p)) return p;
  }
  for (const p of properties) if (prefixes.some((pre) => labelKey(p).startsWith(pre)) && fits(p)) return p;
  return null;
}

function choice(given: string | undefined, chosen: string | null): FieldChoice {
  return given !== undefined ? "given" : chosen === null ? "none" : "detected";
}

/** The legacy GeoJSON `crs` member's name, unless it is plain longitude/latitude. */
function declaredCrs(input: unknown): string | undefined {
  const name = (input as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof name !== "string" || /CRS84$|EPSG:+4326$/i.test(name)) return undefined;
  return name;
}

function readGeometry(
  geometry: FeatureLike["geometry"],
  at: string,
  file: string,
  crs: string | undefined,
  unproject: Unproject | undefined,
): PolygonRings[] {
  const type = geometry?.type;
  const coords = geometry?.coordinates;
  if (type === "Polygon" && Array.isArray(coords))
    return [readPolygon(coords, `${at}.coordinates`, file, crs, unproject)];
  if (type === "MultiPolygon" && Array.isArray(coords) && coords.length > 0)
    return coords.map((p, j) => {
      if (!Array.isArray(p)) throw badGeometry(file, `${at}.coordinates[${j}]`, p);
      return readPolygon(p, `${at}.coordinates[${j}]`, file, crs, unproject);
    });
  throw badGeometry(file, at, typeof type === "string" ? { type } : geometry);
}

function readPolygon(
  rings: unknown[],
  at: string,
  file: string,
  crs: string | undefined,
  unproject: Unproject | undefined,
): PolygonRings {
  if (rings.length === 0) throw badGeometry(file, at, rings);
  return rings.map((ring, r) => {
    const where = `${at}[${r}]`;
    if (!Array.isArray(ring) || ring.length < 4) throw badGeometry(file, where, ring);
    const flat = new Float64Array(ring.length * 2);
    for (let k = 0; k < ring.length; k++) {
      const p = ring[k] as unknown;
      const px = Array.isArray(p) ? p[0] : undefined;
      const py = Array.isArray(p) ? p[1] : undefined;
      if (typeof px !== "number" || typeof py !== "number" || !Number.isFinite(px) || !Number.isFinite(py))
        throw badGeometry(file, `${where}[${k}]`, p);
      const [x, y] = unproject === undefined ? [px, py] : unproject(px, py);
      if (Math.abs(x) > 180 || Math.abs(y) > 90)
        throw fail("geo/not-lon-lat", {
          file,
          at: `${where}[${k}]`,
          received: `[${x}, ${y}]`,
          ...(crs === undefined ? {} : { crs }),
        });
      flat[2 * k] = x;
      flat[2 * k + 1] = y;
    }
    const n = flat.length;
    if (flat[0] !== flat[n - 2] || flat[1] !== flat[n - 1])
      throw fail("geo/ring-not-closed", {
        file,
        at: where,
        first: `[${flat[0]}, ${flat[1]}]`,
        last: `[${flat[n - 2]}, ${flat[n - 1]}]`,
      });
    return flat;
  });
}

function badGeometry(file: string, at: string, found: unknown): CiudataError {
  let text: string;
  try {
    text = JSON.stringify(found) ?? String(found);
  } catch {
    text = String(found);
  }
  return fail("geo/bad-geometry", { file, at, found: text.length > 80 ? `${text.slice(0, 80)}…` : text });
}

function grow(b: [number, number, number, number], ring: Float64Array): [number, number, number, number] {
  const out = b;
  for (let k = 0; k < ring.length; k += 2) {
    const x = ring[k] as number;
    const y = ring[k + 1] as number;
    if (x < out[0]) out[0] = x;
    if (y < out[1]) out[1] = y;
    if (x > out[2]) out[2] = x;
    if (y > out[3]) out[3] = y;
  }
  return out;
}
