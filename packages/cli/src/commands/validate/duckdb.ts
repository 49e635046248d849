import { translator } from "@ciudata/core";
import type { TableSchema } from "@ciudata/table";
import type { Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { userPath } from "../../io";
import { localized } from "../../messages";
import { validateMessages } from "../../messages/validate";
import type { CommandContext } from "../../types";
import { pushedOutcome } from "./database";

/** Options `--engine duckdb` cannot honour yet: refused by name rather than ignored. */
const NOT_WITH_ENGINE = [
  "registry",
  "dialect",
  "profile",
  "as-of",
  "areas",
  "sheet",
  "limit",
  "pick-errors",
  "skip-errors",
] as const;

/** The encodings DuckDB's CSV reader takes, by the names `--encoding` accepts. */
const ENCODINGS: Readonly<Record<string, "utf-8" | "latin-1" | "utf-16">> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "latin-1": "latin-1",
  latin1: "latin-1",
  "iso-8859-1": "latin-1",
  "utf-16": "utf-16",
};

/**
 * `ciudata validate big.csv|data.parquet --engine duckdb --schema schema.json`: the schema's checks
 * (cells, keys, missing cells) run inside an embedded DuckDB, which reads the file itself (larger than
 * memory spills to disk); counts exact over every row, the first findings by row number, no cell value.
 */
export async function validateInDuckDB(
  target: string,
  args: ParsedArgs,
  ctx: CommandContext,
  schema: unknown,
  limit: number | undefined,
): Promise<Outcome> {
  const engine = args.flags.engine;
  if (engine !== "duckdb") throw usage("engineValue", { value: String(engine) });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /datapackage\.json$/i.test(target))
    throw usage("engineInput", { file: target });
  if (schema === undefined) throw usage("engineSchema", { file: target });
  for (const flag of NOT_WITH_ENGINE)
    if (args.flags[flag] !== undefined) throw usage("engineOption", { file: target, flag: `--${flag}` });
  const given = typeof args.flags.encoding === "string" ? args.flags.encoding.toLowerCase() : undefined;
  const encoding = given === undefined ? undefined : ENCODINGS[given];
  if (given !== undefined && encoding === undefined)
    throw usage("engineOption", { file: target, flag: `--encoding ${args.flags.encoding}` });
  const { checkInDuckDB } = await import("@ciudata/quality/node");
  const result = await checkInDuckDB(userPath(ctx, target), schema as TableSchema, {
    limit: limit ?? 100,
    ...(encoding === undefined ? {} : { encoding }),
  });
  const w = translator(validateMessages, ctx.lang).t;
  return pushedOutcome(result, result.findings, ctx, schema as TableSchema, {
    source: target,
    title: w("engineTitle", { file: target }),
    summary: (errors) => w("engineSummary", { rows: result.rows, errors, file: target }),
    place: w("databaseKey"),
    limit: limit ?? 100,
  });
}

function usage(key: "engineValue", p: { value: string }): UsageError;
function usage(key: "engineInput" | "engineSchema", p: { file: string }): UsageError;
function usage(key: "engineOption", p: { file: string; flag: string }): UsageError;
function usage(key: "engineValue" | "engineInput" | "engineSchema" | "engineOption", p: object): UsageError {
  const message =
    key === "engineValue"
      ? localized(validateMessages, key, p as { value: string })
      : key === "engineOption"
        ? localized(validateMessages, key, p as { file: string; flag: string })
        : localized(validateMessages, key, p as { file: string });
  return new UsageError({ kind: "custom", message });
}
