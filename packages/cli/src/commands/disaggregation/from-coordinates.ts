import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { labelKey } from "@ciudata/core";
import { detectLayout, type Standard } from "@ciudata/disaggregation";
import { detectCoordinateColumns } from "@ciudata/geo";
import { readAreasFile, scanFile } from "@ciudata/geo/node";
import { openFile } from "@ciudata/table/node";
import { asUsageError } from "../../io";

/** A table with its territory assigned from its coordinates, written to a temporary file. */
export interface AssignedTable {
  /** The temporary table: the input's columns, then the area's code and name (the `by` column). */
  path: string;
  /** The coordinate columns read. */
  columns: string;
  /** Rows put in an area. */
  assigned: number;
  /** Rows in no area (no coordinates, unreadable, outside). */
  unassigned: number;
  /** Removes the temporary file. */
  remove(): Promise<void>;
}

/** Files `--barrios` names that carry polygons, not only names. */
const AREAS = new Set([".geojson", ".json", ".topojson"]);

/**
 * For `disaggregation aggregate --barrios <areas>`: when the table has no territory column that `--by`
 * asks for but has coordinates (recognised as `geo assign` recognises them), writes a temporary copy
 * with the containing area's code and name added, the name under the `--by` label (`barrio`), so the
 * aggregation runs as usual. `null` when nothing is to do (a territory column exists, `--by` names no
 * missing column, no coordinates, or `--barrios` is a list without polygons). The input is never
 * modified. A bad areas file is a usage error (exit 2).
 *
 * @example
 * ```ts
 * const assigned = await assignFromCoordinates("padron.csv", "barrios.geojson", ["sexo", "barrio"], standard);
 * assigned?.assigned; //=> 1200
 * ```
 */
export async function assignFromCoordinates(
  table: string,
  areas: string,
  by: readonly string[],
  standard: Standard,
  encoding: string | undefined,
): Promise<AssignedTable | null> {
  if (!AREAS.has(extname(areas).toLowerCase()) || /^https?:/i.test(table)) return null;
  let labels: string[];
  try {
    const opened = await openFile(table, { inferSample: 0, ...(encoding ? { encoding } : {}) });
    labels = [...opened.labels];
    await opened.close();
  } catch {
    return null; // Unreadable: the aggregation reports it as it always does.
  }
  const layout = detectLayout(labels, { standard });
  if (layout.long.some((c) => c.dimension === "territory")) return null;
  const keys = new Set(labels.map(labelKey));
  const wanted = by.find((b) => !keys.has(labelKey(b)) && !layout.long.some((c) => c.dimension === b));
  const coordinates = detectCoordinateColumns(labels);
  if (wanted === undefined || coordinates === null || "missing" in coordinates) return null;
  const dir = await mkdtemp(join(tmpdir(), "ciudata-barrios-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const layer = await readAreasFile(areas);
    const path = join(dir, "assigned.csv");
    const scanned = await scanFile(table, layer, {
      out: path,
      addedColumns: [`${wanted}_codigo`, wanted],
      escapeFormulas: false,
      inputs: [table, areas],
      ...(encoding ? { encoding } : {}),
    });
    const columns = [scanned.columns.lat, scanned.columns.lon, scanned.columns.point]
      .filter((c) => c !== undefined)
      .join(", ");
    return {
      path,
      columns,
      assigned: scanned.counts.assigned,
      unassigned: scanned.rows - scanned.counts.assigned,
      remove,
    };
  } catch (error) {
    await remove();
    throw asUsageError(error);
  }
}
