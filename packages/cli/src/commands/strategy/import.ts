// `ciudata strategy import <sheet.csv|xlsx> --out strategy.json`: a sheet of pillars, aspirations and actions
// (one row per action) turned into a strategy file; every bad row located, nothing written unless all is right.
import { access } from "node:fs/promises";
import { basename } from "node:path";
import { type Issue, labelKey, translator } from "@ciudata/core";
import {
  type ActionInput,
  BUILTIN_ROLES,
  isRealDate,
  parseStrategy,
  type StrategyDocumentInput,
  strategyTemplate,
} from "@ciudata/strategy";
import { openTable } from "@ciudata/table";
import { issueText } from "../../catalogs";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_USAGE } from "../../exit-codes";
import { openInput, userPath, writeOutput } from "../../io";
import { localized } from "../../messages";
import { strategyMessages } from "../../messages/strategy";
import { slugOf } from "../inventory/file";
import { mapSheetHeader, rowProblems, type SheetRow, sheetIssue, sheetRow, statusOf } from "./sheet";

type Owner = NonNullable<ActionInput["owners"]>[number];

/** Runs `strategy import`: reads the sheet, builds the strategy, checks it, writes it to `--out`. */
export async function importStrategy(source: string, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  if (out === undefined) throw new UsageError({ kind: "missing-value", flag: "--out" });
  if (await exists(userPath(ctx, out)))
    throw new UsageError({ kind: "custom", message: localized(strategyMessages, "exists", { file: out }) });
  const { t } = translator(strategyMessages, ctx.lang);
  const table = await openTable(await openInput(source, ctx));
  if (table.stopped) {
    await table.close();
    throw new UsageError({ kind: "issue", issue: table.issues[0] as Issue });
  }
  const header = mapSheetHeader(table.labels, ctx.lang);
  const rows: SheetRow[] = [];
  const issues: Issue[] = [...header.issues];
  if (!header.issues.length) {
    const firstRow = new Map<string, number>();
    for await (const { rowNumber, cells } of table.rows()) {
      if (cells.every((c) => c.trim() === "")) continue;
      const r = sheetRow(cells, header.keys, table.labels, rowNumber);
      issues.push(...rowProblems(r, header.keys, ctx.lang, isRealDate));
      const id = r.values.id;
      if (id !== undefined && firstRow.has(id))
        issues.push(
          sheetIssue(
            "strategy/import-row",
            r.at.id ?? { row: rowNumber, column: null, name: "id" },
            "unique-id",
            id,
            t("hint.duplicate", { row: firstRow.get(id) as number }),
          ),
        );
      else if (id !== undefined) firstRow.set(id, rowNumber);
      rows.push(r);
    }
  } else await table.close();
  if (!issues.length && !rows.length)
    issues.push(
      sheetIssue(
        "strategy/import-row",
        { row: 2, column: null, name: null },
        "rows",
        undefined,
        t("hint.required"),
      ),
    );
  if (issues.length) return fail(ctx, source, issues);

  const city = typeof args.flags.city === "string" ? args.flags.city : undefined;
  const built = build(rows, city, basename(source).replace(/\.[^.]+$/, ""));
  const parsed = parseStrategy(built.doc);
  if (!parsed.ok) {
    // Anything the row checks let through (an id too long…) is still refused, located in the file built.
    return fail(
      ctx,
      source,
      parsed.issues.filter((i) => i.severity === "error"),
    );
  }
  await writeOutput(ctx, out, `${JSON.stringify(built.doc, null, 2)}\n`, { inputs: [source] });
  const said = [
    t("imported", {
      file: out,
      pillars: built.doc.pillars.length,
      actions: built.doc.actions?.length ?? 0,
    }),
  ];
  // Owners are read from words: say what was guessed, so the steward can check it.
  if (built.guessed.length)
    said.push(
      t("ownersGuessed", {
        owners: built.guessed
          .map((g) => t(g.kind === "committee" ? "ownerCommittee" : "ownerPerson", g))
          .join("; "),
      }),
    );
  said.push(t("importNext", { file: out }));
  ctx.io.stdout(`${said.join("\n")}\n`);
  return 0;
}

