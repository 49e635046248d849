import { CiudataError, maskCell, translator } from "@ciudata/core";
import { personalFields } from "@ciudata/privacy";
import type { PushedResult } from "@ciudata/quality/node";
import type { TableSchema } from "@ciudata/table";
import type { Outcome, ParsedArgs } from "../../declare";
import { firstLine, UsageError } from "../../errors";
import { localized } from "../../messages";
import { validateMessages } from "../../messages/validate";
import type { CommandContext } from "../../types";
import { isPlaceName } from "../_masking";

/** A PostgreSQL address (`postgres://` or `postgresql://`). */
export const isDatabaseUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** The address as it may be printed: no password, no query. */
const shown = (url: URL): string =>
  `${url.protocol}//${url.username ? `${url.username}@` : ""}${url.host}${url.pathname}`;

/**
 * `ciudata validate postgres://user@host/db?table=padron[&key=id] --schema schema.json`: the schema's cell
 * checks run inside PostgreSQL (read-only), counts exact over every row; the listed cells name their row
 * by `key`, masked when the key column is personal (or with `--mask-all`). The password never goes in the
 * address (it would be in the shell's history and the process list): PGPASSWORD or ~/.pgpass give it.
 */
export async function validateDatabase(
  target: string,
  args: ParsedArgs,
  ctx: CommandContext,
  schema: unknown,
  limit: number | undefined,
): Promise<Outcome> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    const { maskDatabaseUrl } = await import("@ciudata/open-data/node");
    throw usage("databaseUrl", { url: maskDatabaseUrl(target) });
  }
  // A password in the address or as `?password=` would stay in the shell's history.
  if (url.password !== "" || url.searchParams.has("password"))
    throw usage("databasePassword", { url: shown(url) });
  const table = url.searchParams.get("table");
  if (table === null || table === "") throw usage("databaseTable", { url: shown(url) });
  if (schema === undefined) throw usage("databaseSchema", { url: shown(url) });
  if (typeof args.flags.areas === "string") throw usage("databaseAreas", { url: shown(url) });
  const key = url.searchParams.get("key") ?? undefined;
  url.searchParams.delete("table");
  url.searchParams.delete("key");
  const { checkInPostgres } = await import("@ciudata/quality/node");
  let result: Awaited<ReturnType<typeof checkInPostgres>>;
  try {
    result = await checkInPostgres(url.toString(), table, schema as TableSchema, {
      ...(key === undefined ? {} : { key }),
      limit: limit ?? 100,
    });
  } catch (error) {
    if (error instanceof CiudataError) throw error;
    // The server's own words (they name the table or the login, never a cell: the checks cast nothing
    // that could fail), first line only.
    const detail = firstLine(error);
    throw new UsageError({
      kind: "custom",
      message: localized(validateMessages, "databaseFailed", { url: shown(url), table, detail }),
    });
  }
  // The keys shown only when the key column is not personal, judged on a fixed sample of the table's keys
  // (not on the failing rows listed).
  const masked =
    args.flags["mask-all"] === true ||
    (key !== undefined &&
      personalFields(
        [key],
        (result.keySample ?? []).map((k) => [k]),
        undefined,
        isPlaceName,
      ).length > 0);
  const findings = result.findings.map((f) => ({
    ...f,
    key: f.key === null ? null : masked ? maskCell(f.key) : f.key,
  }));
  const w = translator(validateMessages, ctx.lang).t;
  return pushedOutcome(result, findings, ctx, schema as TableSchema, {
    source: `${shown(url)}?table=${table}`,
    title: w("databaseTitle", { table }),
    summary: (errors) => w("databaseSummary", { rows: result.rows, errors, url: shown(url) }),
    place: key ?? w("databaseKey"),
    limit: limit ?? 100,
  });
}

/** How {@link pushedOutcome} names the source and places a finding. */
export interface PushedShown {
  source: string;
  title: string;
  summary: (errors: number) => string;
  /** The heading of the findings' first column (the key column, or "row"). */
  place: string;
  limit: number;
}

/**
 * The outcome of checks run inside an engine (PostgreSQL, DuckDB): exact counts by type, field and
 * constraint, the first findings (by key or row number, never a cell value), and what was not pushed.
 */
export function pushedOutcome(
  result: PushedResult,
  findings: readonly PushedResult["findings"][number][],
  ctx: CommandContext,
  schema: TableSchema,
  shown: PushedShown,
): Outcome {
  const w = translator(validateMessages, ctx.lang).t;
  const limit = shown.limit;
  const fieldName = (n: number) => schema.fields[n - 1]?.name ?? String(n);
  const errors = result.counts.reduce((sum, c) => sum + c.count, 0);
  const json = {
    engine: result.engine,
    source: shown.source,
    rows: result.rows,
    valid: errors === 0,
    errors,
    counts: result.counts,
    missing: result.missing,
    findings,
    notPushed: result.notPushed,
  };
  const title = shown.title;
  return {
    exitCode: errors === 0 ? 0 : 1,
    report: {
      json: () => json,
      doc: () => ({
        title,
        lang: ctx.lang,
        blocks: [
          { kind: "paragraph", text: shown.summary(errors) },
          {
            kind: "table",
            head: [w("databaseType"), w("databaseField"), w("databaseConstraint"), w("databaseCount")],
            rows: result.counts.map((c) => [
              c.type,
              c.fieldName ?? (c.fieldNames ?? []).join(", "),
              c.constraint ?? "",
              String(c.count),
            ]),
          },
          ...(findings.length === 0
            ? []
            : [
                { kind: "heading" as const, text: w("databaseFirst", { limit }) },
                {
                  kind: "table" as const,
                  head: [shown.place, w("databaseField"), w("databaseType"), w("databaseConstraint")],
                  rows: findings.map((f) => [
                    f.key ?? (f.rowNumber === null ? "" : String(f.rowNumber)),
                    f.fieldNumber === null ? (f.fieldNames ?? []).join(", ") : fieldName(f.fieldNumber),
                    f.type,
                    f.constraint ?? "",
                  ]),
                },
              ]),
          ...(result.notPushed.length === 0
            ? []
            : [
                {
                  kind: "paragraph" as const,
                  text: w("databaseNotPushed", {
                    list: result.notPushed
                      .map((n) => `${n.fieldName ? `${n.fieldName}: ` : ""}${n.name}`)
                      .join(", "),
                  }),
                },
              ]),
        ],
      }),
    },
  };
}

function usage(
  key: "databaseUrl" | "databasePassword" | "databaseTable" | "databaseSchema" | "databaseAreas",
  p: { url: string },
) {
  return new UsageError({ kind: "custom", message: localized(validateMessages, key, p) });
}
