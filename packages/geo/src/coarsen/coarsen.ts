import type { AreaIndex } from "../assign/locate";
import { requireCoordinateColumns } from "../check/scan";
import type { CoordinateColumnOptions } from "../coords/detect";
import { parseCoordinate, parsePointCell } from "../coords/parse";
import { geoError as fail } from "../errors";

/** Metres per degree of latitude on the mean Earth sphere (radius 6,371,008.8 m). */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/**
 * The centre of the cell of a grid of `metres` × `metres` that holds a point: latitude in bands of
 * `metres` from the equator, longitude in steps of `metres` at the band's middle latitude. Every point of
 * a cell gets the same centre, whatever the order of the rows; the result has 6 decimals.
 *
 * @param lon Longitude.
 * @param lat Latitude.
 * @param metres The cell's side.
 * @returns `[lon, lat]` of the cell's centre.
 * @example
 * ```ts
 * snapToGrid(-58.43702, -34.55251, 500); //=> [-58.43847, -34.554137]
 * ```
 */
export function snapToGrid(lon: number, lat: number, metres: number): [number, number] {
  const dLat = metres / METRES_PER_DEGREE;
  const latC = (Math.floor(lat / dLat) + 0.5) * dLat;
  const dLon = metres / (METRES_PER_DEGREE * Math.cos((latC * Math.PI) / 180));
  const lonC = (Math.floor(lon / dLon) + 0.5) * dLon;
  return [round6(lonC), round6(latC)];
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** How {@link createCoarsener} coarsens: to a grid of `metres`, or to the territory that holds the point. */
export type CoarsenTo = { readonly grid: number } | { readonly areas: AreaIndex };

/** Options of {@link createCoarsener}. */
export interface CoarsenOptions extends CoordinateColumnOptions {
  /** The table's name in messages. Defaults to `"table"`. */
  file?: string;
  /** Cells with fewer rows than this are counted in `rowsBelowK`. Defaults to 5. */
  k?: number;
}

/** What a coarsening did, from every row. */
export interface CoarsenResult {
  /** Data rows read. */
  readonly rows: number;
  /** Rows whose point was coarsened. */
  readonly coarsened: number;
  /** Rows whose coordinates were emptied: missing, unreadable, (0, 0), out of range or (territories) in no area. */
  readonly emptied: number;
  /** Distinct cells (grid cells or territories) the coarsened points fell in. */
  readonly cells: number;
  /** The fewest rows sharing a cell (the `k` achieved over the coordinates alone), or `null` with none. */
  readonly smallestCell: number | null;
  /** Rows in cells with fewer than `k` rows. */
  readonly rowsBelowK: number;
  /** The `k` of `rowsBelowK`. */
  readonly k: number;
}

/** Coarsens rows one by one; see {@link createCoarsener}. */
export interface Coarsener {
  /** The output header: the input's, with (territories) the coordinate columns replaced by code and name. */
  readonly header: readonly string[];
  /** One row coarsened (a new array; the input is not changed). */
  coarsen(cells: readonly string[]): string[];
  /** What it did so far. */
  result(): CoarsenResult;
}

/**
 * Starts coarsening the coordinates of a table before publishing it: each point is replaced by the centre
 * of its cell in a grid of N metres (`{ grid: 500 }`), or its coordinate columns are replaced by the code
 * and name of the territory that holds it (`{ areas: index }`). A coordinate that cannot be coarsened
 * (missing, unreadable, (0, 0), out of range, in no area) is emptied, never left in clear. The result
 * says how many rows share the smallest cell (the `k` achieved by the coordinates alone).
 *
 * @param labels The table's header.
 * @param to A grid in metres, or the areas' index.
 * @param options The coordinate columns (detected by default), `k`, the file's name for messages.
 * @example
 * ```ts
 * const c = createCoarsener(["id", "lat", "lon"], { grid: 500 });
 * c.coarsen(["1", "-34.55251", "-58.43702"]); //=> ["1", "-34.554137", "-58.43847"]
 * ```
 */
export function createCoarsener(
  labels: readonly string[],
  to: CoarsenTo,
  options: CoarsenOptions = {},
): Coarsener {
  const file = options.file ?? "table";
  const k = options.k ?? 5;
  if ("grid" in to && !(Number.isFinite(to.grid) && to.grid > 0))
    throw fail("geo/bad-grid", { file, found: String(to.grid) });
  const columns = requireCoordinateColumns(labels, options, file);
  const coordinateColumns = columns.kind === "pair" ? [columns.lat, columns.lon] : [columns.column];
  const keep = labels.map((_, i) => !coordinateColumns.includes(i));
  const header =
    "areas" in to
      ? [...labels.filter((_, i) => keep[i]), "territorio_codigo", "territorio_nombre"]
      : [...labels];
  const perCell = new Map<string, number>();
  let rows = 0;
  let coarsened = 0;

  const point = (cells: readonly string[]): [number, number] | null => {
    let lon: number;
    let lat: number;
    if (columns.kind === "single") {
      const p = parsePointCell(cells[columns.column] ?? "");
      if (p === null) return null;
      [lon, lat] = p;
    } else {
      lat = parseCoordinate(cells[columns.lat] ?? "");
      lon = parseCoordinate(cells[columns.lon] ?? "");
    }
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
      return null;
    if (lon === 0 && lat === 0) return null;
    return [lon, lat];
  };
  const count = (key: string) => {
    coarsened++;
    perCell.set(key, (perCell.get(key) ?? 0) + 1);
  };

  return {
    header,
    coarsen(cells) {
      rows++;
      const p = point(cells);
      if ("areas" in to) {
        const out = cells.filter((_, i) => keep[i] !== false);
        while (out.length < header.length - 2) out.push("");
        const at = p === null ? -1 : to.areas.locate(p[0], p[1]).area;
        const area = at === -1 ? undefined : to.areas.layer.areas[at];
        if (area !== undefined) count(`${area.code}`);
        out.push(area?.code ?? "", area?.name ?? "");
        return out;
      }
      const out = [...cells];
      while (out.length < labels.length) out.push("");
      if (p === null) {
        for (const i of coordinateColumns) out[i] = "";
        return out;
      }
      const [lon, lat] = snapToGrid(p[0], p[1], to.grid);
      count(`${lon} ${lat}`);
      if (columns.kind === "single") out[columns.column] = `${lat}, ${lon}`;
      else {
        out[columns.lat] = String(lat);
        out[columns.lon] = String(lon);
      }
      return out;
    },
    result() {
      let smallest: number | null = null;
      let below = 0;
      for (const n of perCell.values()) {
        if (smallest === null || n < smallest) smallest = n;
        if (n < k) below += n;
      }
      return {
        rows,
        coarsened,
        emptied: rows - coarsened,
        cells: perCell.size,
        smallestCell: smallest,
        rowsBelowK: below,
        k,
      };
    },
  };
}
