import { rename, rm, writeFile } from "node:fs/promises";
import { CiudataError } from "@ciudata/core";
import { type DuckDBModule, loadDuckDB } from "@ciudata/linkage/node";
import {
  createCaster,
  type Field,
  type FieldType,
  isCastFailure,
  isOpenedSource,
  type RawRow,
} from "@ciudata/table";
import { assertNotInput, registerTemp, releaseTemp, tempPath } from "@ciudata/table/node";
import type { CommandContext } from "../../declare";
import { firstLine, UsageError } from "../../errors";
import { openInput, userPath } from "../../io";
import { localized } from "../../messages";
import { extractMessages } from "../../messages/extract";
import type { CastTally } from "./tally";
import type { RowSource } from "./types";

// Parquet through DuckDB embedded (`@duckdb/node-api`), loaded only when a Parquet file is read or
// written: the other formats never load it.

/** The Parquet (DuckDB) type of each Table Schema type; every other type is written as text. */
const PARQUET_TYPES: Partial<Record<FieldType, string>> = {
  integer: "BIGINT",
  number: "DOUBLE",
  boolean: "BOOLEAN",
  date: "DATE",
};

/**
 * The Parquet type a field is written as: integer → BIGINT, number → DOUBLE, boolean → BOOLEAN,
 * date → DATE, anything else → VARCHAR (its text as it is).
 *
 * @example
 * ```ts
 * parquetType({ name: "edad", type: "integer" }); //=> "BIGINT"
 * ```
 */
export function parquetType(field: Pick<Field, "type">): string {
  return PARQUET_TYPES[field.type] ?? "VARCHAR";
}

/** The Table Schema type of a DuckDB column type (`BIGINT` → integer, `DECIMAL(10,2)` → number…). */
function schemaType(duckType: string): FieldType {
  if (
    /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(duckType)
  )
    return "integer";
  if (/^(FLOAT|DOUBLE|DECIMAL)/.test(duckType)) return "number";
  if (duckType === "BOOLEAN") return "boolean";
  if (duckType === "DATE") return "date";
  return "string";
}

const sqlText = (s: string): string => `'${s.replaceAll("'", "''")}'`;

async function duckdb(): Promise<DuckDBModule> {
  try {
    return await loadDuckDB();
  } catch (cause) {
    if (!(cause instanceof CiudataError)) throw cause;
    throw new UsageError({ kind: "custom", message: localized(extractMessages, "duckdbMissing") }, { cause });
  }
}

/** A DuckDB failure on `path` (a file that is not Parquet, a value out of range…) as a usage error. */
function parquetError(path: string, cause: unknown): UsageError {
  const detail = firstLine(cause);
  return new UsageError(
    { kind: "custom", message: localized(extractMessages, "parquetFailed", { path, detail }) },
    { cause },
  );
}

/** A DuckDB value as a text cell: `null` is an empty (missing) cell; dates and decimals as DuckDB writes them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/**
 * Opens a Parquet file as a {@link RowSource}: its columns and their types (DuckDB's, as Table Schema types),
 * its rows streamed chunk by chunk as text cells.
 *
 * @example
 * ```ts
 * const source = await readParquet(ctx, "padron.parquet");
 * ```
 */
export async function readParquet(ctx: CommandContext, path: string): Promise<RowSource> {
  // A missing file or a folder is the same located message as for any input.
  const opened = await openInput(path, ctx);
  // Breaking out of the first chunk closes the file (a generator never started would keep it open).
  if (isOpenedSource(opened)) for await (const _ of opened.chunks) break;
  const { DuckDBInstance } = await duckdb();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const close = async (): Promise<void> => {
    connection.closeSync();
    instance.closeSync();
  };
  let result: Awaited<ReturnType<typeof connection.stream>>;
  try {
    result = await connection.stream(`SELECT * FROM read_parquet(${sqlText(userPath(ctx, path))})`);
  } catch (cause) {
    await close();
    throw parquetError(path, cause);
  }
  const names = result.columnNames();
  const fields = result
    .columnTypes()
    .map((t, i) => ({ name: names[i] as string, type: schemaType(String(t)) }));
  async function* batches(): AsyncGenerator<readonly RawRow[]> {
    let rowNumber = 0;
    try {
      for await (const rows of result.yieldRows())
        yield rows.map((values) => ({ rowNumber: ++rowNumber, cells: values.map(cellText) }));
    } finally {
      await close();
    }
  }
  return { names, fields: fields as Field[], origin: "parquet", missingValues: [""], batches, close };
}

