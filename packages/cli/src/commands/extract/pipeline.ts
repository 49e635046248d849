import { translator } from "@ciudata/core";
import { personalFields } from "@ciudata/privacy";
import { EvaluationError, evaluate, isTruthy, toValue, type Value } from "@ciudata/quality";
import { createCaster, type Field, isCastFailure, type RawRow } from "@ciudata/table";
import type { CommandContext } from "../../declare";
import { UsageError } from "../../errors";
import { writeOutput } from "../../io";
import { perLang } from "../../messages";
import { extractMessages } from "../../messages/extract";
import { isPlaceName } from "../_masking";
import type { TableFormat } from "./formats";
import { pickColumns, type Where } from "./select";
import { CastTally, RowTally } from "./tally";
import type { RowSource } from "./types";
import { csvPieces, jsonlPieces, jsonPieces, type TextPlan } from "./write";
import { writeXlsx } from "./xlsx";

/** What to export and where. */
export interface ExportOptions {
  /** The columns asked for (`--columns`), in order; all when absent. */
  readonly columns?: readonly string[] | undefined;
  readonly where?: Where | undefined;
  readonly limit?: number | undefined;
  readonly offset: number;
  readonly format: TableFormat;
  /** Write JSON and JSONL values with their types (Parquet always is). */
  readonly typed: boolean;
  /** The output file; standard output when absent (text formats only). */
  readonly out?: string | undefined;
  /** The files the output must never be. */
  readonly inputs: readonly string[];
  readonly escapeFormulas: boolean;
  /** Do not warn about personal columns. */
  readonly yesPersonal: boolean;
}

/** What an export did, counted over every row read. */
export interface ExportResult {
  /** Rows read from the input (all of them, unless `--limit` stopped the read early). */
  read: number;
  /** Rows written. */
  written: number;
  /** Cells that did not cast to their type. */
  casts: CastTally;
  /** Rows `--where` could not be evaluated on (left out). */
  whereFailed: RowTally;
  /** `column: type` of each column written, when types were used. */
  types: string[];
}

/** Rows looked at by the privacy scan before anything is written. */
const PRIVACY_SAMPLE = 200;
/** Rows read before anything is written (the rows types are inferred from). */
const SAMPLE = 1000;

/**
 * Exports a table: checks the columns asked for and those `--where` uses (a located usage error listing
 * the columns, nothing written), warns on standard error when a column written looks personal (unless
 * `yesPersonal`), then streams the rows that pass the filter, after `offset`, up to `limit`, in the format
 * asked, atomically to `out` or to standard output.
 *
 * @example
 * ```ts
 * const result = await exportTable(ctx, source, { format: "jsonl", typed: true, offset: 0, inputs: [file], escapeFormulas: true, yesPersonal: false });
 * ```
 */
export async function exportTable(
  ctx: CommandContext,
  source: RowSource,
  options: ExportOptions,
): Promise<ExportResult> {
  const picked = pickColumns(source.names, options.columns, "--columns");
  if (options.where) pickColumns(source.names, options.where.names, "--where");
  const names = picked.map((i) => source.names[i] as string);
  let fields = picked.map((i) => source.fields[i] as Field);
  const result: ExportResult = {
    read: 0,
    written: 0,
    casts: new CastTally(),
    whereFailed: new RowTally(),
    types: [],
  };

  const { head, rest } = await peek(source.batches(), SAMPLE);
  // An inferred type that cells of the sample do not have (inference tolerates a few) is not forced on
  // them: the column is written as text, and the user is told which cells made it so.
  if (source.origin === "inferred" && (options.typed || options.format === "parquet")) {
    const relaxed = relax(fields, names, head, picked, source.missingValues);
    fields = relaxed.fields;
    for (const line of relaxed.tally.lines(ctx.lang))
      ctx.io.stderr(`${line}${translator(extractMessages, ctx.lang).t("relaxed")}\n`);
  }
  if (!options.yesPersonal) {
    const personal = personalFields(
      names,
      head.slice(0, PRIVACY_SAMPLE).map((r) => picked.map((i) => r.cells[i] ?? "")),
      undefined,
      isPlaceName,
    );
    if (personal.length > 0)
      ctx.io.stderr(
        `${translator(extractMessages, ctx.lang).t("personal", { columns: personal.join(", ") })}\n`,
      );
  }
  const rows = selectRows(source, head, rest, picked, options, result);
  const text: TextPlan = {
    names,
    fields: options.typed ? fields : null,
    missingValues: source.missingValues,
    tally: result.casts,
    escapeFormulas: options.escapeFormulas,
  };
  if (options.typed || options.format === "parquet")
    result.types = fields.map((f, j) => `${names[j]}: ${f.type}`);

  if (options.format === "parquet") {
    const { writeParquet } = await import("./parquet");
    const plan = {
      names,
      fields,
      missingValues: source.missingValues,
      tally: result.casts,
      inputs: options.inputs,
    };
    const types = await writeParquet(ctx, options.out as string, plan, rows);
    if (result.casts.total > 0)
      throw new UsageError({
        kind: "custom",
        message: perLang((lang) =>
          [...result.casts.lines(lang), translator(extractMessages, lang).t("castRefused")].join("\n"),
        ),
      });
    result.types = types.map((t, j) => `${names[j]}: ${t}`);
    return result;
  }
  if (options.format === "xlsx") {
    const all: string[][] = [];
    for await (const row of rows) all.push(row.cells);
    await writeOutput(ctx, options.out as string, writeXlsx(names, all), { inputs: options.inputs });
    return result;
  }
  const pieces =
    options.format === "json"
      ? jsonPieces(text, rows)
      : options.format === "jsonl"
        ? jsonlPieces(text, rows)
        : csvPieces(text, rows);
  if (options.out !== undefined) await writeOutput(ctx, options.out, pieces, { inputs: options.inputs });
  else await toStdout(ctx, pieces);
  return result;
}

