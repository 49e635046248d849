import { labelKey } from "@ciudata/core";
import type { AgeBand, AgePresetName } from "@ciudata/disaggregation";
import type { AreaLayer } from "../areas/types";
import type { AreaIndex } from "../assign/locate";
import { createGeoScan, type GeoScan, type GeoScanOptions } from "../check/scan";
import { type CoverageCounts, createCoverageCount, dimensionOf } from "../coverage/count";
import {
  type PopulationColumnsOptions,
  type PopulationTable,
  populationFromRows,
} from "../coverage/population";
import { geoError as fail } from "../errors";
import { asIndex, readable } from "./scan";

/** Options of {@link coverageFile}. */
export interface CoverageFileOptions extends Omit<GeoScanOptions, "file" | "maxListed"> {
  /** Columns that split the counts (`["sexo", "edad"]`); sex and age are read by `@ciudata/disaggregation`. */
  by?: readonly string[];
  /** Age bands for single ages. Defaults to `"un-amplio"`. */
  ageBands?: AgePresetName | readonly AgeBand[];
  /** Force an encoding (any WHATWG label), skipping detection. */
  encoding?: string;
  /** Stop reading when aborted. */
  signal?: AbortSignal;
}

/** {@link coverageFile}'s result: the counts, and where the territory came from. */
export interface CoverageFileResult extends CoverageCounts {
  /** `points`: assigned from coordinates as `geo assign` does; `column`: read from a territory column. */
  readonly source: "points" | "column";
  /** The territory column read (`column`), or `null`. */
  readonly territoryColumn: string | null;
  /** With `points`: rows with coordinates in no area, missing, (0, 0) or unreadable (as `geo check` counts them). */
  readonly notPlaced: number;
}

/**
 * Counts the rows of a table file per territory, streaming (Node only): each row is put in the area that
 * contains its point (as `geo assign` does), or — when the table has no coordinates but a territory column
 * (named with `territory`, or named like the areas' name or code property) — by that column, its values
 * compared folded with the areas' codes and names. `by` columns split the counts. Throws a located
 * `CiudataError` for a file that cannot be read, a `by` column the table lacks (`geo/unknown-column`), or
 * a table with neither coordinates nor a territory column (`geo/no-coordinates`).
 *
 * @param path The table.
 * @param areas The areas or their index.
 * @param options The `by` columns, the coordinate or territory columns.
 * @example
 * ```ts
 * const counts = await coverageFile("beneficiarios.csv", await readAreasFile("barrios.geojson"), { by: ["sexo"] });
 * const table = coverageTable(counts, { population: matchPopulation(counts.territories, await readPopulationFile("censo.csv")) });
 * ```
 */
export async function coverageFile(
  path: string,
  areas: AreaLayer | AreaIndex,
  options: CoverageFileOptions = {},
): Promise<CoverageFileResult> {
  const table = await readable(path, options);
  const index = asIndex(areas);
  try {
    const labels = table.labels;
    const columns = labels.join(", ") || "—";
    const keys = labels.map(labelKey);
    const at = (name: string) => {
      const exact = labels.indexOf(name);
      return exact !== -1 ? exact : keys.indexOf(labelKey(name));
    };
    const byPositions = (options.by ?? []).map((name) => {
      const i = at(name);
      if (i === -1) throw fail("geo/unknown-column", { file: path, field: name, columns });
      return i;
    });
    const count = createCoverageCount(index.layer, {
      by: byPositions.map((i) => dimensionOf(labels[i] as string)),
      ...(options.ageBands === undefined ? {} : { ageBands: options.ageBands }),
    });
    let scan: GeoScan | null = null;
    let territory = -1;
    try {
      scan = createGeoScan(index, labels, { ...options, file: path, maxListed: 0 });
    } catch (error) {
      territory = territoryColumnOf(index, options.territory, at, keys);
      if (territory === -1) throw error;
    }
    const position = new Map(index.layer.areas.map((a, i) => [a, i]));
    const values: string[] = new Array(byPositions.length);
    for await (const batch of table.batches())
      for (const row of batch) {
        for (let i = 0; i < byPositions.length; i++) values[i] = row.cells[byPositions[i] as number] ?? "";
        if (scan !== null) {
          const placed = scan.place(row.cells, row.rowNumber);
          count.add(placed.area === null ? -1 : (position.get(placed.area) ?? -1), values);
        } else count.addRecorded(row.cells[territory] ?? "", values);
      }
    const counts = count.result();
    if (scan !== null) {
      const found = scan.result();
      return {
        ...counts,
        source: "points",
        territoryColumn: null,
        notPlaced: found.rows - found.counts.assigned,
      };
    }
    return { ...counts, source: "column", territoryColumn: labels[territory] as string, notPlaced: 0 };
  } finally {
    await table.close();
  }
}

/** The column holding each row's territory: the one named, else one named like the areas' name or code property. */
function territoryColumnOf(
  index: AreaIndex,
  named: string | undefined,
  at: (name: string) => number,
  keys: readonly string[],
): number {
  if (named !== undefined) return at(named);
  for (const field of [index.layer.nameField, index.layer.codeField]) {
    const i = field === null ? -1 : keys.indexOf(labelKey(field));
    if (i !== -1) return i;
  }
  return -1;
}

/** Options of {@link readPopulationFile}. */
export interface ReadPopulationOptions extends Omit<PopulationColumnsOptions, "file"> {
  /** Force an encoding (any WHATWG label), skipping detection. */
  encoding?: string;
}

/**
 * Reads a population table file (Node only): a code and a count of residents per territory, e.g. INDEC's
 * Censo 2010 per department (`Código,Varón,Mujer,Total`). See `populationFromRows` for the columns and
 * the located errors.
 *
 * @param path The population table (CSV).
 * @param options The code and count columns.
 * @example
 * ```ts
 * const rows = await readPopulationFile("censo2010.csv", { code: "Código", count: "Total" });
 * rows.rows[0]; //=> { row: 2, code: "02001", count: 205886 }
 * ```
 */
export async function readPopulationFile(
  path: string,
  options: ReadPopulationOptions = {},
): Promise<PopulationTable> {
  const table = await readable(path, options.encoding === undefined ? {} : { encoding: options.encoding });
  try {
    const rows: { cells: readonly string[]; rowNumber: number }[] = [];
    for await (const batch of table.batches()) for (const row of batch) rows.push(row);
    return populationFromRows(table.labels, rows, { ...options, file: path });
  } finally {
    await table.close();
  }
}
