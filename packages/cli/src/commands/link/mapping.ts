import { type LinkMapping, suggestMapping } from "@ciudata/linkage";
import type { CommandContext } from "../../declare";
import { openCsv } from "./open";

/** How many data rows are read to suggest a mapping. */
const SAMPLE_ROWS = 200;

/**
 * A mapping suggested from the file's header and first rows (the rest of the file is not read).
 *
 * @example
 * ```ts
 * const mapping = await suggestedMapping(ctx, "padron.csv");
 * ```
 */
export async function suggestedMapping(ctx: CommandContext, file: string): Promise<LinkMapping> {
  const table = await openCsv(ctx, file);
  const sample: string[][] = [];
  try {
    for await (const batch of table.batches()) {
      for (const row of batch) if (sample.length < SAMPLE_ROWS) sample.push(row.cells);
      if (sample.length >= SAMPLE_ROWS) break;
    }
  } finally {
    await table.close();
  }
  return suggestMapping(table.labels, sample);
}
