import { CiudataError, type Issue } from "@ciudata/core";
import { formatCsvRow, type OpenedTable, type RawRow } from "@ciudata/table";
import { openFile, writeFileAtomic } from "@ciudata/table/node";
import type { AreaLayer } from "../areas/types";
import { type AreaIndex, createAreaIndex } from "../assign/locate";
import { createGeoScan, type GeoScanOptions, type GeoScanResult } from "../check/scan";

/** Options of {@link scanFile}. */
export interface ScanFileOptions extends Omit<GeoScanOptions, "file"> {
  /**
   * Writes the table there with two columns added (the area's code and name; empty for rows in no
   * area), through a temporary file renamed at the end. Without it, the table is only checked.
   */
  out?: string;
  /**
   * Without `out`: receives the same table, piece by piece (e.g. standard output), with the same two
   * columns added. Nothing is written when neither is given.
   */
  sink?: (text: string) => void | Promise<void>;
  /** Names of the two added columns. Defaults to `territorio_codigo` and `territorio_nombre`. */
  addedColumns?: readonly [string, string];
  /** Force an encoding (any WHATWG label, e.g. `"windows-1252"`), skipping detection. */
  encoding?: string;
  /** Prefix formula-leading cells of the output with `'` (spreadsheet safety). Defaults to `true`. */
  escapeFormulas?: boolean;
  /** Files the output must never be (the inputs). */
  inputs?: readonly string[];
  /** Stop reading when aborted. */
  signal?: AbortSignal;
}

/** Issues openTable records without stopping (a warning about the encoding or the dialect). */
const NOT_STOPPING = new Set(["encoding-error", "mojibake", "dialect-error"]);

/**
 * Puts every row of a table file in its area, streaming (Node only): rows are read batch by batch and,
 * with `out`, written at once with the area's code and name added, so a registry of millions of rows
 * never sits in memory. Returns the counts and the rows worth a look ({@link createGeoScan}). A file
 * that cannot be read as a table throws its `CiudataError`; so do a header without coordinates and
 * coordinates that are not longitude and latitude (nothing is written then).
 *
 * @param path The table (CSV or any delimited text `@ciudata/table` reads; the encoding is detected).
 * @param areas The areas ({@link readAreasFile}, or `readAreas` of `@ciudata/geo`) or their index ({@link createAreaIndex}).
 * @param options Where to write, the columns named, the output's added column names.
 * @returns What the scan found, from every row.
 * @example
 * ```ts
 * import { readAreasFile, scanFile } from "@ciudata/geo/node";
 * const barrios = await readAreasFile("barrios.geojson");
 * const found = await scanFile("hospitales.csv", barrios, { out: "hospitales-barrio.csv" });
 * found.counts["territory-mismatch"]; //=> 3
 * ```
 */
export async function scanFile(
  path: string,
  areas: AreaLayer | AreaIndex,
  options: ScanFileOptions = {},
): Promise<GeoScanResult> {
  const index = asIndex(areas);
  const table = await readable(path, options);
  try {
    const scan = createGeoScan(index, table.labels, { ...options, file: path });
    if (options.out === undefined && options.sink === undefined) {
      for await (const batch of table.batches())
        for (const row of batch) scan.place(row.cells, row.rowNumber);
      return scan.result();
    }
    const dialect = {
      delimiter: table.dialect?.delimiter ?? ",",
      lineTerminator: "\n" as const,
      escapeFormulas: options.escapeFormulas ?? true,
    };
    const [codeName, nameName] = options.addedColumns ?? ["territorio_codigo", "territorio_nombre"];
    const header = [...table.labels, unused(codeName, table.labels), unused(nameName, table.labels)];
    const width = table.labels.length;
    async function* lines(batches: AsyncIterable<readonly RawRow[]>): AsyncGenerator<string> {
      yield `${formatCsvRow(header, dialect)}\n`;
      for await (const batch of batches) {
        const out: string[] = [];
        for (const row of batch) {
          const placed = scan.place(row.cells, row.rowNumber);
          const cells =
            row.cells.length >= width
              ? [...row.cells]
              : [...row.cells, ...new Array<string>(width - row.cells.length).fill("")];
          cells.push(placed.area?.code ?? "", placed.area?.name ?? "");
          out.push(formatCsvRow(cells, dialect));
        }
        if (out.length > 0) yield `${out.join("\n")}\n`;
      }
      // Before the file is renamed into place: a table that is not in longitude and latitude throws here.
      scan.result();
    }
    if (options.out !== undefined)
      await writeFileAtomic(
        options.out,
        lines(table.batches()),
        options.inputs ? { inputs: options.inputs } : {},
      );
    else if (options.sink !== undefined)
      for await (const piece of lines(table.batches())) await options.sink(piece);
    return scan.result();
  } finally {
    await table.close();
  }
}

/** The areas' index: the one given, or one built over the layer. */
export function asIndex(areas: AreaLayer | AreaIndex): AreaIndex {
  return "locate" in areas ? areas : createAreaIndex(areas);
}

/** The table opened, or the issues that stop it from being read, thrown (the file is then closed). */
export async function readable(
  path: string,
  options: Pick<ScanFileOptions, "encoding" | "signal">,
): Promise<OpenedTable> {
  const only = <K extends "encoding" | "signal">(key: K) =>
    options[key] === undefined ? {} : ({ [key]: options[key] } as Pick<ScanFileOptions, K>);
  const table = await openFile(path, { inferSample: 0, ...only("encoding"), ...only("signal") });
  if (table.stopped === null) return table;
  await table.close();
  const stop = table.issues.filter((i) => !NOT_STOPPING.has(i.type));
  throw new CiudataError((stop.length ? stop : table.issues) as [Issue, ...Issue[]]);
}

/** A column name not in the header: the name, else the name with `_2`, `_3`… */
function unused(name: string, labels: readonly string[]): string {
  if (!labels.includes(name)) return name;
  for (let i = 2; ; i++) if (!labels.includes(`${name}_${i}`)) return `${name}_${i}`;
}
