/**
 * One member polygon of an area: its rings (the outer ring first, then the holes) as flat
 * `[x0, y0, x1, y1, …]` arrays of longitude and latitude, each ring closed (its last position repeats
 * its first).
 */
export type PolygonRings = readonly Float64Array[];

/** One territory: its code, its name and its polygons (a MultiPolygon has several). */
export interface Area {
  /** The code (a string, leading zeros kept); the name when the layer has no code property. */
  readonly code: string;
  /** The name; the code when the layer has no name property. */
  readonly name: string;
  /** The member polygons, each with its holes. */
  readonly polygons: readonly PolygonRings[];
}

/** How a property of the areas was chosen: named by the caller, or detected from the properties. */
export type FieldChoice = "given" | "detected" | "none";

/** Areas read from a GeoJSON or TopoJSON, with the properties their code and name came from. */
export interface AreaLayer {
  /** The areas, in the order of the file's features. */
  readonly areas: readonly Area[];
  /** The property the codes came from; `null` when there is none (codes are then the names). */
  readonly codeField: string | null;
  /** The property the names came from; `null` when there is none (names are then the codes). */
  readonly nameField: string | null;
  /** How `codeField` and `nameField` were chosen. */
  readonly chosen: { readonly code: FieldChoice; readonly name: FieldChoice };
  /** Every property name the features have, in order of first appearance. */
  readonly properties: readonly string[];
  /** `[minLon, minLat, maxLon, maxLat]` over every area. */
  readonly bbox: readonly [number, number, number, number];
  /** Features without a geometry (`"geometry": null`), left out. */
  readonly skipped: number;
  /** The projected system the coordinates were reprojected from (`"EPSG:9498"`), or `null`. */
  readonly crs: string | null;
}
