// `ciudata inventory check`: the inventory's format and the steward's checks, every problem located.
import { translator } from "@ciudata/core";
import { issueText } from "../../catalogs";
import type { CommandContext, Outcome } from "../../declare";
import { EXIT_INVALID } from "../../exit-codes";
import { inventoryMessages } from "../../messages/inventory";
import { listInvalid, readInventory } from "./file";
import { done } from "./flags";

/** Runs `inventory check <inventory.json>`: exit 1 with the errors listed, or 0 with the warnings. */
export async function check(file: string, ctx: CommandContext): Promise<Outcome> {
  const read = await readInventory(ctx, file);
  if (!read.ok) {
    listInvalid(ctx, file, read.issues);
    return EXIT_INVALID;
  }
  const { t } = translator(inventoryMessages, ctx.lang);
  const warnings = read.warnings.map((i) => issueText(i, ctx.lang));
  const line = t("valid", {
    file,
    datasets: read.inventory.datasets.length,
    areas: read.inventory.orgUnits.length,
  });
  const text = warnings.length
    ? `${line}\n${t("warnings")}:\n${warnings.map((x) => `  ${x}`).join("\n")}`
    : line;
  return done(ctx, text, { valid: true, file, warnings });
}
