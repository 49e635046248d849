import { type CiudataError, collapseSpaces, foldText, labelKey } from "@ciudata/core";
import type { Area } from "../areas/types";
import type { AreaIndex, Located } from "../assign/locate";
import {
  type CoordinateColumnOptions,
  type CoordinateColumns,
  detectCoordinateColumns,
} from "../coords/detect";
import { parseCoordinate, parsePointCell } from "../coords/parse";
import { unprojection } from "../crs/crs";
import { geoError as fail } from "../errors";
import { distanceToArea } from "./distance";

/**
 * What happened to one row: `assigned` (in an area), `missing` (an empty coordinate), `invalid` (not a
 * number), `zero` (exactly 0, 0: a placeholder), `out-of-range` (not a longitude and latitude),
 * `swapped` (in no area as written, in one with latitude and longitude exchanged: a guess, never
 * applied), `shifted` (in no area as written, in exactly one with a decimal point moved in one or both
 * coordinates, as in `-3.46` for `-34.6`: a guess too), `outside` (in no area).
 */
export type PlacementKind =
  | "assigned"
  | "missing"
  | "invalid"
  | "zero"
  | "out-of-range"
  | "swapped"
  | "shifted"
  | "outside";

/**
 * Every kind of row a scan counts: the placements, plus among the assigned `on-boundary`,
 * `territory-mismatch`, and `far-from-territory` (a mismatch whose point lies farther than `farMetres`
 * from the recorded territory's polygon: not a border slip).
 */
export type FindingKind = PlacementKind | "on-boundary" | "territory-mismatch" | "far-from-territory";

/** The kinds a scan counts, in report order. */
export const FINDING_KINDS: readonly FindingKind[] = [
  "assigned",
  "territory-mismatch",
  "far-from-territory",
  "on-boundary",
  "outside",
  "swapped",
  "shifted",
  "zero",
  "missing",
  "invalid",
  "out-of-range",
];

/** Where one row went. */
export interface Placement {
  /** What happened to the row. */
  readonly kind: PlacementKind;
  /** The area that contains the point (`assigned` only). */
  readonly area: Area | null;
  /** The point lies exactly on a border and went to the lowest code. */
  readonly onBoundary: boolean;
  /** For `swapped` and `shifted`: the area the point would be in once fixed (never applied). */
  readonly suggested: Area | null;
}

/**
 * One row worth a look, without its coordinates (coordinates of people are quasi-identifiers): its
 * physical row number (header = 1), the territory it recorded, the area that contains it or would
 * contain it swapped.
 */
export interface GeoFinding {
  /** Physical row number (header = 1). */
  readonly row: number;
  /** What was found. */
  readonly kind: FindingKind;
  /** The territory the row recorded, when the table has a territory column. */
  readonly recorded?: string;
  /** The name of the area that contains the point (`territory-mismatch`, `on-boundary`). */
  readonly area?: string;
  /** The name of the area it would be in with latitude and longitude exchanged (`swapped`) or a decimal point moved (`shifted`). */
  readonly suggested?: string;
  /** `far-from-territory`: metres from the point to the recorded territory's polygon (rounded). */
  readonly metres?: number;
}

/** What a scan of a whole table found: counts from every row, the rows listed up to a cap. */
export interface GeoScanResult {
  /** Data rows read. */
  readonly rows: number;
  /** Rows per kind, from every row. */
  readonly counts: Readonly<Record<FindingKind, number>>;
  /** The rows worth a look, in row order per kind, at most `maxListed` per kind. */
  readonly findings: readonly GeoFinding[];
  /** Rows assigned per area code (areas with none are listed with 0). */
  readonly byArea: Readonly<Record<string, number>>;
  /** Where the coordinates were read from: the column labels, and whether they were named or recognised. */
  readonly columns: {
    readonly lat?: string;
    readonly lon?: string;
    readonly point?: string;
    readonly how: "given" | "header";
  };
  /** The table's column holding the recorded territory, if any. */
  readonly territoryColumn: string | null;
  /**
   * A guess, never applied: more rows fall in an area with latitude and longitude exchanged than as
   * written, so the two columns are probably swapped.
   */
  readonly likelySwappedColumns: boolean;
  /**
   * With `sharedPoints`: exact coordinates shared by at least that many rows (one office address typed for
   * everyone), as the number of such points (`groups`) and of their rows; never the coordinates.
   */
  readonly sharedPoints: { readonly k: number; readonly groups: number; readonly rows: number } | null;
}

