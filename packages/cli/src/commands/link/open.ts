import { CiudataError, type Issue } from "@ciudata/core";
import type { OpenedTable, OpenTableOptions } from "@ciudata/table";
import { openFile } from "@ciudata/table/node";
import type { CommandContext } from "../../declare";
import { userPath } from "../../io";

/** Issues openTable records without stopping (encoding warnings, the dialect). */
const NOT_STOPPING = new Set(["encoding-error", "mojibake", "dialect-error"]);

/**
 * A file the user named opened as a table (no schema inferred unless `options` ask for it), ready to
 * stream; a file that is not a table stops with its located issues (exit 2).
 *
 * @example
 * ```ts
 * const table = await openCsv(ctx, "review.csv");
 * for await (const row of table.rows()) …
 * ```
 */
export async function openCsv(
  ctx: CommandContext,
  file: string,
  options: OpenTableOptions = {},
): Promise<OpenedTable> {
  const table = await openFile(userPath(ctx, file), { inferSample: 0, ...options });
  if (table.stopped === null) return table;
  await table.close();
  const stop = table.issues.filter((i) => !NOT_STOPPING.has(i.type));
  throw new CiudataError((stop.length > 0 ? stop : table.issues) as [Issue, ...Issue[]]);
}
