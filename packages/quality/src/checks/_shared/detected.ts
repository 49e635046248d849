import type { Detected as TableDetected } from "@ciudata/table";

/**
 * What the reader detected about a file, as file-level checks read it: the table's typed `Detected`, every
 * field optional (a source that could not be read has none of them).
 */
export type Detected = Partial<TableDetected>;

/**
 * The `detected` of a report task as file-level checks read it (nothing when the task has none).
 *
 * @example
 * ```ts
 * detectedOf(report.tasks[0]?.detected).delimiter; //=> ";"
 * ```
 */
export function detectedOf(raw: Partial<TableDetected> | undefined): Detected {
  return raw ?? {};
}