/** The fields with every typed one that a sampled cell does not cast to made `string`, and those cells. */
function relax(
  fields: readonly Field[],
  names: readonly string[],
  head: readonly RawRow[],
  picked: readonly number[],
  missingValues: readonly string[],
): { fields: Field[]; tally: CastTally } {
  const tally = new CastTally();
  const out = fields.map((field, j) => {
    if (field.type === "string") return field;
    const cast = createCaster(field, { missingValues });
    let failed = false;
    for (const row of head)
      if (isCastFailure(cast(row.cells[picked[j] as number] ?? ""))) {
        tally.add(names[j] as string, field.type, row.rowNumber);
        failed = true;
      }
    return failed ? ({ name: field.name, type: "string" } as Field) : field;
  });
  return { fields: out, tally };
}

/** The first `n` rows (or all, when fewer), and an iterator over the batches after them. */
async function peek(
  batches: AsyncIterable<readonly RawRow[]>,
  n: number,
): Promise<{ head: RawRow[]; rest: AsyncIterator<readonly RawRow[]> }> {
  const rest = batches[Symbol.asyncIterator]();
  const head: RawRow[] = [];
  while (head.length < n) {
    const next = await rest.next();
    if (next.done) break;
    head.push(...next.value);
  }
  return { head, rest };
}

/**
 * The rows to write, with the columns picked: those `--where` keeps (evaluated on typed values: a cell
 * that does not cast is compared as its text), after `offset`, up to `limit`; the read stops at the limit.
 */
async function* selectRows(
  source: RowSource,
  head: readonly RawRow[],
  rest: AsyncIterator<readonly RawRow[]>,
  picked: readonly number[],
  options: ExportOptions,
  result: ExportResult,
): AsyncGenerator<RawRow> {
  const keep = options.where ? filter(source, options.where, result.whereFailed) : () => true;
  let skipped = 0;
  const take = (row: RawRow): RawRow | null => {
    result.read++;
    if (!keep(row)) return null;
    if (skipped < options.offset) {
      skipped++;
      return null;
    }
    result.written++;
    return { rowNumber: row.rowNumber, cells: picked.map((i) => row.cells[i] ?? "") };
  };
  const done = () => options.limit !== undefined && result.written >= options.limit;
  try {
    if (done()) return;
    for (const row of head) {
      const out = take(row);
      if (out) yield out;
      if (done()) return;
    }
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      for (const row of next.value) {
        const out = take(row);
        if (out) yield out;
        if (done()) return;
      }
    }
  } finally {
    await rest.return?.();
  }
}

/** Whether a row passes `--where`; rows it cannot be evaluated on are left out and counted. */
function filter(source: RowSource, where: Where, failed: RowTally): (row: RawRow) => boolean {
  const index = new Map<string, number>();
  source.names.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  const casters = source.fields.map((f) => createCaster(f, { missingValues: source.missingValues }));
  let cells: readonly string[] = [];
  const lookup = (name: string): Value | undefined => {
    const i = index.get(name);
    if (i === undefined) return undefined;
    const cell = cells[i] ?? "";
    const value = (casters[i] as (c: string) => unknown)(cell);
    return isCastFailure(value) ? cell : toValue(value);
  };
  return (row) => {
    cells = row.cells;
    try {
      return isTruthy(evaluate(where.node, lookup));
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      failed.add(row.rowNumber);
      return false;
    }
  };
}

/** Text pieces to standard output, in writes of about 64 KiB. */
async function toStdout(ctx: CommandContext, pieces: AsyncIterable<string>): Promise<void> {
  let buffer = "";
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= 65_536) {
      ctx.io.stdout(buffer);
      buffer = "";
    }
  }
  if (buffer) ctx.io.stdout(buffer);
}