/** Options of {@link createGeoScan}. */
export interface GeoScanOptions extends CoordinateColumnOptions {
  /** The column with the territory each row recorded (compared with the containing area). Defaults to the column named like the areas' name or code property. */
  territory?: string;
  /** The table's name in messages. Defaults to `"table"`. */
  file?: string;
  /** Rows listed per kind. Defaults to 1000 (the counts are always from every row). */
  maxListed?: number;
  /**
   * The projected system of the table's coordinates (`"EPSG:5347"`; see `KNOWN_CRS`): the longitude (or
   * x) column is read as the easting, the latitude (or y) column as the northing, and both reprojected.
   * Defaults to longitude and latitude.
   */
  crs?: string;
  /**
   * A row whose recorded territory is not the containing area is also `far-from-territory` when its point
   * lies farther than this from the recorded territory's polygon (haversine, metres). Defaults to 500.
   */
  farMetres?: number;
  /**
   * Count exact coordinates shared by at least this many rows (`sharedPoints` in the result); off by
   * default (it keeps one counter per distinct point).
   */
  sharedPoints?: number;
  /**
   * Called with every finding as the row is placed, listed or not (a quality check reports each one);
   * the counts and `maxListed` are unchanged.
   */
  onFinding?: (finding: GeoFinding) => void;
}

/** Places rows one by one and keeps the counts; see {@link createGeoScan}. */
export interface GeoScan {
  /** Where the coordinates are read from. */
  readonly columns: CoordinateColumns;
  /** Position of the recorded-territory column, or `-1`. */
  readonly territory: number;
  /** Places one row (its cells as read) and counts it. */
  place(cells: readonly string[], rowNumber: number): Placement;
  /** The counts and findings so far. */
  result(): GeoScanResult;
}

// Rows with coordinates looked at before deciding the table is not in longitude and latitude at all.
const PROJECTED_SAMPLE = 100;

/**
 * Starts a scan of a table against areas: finds the coordinate columns in the header (or takes the
 * ones named), then `place(cells, rowNumber)` puts each row in its area and counts what it finds:
 * missing, (0, 0), out-of-range, likely swapped and outside points, points on a border, and rows whose
 * recorded territory (names compared folded: case, accents, punctuation and leading zeros ignored) is
 * not the area that contains them. Rows can come in any order and any batches: counts and areas do not
 * depend on it. Throws a `CiudataError` (`geo/no-coordinates`, `geo/unknown-column`) when the header
 * has no coordinates, and `geo/table-not-lon-lat` when the first rows with coordinates are all out of
 * the longitude and latitude range (projected metres).
 *
 * @param index The areas' index ({@link createAreaIndex}).
 * @param labels The table's header.
 * @param options Columns named by the caller; the table's name for messages.
 * @example
 * ```ts
 * const scan = createGeoScan(createAreaIndex(layer), ["LNG", "LAT", "BARRIO"]);
 * scan.place(["-58.4370", "-34.5525", "BELGRANO"], 2).area?.name; //=> "BELGRANO"
 * scan.result().counts.assigned; //=> 1
 * ```
 */
