import { openPath } from "@ciudata/table/node";
import { type DescribeOptions, describeTable, type TableStats } from "../stats";

/**
 * Column statistics of a file on disk (Node only), streamed: the file is opened as `validateFile`
 * opens it and never held in memory whole. See `describeTable` for what is counted.
 *
 * @example
 * ```ts
 * import { describeFile } from "@ciudata/quality/node";
 * const stats = await describeFile("padron.csv");
 * stats.columns.map((c) => [c.name, c.empty]); //=> [["dni", 0], ["barrio", 12], …]
 * ```
 */
export async function describeFile(path: string, options: DescribeOptions = {}): Promise<TableStats> {
  return describeTable(await openPath(path, options.signal ? { signal: options.signal } : {}), options);
}
