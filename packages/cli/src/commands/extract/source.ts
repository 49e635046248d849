import { CiudataError, type Issue } from "@ciudata/core";
import { inferSchema, isOpenedSource, parseTableSchema, type RawRow } from "@ciudata/table";
import type { CommandContext } from "../../declare";
import { openInput, readJson } from "../../io";
import { openCsv } from "../link/open";
import type { TableFormat } from "./formats";
import { jsonlRows, jsonTableError, objectCells } from "./json-in";
import type { RowSource } from "./types";

/** Rows sampled to infer types when no schema is given. */
const SAMPLE = 1000;

/**
 * Opens the input of `extract` or `convert`. CSV (and any delimited text, and spreadsheets once the table
 * reader reads them) goes through the table reader: encoding, dialect, header, schema given or inferred.
 * JSON and JSONL objects become rows of text cells (types inferred from them, or from the schema given);
 * Parquet is read by DuckDB, with its own column types. A file that cannot be read is a located exit 2.
 *
 * @example
 * ```ts
 * const source = await openRows(ctx, "padron.csv", "csv", undefined);
 * ```
 */
export async function openRows(
  ctx: CommandContext,
  path: string,
  format: TableFormat,
  schema: unknown,
): Promise<RowSource> {
  if (format === "parquet") return (await import("./parquet")).readParquet(ctx, path);
  if (format === "json" || format === "jsonl") return openJson(ctx, path, format, schema);
  const table = await openCsv(ctx, path, {
    inferSample: SAMPLE,
    ...(schema === undefined ? {} : { schema }),
  });
  return {
    names: table.fields.map((f, i) => f.name || table.labels[i] || `field${i + 1}`),
    fields: table.fields,
    origin: table.schemaSource === "given" ? "given" : "inferred",
    missingValues: table.missingValues,
    batches: () => table.batches(),
    close: () => table.close(),
  };
}

/** JSON (an array of objects, read whole) or JSONL (streamed): columns from the schema or the first objects. */
async function openJson(
  ctx: CommandContext,
  path: string,
  format: "json" | "jsonl",
  schema: unknown,
): Promise<RowSource> {
  const given = schema === undefined ? null : parseTableSchema(schema);
  if (given && !given.ok) throw jsonSchemaError(given.errors);
  let sampled: Record<string, unknown>[] = [];
  let rest: AsyncIterator<{ line: number; value: Record<string, unknown> }> | null = null;
  let sampledLines: number[] = [];
  if (format === "json") {
    const data = await readJson(ctx, path);
    if (!Array.isArray(data)) throw jsonTableError(path, "");
    data.forEach((item, i) => {
      if (item === null || typeof item !== "object" || Array.isArray(item))
        throw jsonTableError(path, ` [${i}]`);
    });
    sampled = data as Record<string, unknown>[];
    sampledLines = sampled.map((_, i) => i + 1);
  } else {
    const source = await openInput(path, ctx);
    if (!isOpenedSource(source)) throw jsonTableError(path, "");
    rest = jsonlRows(source.chunks, path)[Symbol.asyncIterator]();
    while (sampled.length < SAMPLE) {
      const next = await rest.next();
      if (next.done) break;
      sampled.push(next.value.value);
      sampledLines.push(next.value.line);
    }
  }
  const names = given?.ok ? given.schema.fields.map((f) => f.name) : keysOf(sampled);
  const width = names.length;
  const toRow = (value: Record<string, unknown>, line: number): RawRow => ({
    rowNumber: line,
    cells: objectCells(value, names, path, line),
  });
  const head = sampled.map((v, i) => toRow(v, sampledLines[i] as number));
  const fields =
    given?.ok && given.schema.fields.length === width
      ? given.schema.fields
      : inferSchema({ labels: [...names], rows: head.slice(0, SAMPLE).map((r) => r.cells) }).schema.fields;
  const iterator = rest;
  async function* batches(): AsyncGenerator<readonly RawRow[]> {
    for (let i = 0; i < head.length; i += 4096) yield head.slice(i, i + 4096);
    if (!iterator) return;
    let batch: RawRow[] = [];
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      batch.push(toRow(next.value.value, next.value.line));
      if (batch.length === 4096) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  return {
    names,
    fields,
    origin: given?.ok ? "given" : "inferred",
    missingValues: given?.ok ? (given.schema.missingValues ?? [""]) : [""],
    batches,
    close: async () => {
      await iterator?.return?.();
    },
  };
}

/** The keys of the objects, in the order they first appear. */
function keysOf(objects: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const o of objects) for (const k of Object.keys(o)) keys.add(k);
  return [...keys];
}

/** An invalid schema: its own issues, located (exit 2). */
function jsonSchemaError(errors: readonly Issue[]): CiudataError {
  return new CiudataError(errors as [Issue, ...Issue[]]);
}
