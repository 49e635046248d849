import type { Report } from "@ciudata/table";
import { openPath, parallelRows } from "@ciudata/table/node";
import { type QualityOptions, validate } from "../validate";

/**
 * Validates a file on disk against the quality standard (Node only). Large files (8 MiB or more) are
 * read by worker threads when every check allows it (the schema's own checks do: types,
 * constraints, unique, primary and unique keys); the report is the same as a one-pass read.
 *
 * @example
 * ```ts
 * import { validateFile } from "@ciudata/quality/node";
 * const report = await validateFile("padron.csv", { schema, limitErrors: Infinity });
 * report.tasks[0].detected.threads; //=> 2 on a two-core machine
 * ```
 */
export async function validateFile(path: string, options: QualityOptions = {}): Promise<Report> {
  return validate(await openPath(path, options.signal ? { signal: options.signal } : {}), {
    ...options,
    rowRunner: options.rowRunner ?? parallelRows(),
  });
}
