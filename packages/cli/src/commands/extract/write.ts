import {
  createCaster,
  Decimal,
  type Field,
  formatCsvRow,
  isCastFailure,
  PlainDate,
  type RawRow,
} from "@ciudata/table";
import type { CastTally } from "./tally";

/** What the text writers need: the column names and, to write typed values, their fields. */
export interface TextPlan {
  readonly names: readonly string[];
  /** The fields to cast by (JSON and JSONL), or `null` to keep every value as text. */
  readonly fields: readonly Field[] | null;
  readonly missingValues: readonly string[];
  /** Cells that do not cast are counted here (and written as text, unchanged). */
  readonly tally: CastTally;
  /** CSV: neutralise formula-leading cells (`--no-formula-escape` turns it off). */
  readonly escapeFormulas: boolean;
}

/**
 * A cast value as JSON text: numbers exactly as written (a `Decimal` or a big integer keeps every digit),
 * dates as ISO 8601 text, objects and lists as they are; NaN and infinities, which JSON cannot hold, as text.
 *
 * @example
 * ```ts
 * jsonValue(12345678901234567890n); //=> "12345678901234567890"
 * jsonValue(PlainDate.parse("2024-03-01")); //=> '"2024-03-01"'
 * ```
 */
export function jsonValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Decimal) return value.isFinite() ? value.toString() : JSON.stringify(value.toString());
  if (typeof value === "number")
    return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  return JSON.stringify(value);
}

/** A cell that did not cast: written as its text, unchanged. */
class Kept {
  constructor(readonly text: string) {}
}

/** Casts a row's cells by the plan's fields (failures counted and kept as text), or `null` to keep text. */
function rowCaster(plan: TextPlan): ((row: RawRow) => unknown[]) | null {
  const fields = plan.fields;
  if (!fields) return null;
  const casters = fields.map((f) => createCaster(f, { missingValues: plan.missingValues }));
  return (row) =>
    casters.map((cast, j) => {
      const cell = row.cells[j] ?? "";
      const value = cast(cell);
      if (!isCastFailure(value)) return value;
      plan.tally.add(plan.names[j] as string, (fields[j] as Field).type, row.rowNumber);
      return new Kept(cell);
    });
}

/**
 * A cast value as CSV text: numbers with a point and no group separator, dates in ISO 8601, booleans as
 * `true`/`false`, objects and lists as JSON; a missing value is an empty cell.
 *
 * @example
 * ```ts
 * csvText(Decimal.parse("1234.5")); //=> "1234.5"
 * csvText(null); //=> ""
 * ```
 */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Kept) return value.text;
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && !(value instanceof Decimal) && !(value instanceof PlainDate))
    return JSON.stringify(value);
  return String(value);
}

/** A row as a JSON object (keys in column order): typed by the plan's fields, or text. */
function objectWriter(plan: TextPlan): (row: RawRow) => string {
  const keys = plan.names.map((n) => `${JSON.stringify(n)}:`);
  const cast = rowCaster(plan);
  if (!cast) return (row) => `{${keys.map((k, j) => k + JSON.stringify(row.cells[j] ?? "")).join(",")}}`;
  return (row) => {
    const values = cast(row);
    const parts = new Array<string>(keys.length);
    for (let j = 0; j < keys.length; j++) {
      const value = values[j];
      parts[j] = keys[j] + (value instanceof Kept ? JSON.stringify(value.text) : jsonValue(value));
    }
    return `{${parts.join(",")}}`;
  };
}

/**
 * The CSV text of the rows, piece by piece (header first; UTF-8, comma, CRLF as RFC 4180), for a
 * streamed write: cells as they are, or, typed, as {@link csvText} writes their values.
 *
 * @example
 * ```ts
 * await writeOutput(ctx, "salida.csv", csvPieces(plan, rows));
 * ```
 */
export async function* csvPieces(plan: TextPlan, rows: AsyncIterable<RawRow>): AsyncGenerator<string> {
  const dialect = { escapeFormulas: plan.escapeFormulas };
  const cast = rowCaster(plan);
  yield `${formatCsvRow(plan.names, dialect)}\r\n`;
  for await (const row of rows)
    yield `${formatCsvRow(cast ? cast(row).map(csvText) : row.cells, dialect)}\r\n`;
}

/**
 * The rows as a JSON array of objects, piece by piece (one object per line).
 *
 * @example
 * ```ts
 * await writeOutput(ctx, "salida.json", jsonPieces(plan, rows));
 * ```
 */
export async function* jsonPieces(plan: TextPlan, rows: AsyncIterable<RawRow>): AsyncGenerator<string> {
  const write = objectWriter(plan);
  let first = true;
  yield "[";
  for await (const row of rows) {
    yield `${first ? "\n" : ",\n"}${write(row)}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}

/**
 * The rows as JSON Lines: one object per line.
 *
 * @example
 * ```ts
 * await writeOutput(ctx, "salida.jsonl", jsonlPieces(plan, rows));
 * ```
 */
export async function* jsonlPieces(plan: TextPlan, rows: AsyncIterable<RawRow>): AsyncGenerator<string> {
  const write = objectWriter(plan);
  for await (const row of rows) yield `${write(row)}\n`;
}
