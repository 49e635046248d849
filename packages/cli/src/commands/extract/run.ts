import { translator } from "@ciudata/core";
import type { CommandContext, Handler, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { escapeFormulas, readJson, refuseOverwrite } from "../../io";
import { localized } from "../../messages";
import { extractMessages } from "../../messages/extract";
import { columnList } from "../_lists";
import { EXTENSION_LIST, formatOfPath, TABLE_FORMATS, type TableFormat } from "./formats";
import { type ExportOptions, type ExportResult, exportTable } from "./pipeline";
import { parseWhere } from "./select";
import { openRows } from "./source";
import type { RowSource } from "./types";

const SCHEMA_EXAMPLE = '{"fields":[{"name":"edad","type":"integer"},{"name":"barrio","type":"string"}]}';

/**
 * Runs `ciudata extract <file>`: the rows asked for (`--columns`, `--where`, `--offset`, `--limit`) as CSV,
 * JSON, JSONL or XLSX, to `--out` (atomically) or to standard output. Exit 0; 1 when cells did not cast to
 * the schema's types (written as text, reported); 2 on bad input, with nothing written.
 */
export const runExtract: Handler = async (args, ctx) => {
  const target = args.positionals[0] as string;
  const out = stringFlag(args, "out");
  const format = outputFormat(args, out);
  const limit = count(args, "limit");
  const offset = count(args, "offset") ?? 0;
  const where = typeof args.flags.where === "string" ? parseWhere(args.flags.where) : undefined;
  const schemaPath = stringFlag(args, "schema");
  refuseOverwrite(ctx, [out], [target, schemaPath]);
  const schema = schemaPath === undefined ? undefined : await readJson(ctx, schemaPath, SCHEMA_EXAMPLE);
  const source = await openRows(ctx, target, formatOfPath(target) ?? "csv", schema);
  return finish(ctx, source, {
    columns: columnList(args.flags.columns),
    where,
    limit,
    offset,
    format,
    // Without a schema, JSON keeps the text of each cell; Parquet's own types are types.
    typed: source.origin !== "inferred",
    out,
    inputs: [target, ...(schemaPath ? [schemaPath] : [])],
    escapeFormulas: escapeFormulas(args),
    yesPersonal: args.flags["yes-personal"] === true,
  });
};

/**
 * Runs `ciudata convert <in> <out>`: the whole table in the format of `<out>`'s extension, typed (by the
 * schema, Parquet's own types, or inference) in JSON, JSONL and Parquet. Same exit codes as extract.
 */
export const runConvert: Handler = async (args, ctx) => {
  const [input, out] = args.positionals as [string, string];
  const from = knownFormat(input);
  const to = knownFormat(out);
  const schemaPath = stringFlag(args, "schema");
  refuseOverwrite(ctx, [out], [input, schemaPath]);
  const schema = schemaPath === undefined ? undefined : await readJson(ctx, schemaPath, SCHEMA_EXAMPLE);
  const source = await openRows(ctx, input, from, schema);
  return finish(ctx, source, {
    offset: 0,
    format: to,
    typed: true,
    out,
    inputs: [input, ...(schemaPath ? [schemaPath] : [])],
    escapeFormulas: escapeFormulas(args),
    yesPersonal: args.flags["yes-personal"] === true,
  });
};

/** Exports, then prints the summary (standard output with `--out`, else standard error) and the warnings. */
async function finish(ctx: CommandContext, source: RowSource, options: ExportOptions): Promise<number> {
  let result: ExportResult;
  try {
    result = await exportTable(ctx, source, options);
  } finally {
    await source.close();
  }
  const { t } = translator(extractMessages, ctx.lang);
  const print = options.out === undefined ? ctx.io.stderr : ctx.io.stdout;
  const lines = [
    t("done", { written: result.written, read: result.read, target: options.out ?? t("stdout") }),
  ];
  if (result.types.length > 0) {
    const origin = t(`origin.${source.origin}`);
    lines.push(t("types", { origin, list: result.types.join(", ") }));
    // Tokens such as «N/D» or «s/d» read as missing are said, never recoded silently.
    const tokens = source.missingValues.filter((m) => m !== "");
    if (tokens.length > 0) lines.push(t("missing", { origin, list: tokens.map((m) => `«${m}»`).join(", ") }));
  }
  print(`${lines.join("\n")}\n`);
  if (result.whereFailed.count > 0) ctx.io.stderr(`${result.whereFailed.line(ctx.lang)}\n`);
  if (result.casts.total === 0) return 0;
  ctx.io.stderr(`${[...result.casts.lines(ctx.lang), t("castKept")].join("\n")}\n`);
  return 1;
}

function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === "string" ? value : undefined;
}

/** `--format`, else the extension of `--out`, else CSV; binary formats need `--out`. */
function outputFormat(args: ParsedArgs, out: string | undefined): TableFormat {
  const asked = stringFlag(args, "format") as TableFormat | undefined;
  const format = asked ?? (out === undefined ? "csv" : knownFormat(out));
  if ((format === "xlsx" || format === "parquet") && out === undefined)
    throw new UsageError({ kind: "custom", message: localized(extractMessages, "needOut", { format }) });
  return format;
}

/** The format of a file by its extension; an unknown one is a usage error listing the extensions. */
function knownFormat(path: string): TableFormat {
  const format = formatOfPath(path);
  if (format && (TABLE_FORMATS as readonly string[]).includes(format)) return format;
  throw new UsageError({
    kind: "custom",
    message: localized(extractMessages, "unsupported", { path, formats: EXTENSION_LIST }),
  });
}

/** A `--limit` or `--offset` value: a whole number from 0 up. */
function count(args: ParsedArgs, name: "limit" | "offset"): number | undefined {
  const value = stringFlag(args, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new UsageError({
      kind: "custom",
      message: localized(extractMessages, "badCount", { flag: `--${name}`, value }),
    });
  return n;
}
