import { isCiudataError } from "@ciudata/core";
import type { Report } from "../report/report";
import { type Inspection, inspectTable } from "../runner/inspect";
import { type OpenedTable, type OpenTableOptions, openTable, unopened } from "../runner/open-table";
import type { ValidateOptions } from "../runner/options";
import { validateTable } from "../runner/validate";
import { parallelRows } from "./parallel";
import { openPath } from "./path";

/**
 * Validates a file on disk in one streaming pass (Node only). Files of 8 MiB or more are read by
 * worker threads, one byte range each ({@link parallelRows}); pass `rowRunner` to choose otherwise.
 *
 * @example
 * ```ts
 * import { validateFile } from "@ciudata/table/node";
 * const report = await validateFile("padron.csv", { schema: JSON.parse(await readFile("schema.json", "utf8")) });
 * ```
 */
export async function validateFile(path: string, options: ValidateOptions = {}): Promise<Report> {
  return validateTable(await openPath(path, options.signal ? { signal: options.signal } : {}), {
    ...options,
    rowRunner: options.rowRunner ?? parallelRows(),
  });
}

/**
 * Inspects a file on disk: encoding, delimiter, header, rows, columns and inferred types (Node only).
 *
 * @example
 * ```ts
 * import { inspectFile } from "@ciudata/table/node";
 * const info = await inspectFile("hospitales.csv");
 * info.detected.encoding; //=> "windows-1252"
 * ```
 */
export async function inspectFile(path: string, options: ValidateOptions = {}): Promise<Inspection> {
  return inspectTable(await openPath(path, options.signal ? { signal: options.signal } : {}), options);
}

/**
 * Opens a table on disk and settles how to read it, rows not read yet (Node only): `openTable` for a
 * path. Problems are in `issues` (an unreadable path is a `source-error` with `stopped: "source"`).
 *
 * @example
 * ```ts
 * import { openFile } from "@ciudata/table/node";
 * const table = await openFile("padron.csv");
 * table.encoding?.encoding; //=> "windows-1252"
 * for await (const row of table.rows()) console.log(row.rowNumber, row.cells);
 * ```
 */
export async function openFile(path: string, options: OpenTableOptions = {}): Promise<OpenedTable> {
  let source: Awaited<ReturnType<typeof openPath>>;
  try {
    source = await openPath(path, options.signal ? { signal: options.signal } : {});
  } catch (cause) {
    if (!isCiudataError(cause)) throw cause;
    return unopened([...cause.errors], options.name ?? "table", path);
  }
  return openTable(source, options);
}
