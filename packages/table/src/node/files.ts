import type { Report } from "../report/report";
import { type Inspection, inspectTable } from "../runner/inspect";
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