function fail(ctx: CommandContext, source: string, issues: readonly Issue[]): number {
  const { t } = translator(strategyMessages, ctx.lang);
  const listed = issues.map((i) => `  ${issueText(i, ctx.lang)}`).join("\n");
  ctx.io.stderr(`${t("badRows", { file: source, count: issues.length })}\n${listed}\n`);
  return EXIT_USAGE;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Role names in every language (folded) to their ids, for owners written as words. */
const ROLE_BY_NAME = new Map<string, string>();
for (const [id, names] of Object.entries(BUILTIN_ROLES)) {
  ROLE_BY_NAME.set(labelKey(id), id);
  for (const name of Object.values(names)) ROLE_BY_NAME.set(labelKey(name), id);
}
ROLE_BY_NAME.set("data_champions", "data-champion");
ROLE_BY_NAME.set("data_champion", "data-champion");

/** An owner read from a word of the sheet: a committee or a person, with the id it got. */
interface GuessedOwner {
  word: string;
  kind: "committee" | "person";
  id: string;
}

/** The strategy the rows describe, on the template's city, governance and placeholders; and the owners guessed. */
function build(
  rows: readonly SheetRow[],
  city: string | undefined,
  name: string,
): { doc: StrategyDocumentInput & { actions: ActionInput[] }; guessed: GuessedOwner[] } {
  // The period runs from the first start or deadline month to the last one.
  const months = rows
    .flatMap((r) => [...(r.values.deadline ?? "").split("/"), (r.values.start ?? "").slice(0, 7)])
    .map((m) => m.trim())
    .filter(Boolean)
    .sort();
  const from = months[0] ?? "2025-01";
  const base = strategyTemplate({ ...(city ? { city } : {}), from });
  const baseCommittees = new Set((base.committees ?? []).map((c) => c.id));
  const pillars: NonNullable<StrategyDocumentInput["pillars"]>[number][] = [];
  const aspirationIds = new Map<string, Map<string, string>>();
  const people = new Map<string, string>();
  const committees = new Map<string, string>();
  const guessed: GuessedOwner[] = [];
  const ownerOf = (word: string): Owner => {
    const key = labelKey(word);
    const role = ROLE_BY_NAME.get(key);
    if (role) return { kind: "role", id: role };
    if (/comit|^cgd$/.test(key)) {
      const id = committees.get(word) ?? slugOf(word);
      if (baseCommittees.has(id)) return { kind: "committee", id };
      if (!committees.has(word)) guessed.push({ word, kind: "committee", id });
      committees.set(word, id);
      return { kind: "committee", id };
    }
    const id = people.get(word) ?? slugOf(word);
    if (!people.has(word)) guessed.push({ word, kind: "person", id });
    people.set(word, id);
    return { kind: "person", id };
  };
  const actions: ActionInput[] = rows.map((r) => {
    const v = r.values;
    const pillarTitle = v.pillar as string;
    const pillarId = slugOf(pillarTitle);
    if (!pillars.some((p) => p.id === pillarId)) {
      pillars.push({
        id: pillarId,
        order: pillars.length + 1,
        title: { es: pillarTitle },
        aspiration: { es: v.aspiration ?? "[…]" },
        aspirations: [],
      });
      aspirationIds.set(pillarId, new Map());
    }
    let aspirationId: string | undefined;
    if (v.aspiration) {
      const known = aspirationIds.get(pillarId) as Map<string, string>;
      aspirationId = known.get(v.aspiration) ?? `${pillarId}-${known.size + 1}`;
      if (!known.has(v.aspiration)) {
        known.set(v.aspiration, aspirationId);
        pillars
          .find((p) => p.id === pillarId)
          ?.aspirations?.push({ id: aspirationId, text: { es: v.aspiration } });
      }
    }
    const owners = (v.owners ?? "")
      .split(/[;|\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const status = v.status === undefined ? undefined : statusOf(v.status);
    return {
      id: v.id as string,
      pillarId,
      ...(aspirationId ? { aspirationId } : {}),
      title: { es: v.title as string },
      owners: owners.map(ownerOf),
      ...(v.deadline ? { deadline: v.deadline.replace(/\s+/g, "") } : {}),
      ...(v.start ? { startDate: v.start } : {}),
      // A status a sheet gives has no date: it is the action's stated status, shown as such and never stale.
      ...(status && status !== "not_started" ? { statedStatus: status } : {}),
      asWritten: {
        ...(v.status ? { status: v.status } : {}),
        ...(v.owners ? { owners: v.owners } : {}),
        ...(v.deadline ? { deadline: v.deadline } : {}),
      },
    };
  });
  const doc = {
    ...base,
    people: [...(base.people ?? []), ...[...people].map(([n, id]) => ({ id, name: n }))],
    committees: [...(base.committees ?? []), ...[...committees].map(([n, id]) => ({ id, name: { es: n } }))],
    strategy: {
      ...base.strategy,
      ...(city ? {} : { title: { es: name } }),
      period: { from, to: months.at(-1) ?? from },
    },
    pillars,
    actions,
    // The template's sections point at its own actions: kept, without those links.
    trainingPlans: (base.trainingPlans ?? []).map((p) => ({ ...p, actionIds: [] })),
  };
  return { doc: doc as StrategyDocumentInput & { actions: ActionInput[] }, guessed };
}