/** What {@link writeParquet} needs besides the rows. */
export interface ParquetPlan {
  readonly names: readonly string[];
  readonly fields: readonly Field[];
  readonly missingValues: readonly string[];
  /** Cells that do not cast to their column's Parquet type are counted here; any of them stops the write. */
  readonly tally: CastTally;
  /** Files the output must never be. */
  readonly inputs: readonly string[];
}

/** A staging CSV cell: `null` unquoted and empty, any text quoted (so `""` is an empty text, not null). */
const staged = (value: string | null): string => (value === null ? "" : `"${value.replaceAll('"', '""')}"`);

/** The rows as the staging CSV DuckDB reads: values cast by their field, in canonical text. */
async function* stagingPieces(plan: ParquetPlan, rows: AsyncIterable<RawRow>): AsyncGenerator<string> {
  const convert = plan.fields.map((field, j): ((cell: string, row: number) => string | null) => {
    const cast = createCaster(field, { missingValues: plan.missingValues });
    if (parquetType(field) === "VARCHAR") return (cell) => (cast(cell) === null ? null : cell);
    return (cell, row) => {
      const value = cast(cell);
      if (value === null) return null;
      if (isCastFailure(value)) {
        plan.tally.add(plan.names[j] as string, field.type, row);
        return null;
      }
      return String(value);
    };
  });
  // Joined into chunks of about 64 KiB: one write per chunk, not one per row.
  let chunk = `${plan.names.map((n) => staged(n)).join(",")}\n`;
  for await (const row of rows) {
    for (let j = 0; j < convert.length; j++)
      chunk +=
        (j ? "," : "") +
        staged((convert[j] as (c: string, r: number) => string | null)(row.cells[j] ?? "", row.rowNumber));
    chunk += "\n";
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/**
 * Writes rows to a Parquet file, typed by their fields ({@link parquetType}): the rows are cast and staged
 * as a temporary CSV beside the output, which DuckDB reads with those types and copies to a temporary
 * Parquet file, renamed over `out` at the end. A cell that does not cast stops the write (counted and
 * located, nothing written): Parquet holds one type per column. Returns the Parquet type of each column.
 *
 * @example
 * ```ts
 * await writeParquet(ctx, "padron.parquet", plan, rows); //=> ["BIGINT", "VARCHAR", "DATE"]
 * ```
 */
export async function writeParquet(
  ctx: CommandContext,
  out: string,
  plan: ParquetPlan,
  rows: AsyncIterable<RawRow>,
): Promise<string[]> {
  const target = userPath(ctx, out);
  assertNotInput(
    target,
    plan.inputs.map((p) => userPath(ctx, p)),
  );
  const { DuckDBInstance } = await duckdb();
  const staging = tempPath(target, "part");
  const tmp = tempPath(target);
  registerTemp(staging);
  registerTemp(tmp);
  try {
    await writeFile(staging, stagingPieces(plan, rows));
    if (plan.tally.total > 0) return [];
    const types = plan.fields.map(parquetType);
    const columns = plan.names.map((n, j) => `${sqlText(n)}: ${sqlText(types[j] as string)}`).join(", ");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(
        `COPY (SELECT * FROM read_csv(${sqlText(staging)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, allow_quoted_nulls = false, columns = {${columns}})) TO ${sqlText(tmp)} (FORMAT parquet)`,
      );
    } catch (cause) {
      throw parquetError(out, cause);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    await rename(tmp, target);
    return types;
  } finally {
    await rm(staging, { force: true });
    await rm(tmp, { force: true });
    releaseTemp(staging);
    releaseTemp(tmp);
  }
}
