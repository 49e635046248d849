import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseTruth, type Truth } from "../evaluate/truth";

/**
 * Reads a truth CSV file (`left,right` pairs of ids or `id,cluster` assignments) for `evaluate` or the
 * `truth` option of `link`/`dedupe`; messages name the file by its base name.
 *
 * @example
 * ```ts
 * const truth = await readTruth("truth.csv");
 * const result = await link(a, b, {}, { truth, truthFile: "truth.csv" });
 * ```
 */
export async function readTruth(path: string): Promise<Truth> {
  return parseTruth(await readFile(path, "utf8"), { file: basename(path) });
}
