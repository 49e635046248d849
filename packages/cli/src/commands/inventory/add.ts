// `ciudata inventory add`: one dataset from flags, checked like a spreadsheet row, appended to the inventory.
import { type Issue, translator } from "@ciudata/core";
import { parseInventory } from "@ciudata/strategy";
import { issueText } from "../../catalogs";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID, EXIT_USAGE } from "../../exit-codes";
import { inventoryMessages } from "../../messages/inventory";
import { rowToEntry } from "./columns";
import { listInvalid, readInventory, writeInventory } from "./file";
import { done } from "./flags";

/** Template column ← flag. */
const FLAGS: readonly [string, string][] = [
  ["id", "id"],
  ["title", "title"],
  ["description", "description"],
  ["area", "area"],
  ["accessLevel", "access"],
  ["state", "state"],
  ["periodicity", "periodicity"],
  ["downloadURL", "url"],
  ["format", "file-format"],
  ["contact", "contact"],
  ["license", "license"],
  ["modified", "modified"],
  ["keyword", "keyword"],
];

/** Runs `inventory add <inventory.json> --id … --title … --area … --access …`. */
export async function add(file: string, args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const read = await readInventory(ctx, file);
  if (!read.ok) {
    listInvalid(ctx, file, read.issues);
    return EXIT_INVALID;
  }
  const value = (flag: string) => {
    const v = args.flags[flag];
    return typeof v === "string" ? v.replaceAll(",", ";") : "";
  };
  const keys = [...FLAGS.map(([k]) => k), "personalData"];
  const cells = [
    ...FLAGS.map(([k, flag]) => (k === "state" ? value(flag) || "existing" : value(flag))),
    args.flags.personal === true ? "yes" : "no",
  ];
  const labels = [...FLAGS.map(([, flag]) => `--${flag}`), "--personal"];
  const r = rowToEntry(cells, keys, labels, 0);
  const asFlag = (i: Issue): Issue => ({
    ...i,
    rowNumber: null,
    fieldNumber: null,
    params: { ...i.params, path: i.fieldName },
  });
  if (r.issues.length) {
    ctx.io.stderr(`${r.issues.map((i) => `  ${issueText(asFlag(i), ctx.lang)}`).join("\n")}\n`);
    return EXIT_USAGE;
  }
  const datasets = (read.raw.datasets as Record<string, unknown>[] | undefined) ?? [];
  // A dataset of an area the inventory does not list yet adds the area (named by its id until someone names it).
  const orgUnits = (read.raw.orgUnits as Record<string, unknown>[] | undefined) ?? [];
  const area = r.entry.orgUnitId as string;
  const newArea = !orgUnits.some((u) => u.id === area);
  const next = {
    ...read.raw,
    orgUnits: newArea ? [...orgUnits, { id: area, name: { es: area }, kind: "area" }] : orgUnits,
    datasets: [...datasets, r.entry],
  };
  const checked = parseInventory(next);
  if (!checked.ok) {
    const issue = checked.issues.find((i) => i.severity === "error") as Issue;
    throw new UsageError({ kind: "issue", issue });
  }
  await writeInventory(ctx, file, next);
  const { t } = translator(inventoryMessages, ctx.lang);
  const line = t("added", { id: r.entry.id as string, file });
  return done(ctx, newArea ? `${line}\n${t("newAreas", { areas: area })}` : line, {
    added: r.entry.id,
    file,
  });
}