export function createGeoScan(
  index: AreaIndex,
  labels: readonly string[],
  options: GeoScanOptions = {},
): GeoScan {
  const file = options.file ?? "table";
  const maxListed = options.maxListed ?? 1000;
  const onFinding = options.onFinding;
  const columns = requireCoordinateColumns(labels, options, file);
  const columnsText = labels.join(", ") || "—";
  const unproject = options.crs === undefined ? undefined : unprojection(options.crs);
  const territory = territoryColumn(labels, index, options, file, columnsText);
  const areas = index.layer.areas;
  const keys = areas.map((a) => [normaliseTerritory(a.name), normaliseTerritory(a.code)] as const);
  // A recorded territory, folded, to its area (the first of that name or code), for the distance.
  const declared = new Map<string, number>();
  keys.forEach(([name, code], i) => {
    for (const key of [code, name]) if (!declared.has(key)) declared.set(key, i);
  });
  const farMetres = options.farMetres ?? 500;
  const shared = options.sharedPoints === undefined ? null : new Map<string, number>();
  // Recorded territories repeat (a few dozen barrios over a million rows): each spelling folded once.
  const folded = new Map<string, string>();
  const fold = (text: string): string => {
    let key = folded.get(text);
    if (key === undefined) {
      key = normaliseTerritory(text);
      if (folded.size < FOLDED_SPELLINGS) folded.set(text, key);
    }
    return key;
  };
  const counts = zeroCounts();
  const listed = zeroCounts();
  const findings: GeoFinding[] = [];
  const perArea = new Float64Array(areas.length);
  let rows = 0;
  let withNumbers = 0;
  let inRange = 0;
  const columnLabels =
    columns.kind === "pair"
      ? `${labels[columns.lat]}, ${labels[columns.lon]}`
      : String(labels[columns.column]);

  // Counts every finding; makes the listed ones only (past the cap, a row costs a counter) unless `onFinding` wants each.
  const note = (
    kind: FindingKind,
    row: number,
    recorded: string | undefined,
    key?: "area" | "suggested",
    name?: string,
    metres?: number,
  ): void => {
    counts[kind]++;
    const listing = listed[kind] < maxListed;
    if (!listing && onFinding === undefined) return;
    const finding: { -readonly [K in keyof GeoFinding]: GeoFinding[K] } = { row, kind };
    if (recorded !== undefined) finding.recorded = recorded;
    if (key !== undefined) finding[key] = name as string;
    if (metres !== undefined) finding.metres = metres;
    onFinding?.(finding);
    if (!listing) return;
    listed[kind]++;
    findings.push(finding);
  };

  // The point read last (no array per row).
  let lon = 0;
  let lat = 0;
  const read = (cells: readonly string[]): "ok" | "missing" | "invalid" => {
    if (columns.kind === "single") {
      const cell = cells[columns.column] ?? "";
      if (cell.trim() === "") return "missing";
      const point = parsePointCell(cell);
      if (point === null) return "invalid";
      [lon, lat] = point;
      return "ok";
    }
    const latCell = cells[columns.lat] ?? "";
    const lonCell = cells[columns.lon] ?? "";
    lat = parseCoordinate(latCell);
    lon = parseCoordinate(lonCell);
    // Two numbers: the usual row, read once. Else an empty cell makes the row missing, not invalid.
    if (!Number.isNaN(lat) && !Number.isNaN(lon)) return "ok";
    return latCell.trim() === "" || lonCell.trim() === "" ? "missing" : "invalid";
  };

  // Placements without a suggestion are made once per kind and area: a million rows make no garbage.
  const plain = new Map<PlacementKind, Placement>();
  const assigned = areas.map(
    (area) => Object.freeze({ kind: "assigned", area, onBoundary: false, suggested: null }) as Placement,
  );
  const bordering = areas.map(
    (area) => Object.freeze({ kind: "assigned", area, onBoundary: true, suggested: null }) as Placement,
  );
  const placement = (
    kind: PlacementKind,
    at: Located | null = null,
    suggested: Area | null = null,
  ): Placement => {
    if (at !== null) return (at.onBoundary ? bordering : assigned)[at.area] as Placement;
    if (suggested !== null) return { kind, area: null, onBoundary: false, suggested };
    let p = plain.get(kind);
    if (p === undefined) {
      p = Object.freeze({ kind, area: null, onBoundary: false, suggested: null });
      plain.set(kind, p);
    }
    return p;
  };

  return {
    columns,
    territory,
    place(cells, rowNumber) {
      rows++;
      const recordedCell = territory === -1 ? undefined : collapseSpaces(cells[territory] ?? "");
      const recorded = recordedCell === "" ? undefined : recordedCell;
      const point = read(cells);
      if (point !== "ok") {
        note(point, rowNumber, recorded);
        return placement(point);
      }
      withNumbers++;
      if (lon === 0 && lat === 0) {
        inRange++;
        note("zero", rowNumber, recorded);
        return placement("zero");
      }
      if (shared !== null) {
        const key = `${lon} ${lat}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
      if (unproject !== undefined) [lon, lat] = unproject(lon, lat);
      const valid = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
      if (valid) inRange++;
      else if (inRange === 0 && withNumbers >= PROJECTED_SAMPLE)
        throw projected(file, withNumbers, columnLabels);
      const at = valid ? index.locate(lon, lat) : null;
      if (at !== null && at.area !== -1) {
        const area = areas[at.area] as Area;
        counts.assigned++;
        perArea[at.area] = (perArea[at.area] as number) + 1;
        if (at.onBoundary) note("on-boundary", rowNumber, recorded, "area", area.name);
        if (recorded !== undefined) {
          const r = fold(recorded);
          const [name, code] = keys[at.area] as readonly [string, string];
          if (r !== name && r !== code) {
            note("territory-mismatch", rowNumber, recorded, "area", area.name);
            const own = declared.get(r);
            const metres = own === undefined ? 0 : distanceToArea(areas[own] as Area, lon, lat);
            if (metres > farMetres)
              note("far-from-territory", rowNumber, recorded, undefined, undefined, Math.round(metres));
          }
        }
        return placement("assigned", at);
      }
      // Never applied: a point that lands in an area only with its coordinates exchanged is reported.
      const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90 ? index.locate(lat, lon) : null;
      if (swapped !== null && swapped.area !== -1) {
        const suggested = areas[swapped.area] as Area;
        note("swapped", rowNumber, recorded, "suggested", suggested.name);
        return placement("swapped", null, suggested);
      }
      const shifted = shiftedArea(index, lon, lat);
      if (shifted !== -1) {
        const suggested = areas[shifted] as Area;
        note("shifted", rowNumber, recorded, "suggested", suggested.name);
        return placement("shifted", null, suggested);
      }
      const kind = valid ? "outside" : "out-of-range";
      note(kind, rowNumber, recorded);
      return placement(kind);
    },
    result() {
      if (withNumbers > 0 && inRange === 0) throw projected(file, withNumbers, columnLabels);
      const byArea: Record<string, number> = {};
      areas.forEach((a, i) => {
        byArea[a.code] = (byArea[a.code] ?? 0) + (perArea[i] as number);
      });
      const named =
        columns.kind === "pair"
          ? { lat: labels[columns.lat] as string, lon: labels[columns.lon] as string, how: columns.how }
          : { point: labels[columns.column] as string, how: columns.how };
      return {
        rows,
        counts: { ...counts },
        findings: [...findings].sort((a, b) => a.row - b.row),
        byArea,
        columns: named,
        territoryColumn: territory === -1 ? null : (labels[territory] as string),
        likelySwappedColumns: counts.swapped > 0 && counts.swapped > counts.assigned,
        sharedPoints: shared === null ? null : sharedSummary(shared, options.sharedPoints as number),
      };
    },
  };
}

/** The points shared by at least `k` rows: how many, and their rows (never which). */
function sharedSummary(counts: ReadonlyMap<string, number>, k: number) {
  let groups = 0;
  let rows = 0;
  for (const n of counts.values())
    if (n >= k) {
      groups++;
      rows += n;
    }
  return { k, groups, rows };
}

/** One counter per kind, as a literal (one fixed shape: a counter is a field, not a dictionary entry). */
function zeroCounts(): Record<FindingKind, number> {
  return {
    assigned: 0,
    "territory-mismatch": 0,
    "far-from-territory": 0,
    "on-boundary": 0,
    outside: 0,
    swapped: 0,
    shifted: 0,
    zero: 0,
    missing: 0,
    invalid: 0,
    "out-of-range": 0,
  };
}

const SHIFTS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 0.1, 0.01];

/**
 * The one area the point lands in with a decimal point moved in one or both coordinates (each
 * multiplied by 10^k, k from −2 to 7), or `-1` when none or several do: a fix is suggested only when
 * it is the only one.
 */
function shiftedArea(index: AreaIndex, lon: number, lat: number): number {
  // Only the factors that bring each coordinate inside the areas' box: usually none, at most a couple.
  const [minX, minY, maxX, maxY] = index.layer.bbox;
  const xs = reaching(lon, minX, maxX);
  const ys = xs === 0 ? 0 : reaching(lat, minY, maxY);
  if (ys === 0) return -1;
  let found = -1;
  for (let i = 0; i < SHIFTS.length; i++) {
    if ((xs & (1 << i)) === 0) continue;
    for (let j = 0; j < SHIFTS.length; j++) {
      if ((ys & (1 << j)) === 0 || (i === 0 && j === 0)) continue;
      const at = index.locate(lon * (SHIFTS[i] as number), lat * (SHIFTS[j] as number));
      if (at.area === -1) continue;
      if (found !== -1 && found !== at.area) return -1;
      found = at.area;
    }
  }
  return found;
}

/** The factors (bit `i` for `SHIFTS[i]`) that bring the value within `[min, max]`. */
function reaching(value: number, min: number, max: number): number {
  let bits = 0;
  for (let i = 0; i < SHIFTS.length; i++) {
    const v = value * (SHIFTS[i] as number);
    if (v >= min && v <= max) bits |= 1 << i;
  }
  return bits;
}

function territoryColumn(
  labels: readonly string[],
  index: AreaIndex,
  options: GeoScanOptions,
  file: string,
  columns: string,
): number {
  if (options.territory !== undefined) {
    const exact = labels.indexOf(options.territory);
    const i =
      exact !== -1 ? exact : labels.findIndex((l) => labelKey(l) === labelKey(options.territory as string));
    if (i === -1) throw fail("geo/unknown-column", { file, field: options.territory, columns });
    return i;
  }
  const keys = labels.map(labelKey);
  for (const field of [index.layer.nameField, index.layer.codeField]) {
    if (field === null) continue;
    const i = keys.indexOf(labelKey(field));
    if (i !== -1) return i;
  }
  return -1;
}

/**
 * The table's coordinate columns (named, or recognised by the header), or a located `CiudataError`:
 * `geo/no-coordinates` (the columns it has listed), `geo/unknown-column` for a named column it lacks.
 */
export function requireCoordinateColumns(
  labels: readonly string[],
  options: CoordinateColumnOptions,
  file: string,
): CoordinateColumns {
  const detected = detectCoordinateColumns(labels, options);
  const columns = labels.join(", ") || "—";
  if (detected === null) throw fail("geo/no-coordinates", { file, columns });
  if ("missing" in detected) throw fail("geo/unknown-column", { file, field: detected.missing, columns });
  return detected;
}

/** Distinct recorded spellings remembered while scanning (a bound, not a cut: others are folded each time). */
const FOLDED_SPELLINGS = 10_000;

/**
 * A territory name or code as compared: folded (case, accents), punctuation as spaces, spaces collapsed,
 * leading zeros of numbers dropped (`Comuna 04` = `COMUNA 4`, `Núñez` = `NUNEZ`).
 *
 * @example
 * ```ts
 * normaliseTerritory("  Villa Gral. Mitre "); //=> "villa gral mitre"
 * ```
 */
export function normaliseTerritory(text: string): string {
  return collapseSpaces(foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ")).replace(/\b0+(\d)/g, "$1");
}

function projected(file: string, count: number, columns: string): CiudataError {
  return fail("geo/table-not-lon-lat", { file, count, columns });
}
