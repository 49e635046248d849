import { foldText } from "@ciudata/core";
import type { Decision } from "@ciudata/linkage";
import type { CommandContext } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { linkMessages } from "../../messages/link";
import { openCsv } from "./open";

// The clerical-review file filled in by people: `decision` is si/sí/yes/sim (the same person) or
// no/não (not), in any case and with or without accents; an empty cell is a pair not decided yet.

const YES = new Set(["si", "s", "yes", "y", "sim", "1", "true"]);
const NO = new Set(["no", "n", "nao", "0", "false"]);

/**
 * The decisions of a filled `review.csv` (undecided rows left out).
 *
 * @example
 * ```ts
 * const { list, yes, no } = await readDecisions(ctx, "review.csv");
 * ```
 */
export async function readDecisions(
  ctx: CommandContext,
  file: string,
): Promise<{ list: Decision[]; yes: number; no: number }> {
  const table = await openCsv(ctx, file);
  const col = (name: string) => table.labels.findIndex((l) => l.trim().toLowerCase() === name);
  const [l, r, d] = [col("left_id"), col("right_id"), col("decision")];
  if (l === -1 || r === -1 || d === -1)
    throw new UsageError({
      kind: "custom",
      message: localized(linkMessages, "reviewColumns", { path: file }),
    });
  const list: Decision[] = [];
  let yes = 0;
  let no = 0;
  for await (const row of table.rows()) {
    const raw = (row.cells[d] ?? "").trim();
    if (raw === "") continue;
    const value = foldText(raw);
    const match = YES.has(value) ? true : NO.has(value) ? false : undefined;
    if (match === undefined)
      throw new UsageError({
        kind: "custom",
        message: localized(linkMessages, "badDecision", { path: file, row: row.rowNumber, value: raw }),
      });
    list.push({ left: row.cells[l]?.trim() ?? "", right: row.cells[r]?.trim() ?? "", match });
    if (match) yes++;
    else no++;
  }
  return { list, yes, no };
}
