// `ciudata inventory import`: rows of the spreadsheet template (through the table reader) or a portal's
// catalog, merged into the inventory; every bad row located, nothing written unless everything is right.
import { access } from "node:fs/promises";
import { type Issue, translator } from "@ciudata/core";
import { parseInventory } from "@ciudata/strategy";
import { openTable } from "@ciudata/table";
import { issueText } from "../../catalogs";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID, EXIT_USAGE } from "../../exit-codes";
import { openInput, refuseOverwrite, userPath } from "../../io";
import { inventoryMessages } from "../../messages/inventory";
import { mapHeader, rowIssue, rowToEntry } from "./columns";
import { emptyInventory, type Incoming, listInvalid, readInventory, writeInventory } from "./file";
import { done } from "./flags";
import { portalEntries } from "./portal";

/** Runs `inventory import <csv> | --from-portal <url> [--into inventory.json]`. */
export async function importInventory(
  source: string | undefined,
  args: ParsedArgs,
  ctx: CommandContext,
): Promise<Outcome> {
  const { t } = translator(inventoryMessages, ctx.lang);
  const portal = typeof args.flags["from-portal"] === "string" ? args.flags["from-portal"] : undefined;
  const into =
    typeof args.flags.into === "string"
      ? args.flags.into
      : ctx.lang === "en"
        ? "inventory.json"
        : "inventario.json";
  if (portal === undefined && source === undefined)
    throw new UsageError({ kind: "missing-argument", argument: "file" });
  if (portal !== undefined && source !== undefined)
    throw new UsageError({ kind: "extra-argument", argument: source });
  refuseOverwrite(ctx, [into], [source]);
  const incoming =
    portal !== undefined ? await portalEntries(portal, ctx) : await csvEntries(source as string, ctx);
  if ("issues" in incoming) {
    ctx.io.stderr(
      `${t("badRows", { file: source ?? "", count: incoming.issues.length })}\n${lines(incoming.issues, ctx)}\n`,
    );
    return incoming.usage ? EXIT_USAGE : EXIT_INVALID;
  }
  const existing = await access(userPath(ctx, into)).then(
    () => true,
    () => false,
  );
  let raw: Record<string, unknown>;
  if (existing) {
    const read = await readInventory(ctx, into);
    if (!read.ok) {
      listInvalid(ctx, into, read.issues);
      return EXIT_INVALID;
    }
    raw = read.raw;
  } else raw = emptyInventory(typeof args.flags.city === "string" ? args.flags.city : undefined, []);
  const merged = merge(raw, incoming);
  const checked = parseInventory(merged.raw);
  if (!checked.ok) {
    // Point each problem at the spreadsheet row it came from.
    const rowOf = incoming.entries.map((e) => e.row);
    const datasets = (merged.raw.datasets as { id?: unknown }[]).map((d) => d.id);
    const located = checked.issues.map((i) => locate(i, datasets, incoming, rowOf));
    ctx.io.stderr(
      `${t("badRows", { file: source ?? portal ?? "", count: located.length })}\n${lines(located, ctx)}\n`,
    );
    return EXIT_INVALID;
  }
  await writeInventory(ctx, into, merged.raw);
  const said = [t("imported", { file: into, added: merged.added, updated: merged.updated })];
  if (merged.newAreas.length) said.push(t("newAreas", { areas: merged.newAreas.join(", ") }));
  said.push(...incoming.notes);
  return done(ctx, said.join("\n"), {
    into,
    added: merged.added,
    updated: merged.updated,
    newAreas: merged.newAreas,
  });
}

const lines = (issues: readonly Issue[], ctx: CommandContext) =>
  issues.map((i) => `  ${issueText(i, ctx.lang)}`).join("\n");

/** An issue of the merged inventory, located at the spreadsheet row its dataset came from when there is one. */
function locate(issue: Issue, ids: unknown[], incoming: Incoming, rowOf: (number | null)[]): Issue {
  const m = /^datasets\[(\d+)\]/.exec(String(issue.params.path ?? ""));
  if (!m) return issue;
  const id = ids[Number(m[1])];
  const k = incoming.entries.findIndex((e) => e.entry.id === id);
  const row = k === -1 ? null : rowOf[k];
  return row == null ? issue : { ...issue, rowNumber: row };
}

/** Reads the template's rows through the table reader (CSV now; spreadsheets when the reader reads them). */
async function csvEntries(
  source: string,
  ctx: CommandContext,
): Promise<Incoming | { issues: Issue[]; usage: boolean }> {
  const table = await openTable(await openInput(source, ctx));
  if (table.stopped) {
    await table.close();
    throw new UsageError({ kind: "issue", issue: table.issues[0] as Issue });
  }
  const header = mapHeader(table.labels);
  if (header.issues.length) {
    await table.close();
    return { issues: header.issues, usage: true };
  }
  const incoming: Incoming = { entries: [], areas: new Map(), notes: [] };
  const issues: Issue[] = [];
  const firstRow = new Map<string, number>();
  const idColumn = header.keys.indexOf("id");
  for await (const { rowNumber, cells } of table.rows()) {
    if (cells.every((c) => c.trim() === "")) continue;
    const r = rowToEntry(cells, header.keys, table.labels, rowNumber);
    issues.push(...r.issues);
    const id = r.entry.id as string | undefined;
    if (id !== undefined && firstRow.has(id))
      issues.push(
        rowIssue(
          "inventory/import-row",
          { row: rowNumber, column: idColumn + 1, name: table.labels[idColumn] ?? "id" },
          "unique-dataset-id",
          id,
        ),
      );
    else if (id !== undefined) firstRow.set(id, rowNumber);
    incoming.entries.push({ entry: r.entry, row: rowNumber });
    const area = r.entry.orgUnitId as string | undefined;
    if (area !== undefined && !incoming.areas.has(area)) incoming.areas.set(area, r.areaName ?? area);
  }
  return issues.length ? { issues, usage: false } : incoming;
}

/** Adds new datasets and replaces the metadata of known ones, keeping their review history; adds new areas. */
function merge(
  raw: Record<string, unknown>,
  incoming: Incoming,
): { raw: Record<string, unknown>; added: number; updated: number; newAreas: string[] } {
  const datasets = [...((raw.datasets as Record<string, unknown>[] | undefined) ?? [])];
  const orgUnits = [...((raw.orgUnits as Record<string, unknown>[] | undefined) ?? [])];
  let added = 0;
  let updated = 0;
  for (const { entry } of incoming.entries) {
    const at = datasets.findIndex((d) => d.id === entry.id);
    if (at === -1) {
      datasets.push(entry);
      added++;
    } else {
      const before = datasets[at] as Record<string, unknown>;
      datasets[at] = { ...before, ...entry, ...(before.reviews ? { reviews: before.reviews } : {}) };
      updated++;
    }
  }
  const newAreas: string[] = [];
  for (const [id, name] of incoming.areas) {
    const at = orgUnits.findIndex((u) => u.id === id);
    const known = orgUnits[at] as { name?: { es?: string } } | undefined;
    if (!known) {
      orgUnits.push({ id, name: { es: name }, kind: "area" });
      newAreas.push(id);
      // An area still named by its id takes the name the source gives it.
    } else if (known.name?.es === id && name !== id)
      orgUnits[at] = { ...known, name: { ...known.name, es: name } };
  }
  return { raw: { ...raw, orgUnits, datasets }, added, updated, newAreas };
}
