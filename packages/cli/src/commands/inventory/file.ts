// Reading and writing the inventory file: read as written, checked, written back atomically.
import { type Issue, labelKey, translator } from "@ciudata/core";
import { type InventoryFile, parseInventory, todayIn } from "@ciudata/strategy";
import { writeFileAtomic } from "@ciudata/table/node";
import { issueText } from "../../catalogs";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID } from "../../exit-codes";
import { readText, userPath } from "../../io";
import { inventoryMessages } from "../../messages/inventory";
import { dateFlag } from "./flags";

/** An inventory as read: the file's own JSON (to write back untouched but for what changed) and its checked form. */
export type InventoryRead =
  | { ok: true; raw: Record<string, unknown>; inventory: InventoryFile; warnings: Issue[] }
  | { ok: false; issues: Issue[] };

/**
 * Reads and checks an inventory file. A missing file or one that is not JSON is a located usage error
 * (exit 2); an inventory that breaks the format or the steward's checks comes back `ok: false`.
 */
export async function readInventory(ctx: CommandContext, path: string): Promise<InventoryRead> {
  const text = await readText(ctx, path);
  const parsed = parseInventory(text);
  if (!parsed.ok) {
    const json = parsed.issues.find((i) => i.type === "inventory/invalid-json");
    if (json)
      throw new UsageError({ kind: "issue", issue: { ...json, params: { ...json.params, path: path } } });
    return { ok: false, issues: parsed.issues };
  }
  const raw = JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown>;
  return { ok: true, raw, inventory: parsed.inventory, warnings: parsed.issues };
}

/**
 * The inventory checked, ready to use, and the day asked for (`--as-of`, else today); an invalid inventory is
 * listed on standard error and comes back as exit code 1.
 */
export async function readValid(
  ctx: CommandContext,
  path: string,
  args: ParsedArgs,
): Promise<{ read: Extract<InventoryRead, { ok: true }>; asOf: string } | number> {
  const asOf =
    dateFlag(args, "as-of") ?? todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());
  const read = await readInventory(ctx, path);
  if (read.ok) return { read, asOf };
  listInvalid(ctx, path, read.issues);
  return EXIT_INVALID;
}

/** Lists an invalid inventory's problems on standard error, each located, in the user's language. */
export function listInvalid(ctx: CommandContext, path: string, issues: readonly Issue[]): void {
  const { t } = translator(inventoryMessages, ctx.lang);
  ctx.io.stderr(
    `${t("invalid", { file: path })}:\n${issues.map((i) => `  ${issueText(i, ctx.lang)}`).join("\n")}\n`,
  );
}

/** Writes an inventory (a temporary file renamed over the old one: never half written). */
export async function writeInventory(ctx: CommandContext, path: string, raw: unknown): Promise<void> {
  await writeFileAtomic(userPath(ctx, path), `${JSON.stringify(raw, null, 2)}\n`);
}

/** A fresh inventory as written in the file. */
export function emptyInventory(
  city: string | undefined,
  areas: readonly { id: string; name: string }[],
): Record<string, unknown> {
  return {
    format: "ciudata-inventory",
    version: 1,
    ...(city ? { city: { id: slugOf(city), name: city } } : {}),
    orgUnits: areas.map(({ id, name }) => ({ id, name: { es: name }, kind: "area" })),
    datasets: [],
  };
}

/** A slug from a name ("Godoy Cruz" → "godoy-cruz"), for ids the tool makes itself. */
export function slugOf(name: string): string {
  return (
    labelKey(name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "x"
  );
}

/** Datasets read from a source, each with where it came from (a row number, or `null` for a portal). */
export interface Incoming {
  entries: { entry: Record<string, unknown>; row: number | null }[];
  areas: Map<string, string>;
  notes: string[];
}
