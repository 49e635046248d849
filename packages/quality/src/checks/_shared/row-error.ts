import {
  type CheckContext,
  type RowView,
  type TableError,
  type TableErrorInit,
  tableError,
} from "@ciudata/table";

/** An error about a whole row, carrying its cells (masked) as frictionless' `RowError.cells`. */
export type RowError = TableError & { cells: string[]; [extra: string]: unknown };

/**
 * A row-level error (`fieldNumber` null) with the row's cells, masked unless the caller revealed them.
 *
 * @example
 * ```ts
 * ctx.report(rowError("duplicate-row", row, ctx, { note: 'the same as row at position "2"' }));
 * ```
 */
export function rowError(type: string, row: RowView, ctx: CheckContext, init: TableErrorInit = {}): RowError {
  return {
    ...tableError(type, { rowNumber: row.rowNumber, ...init }),
    cells: row.cells.map((c, i) => ctx.mask(c, i)),
  };
}

/**
 * A cell-level error at column `index` (0-based) of the data, as frictionless' `CellError.from_row`.
 *
 * @example
 * ```ts
 * ctx.report(cellError("forbidden-value", row, ctx, 0, { note: "forbidden" }));
 * ```
 */
export function cellError(
  type: string,
  row: RowView,
  ctx: CheckContext,
  index: number,
  init: TableErrorInit = {},
): RowError {
  const cell = row.cells[index] ?? "";
  return {
    ...tableError(type, {
      rowNumber: row.rowNumber,
      fieldNumber: index + 1,
      fieldName: ctx.fields[index]?.name ?? null,
      cell: ctx.mask(cell, index),
      ...init,
    }),
    cells: row.cells.map((c, i) => ctx.mask(c, i)),
  };
}

/**
 * A `check-error`: the check cannot run as configured (e.g. its field does not exist). frictionless
 * reports it once, at the start, and disables the check.
 *
 * @example
 * ```ts
 * ctx.report(checkError('forbidden value check requires field "edad"', { fieldName: "edad" }));
 * ```
 */
export function checkError(note: string, params: Record<string, string | number | null> = {}): TableError {
  return tableError("check-error", { tags: ["#check"], note, params });
}

/**
 * The 0-based column of a field in the data, or -1.
 *
 * @example
 * ```ts
 * fieldIndex(ctx, "edad"); //=> 2
 * ```
 */
export function fieldIndex(ctx: CheckContext, name: string): number {
  return ctx.fields.findIndex((f) => f.name === name);
}

/**
 * The 0-based column of the field a check needs, or -1 after reporting `checkError(note)` (with
 * `params.fieldName`) when the data has no such field.
 *
 * @example
 * ```ts
 * onStart(ctx) { index = requiredFieldIndex(ctx, "edad", 'forbidden value check requires field "edad"'); }
 * ```
 */
export function requiredFieldIndex(ctx: CheckContext, fieldName: string, note: string): number {
  const index = fieldIndex(ctx, fieldName);
  if (index < 0) ctx.report(checkError(note, { fieldName }));
  return index;
}

/**
 * How many characters (code points) a text has: a surrogate pair counts once.
 *
 * @example
 * ```ts
 * codePoints("a😀"); //=> 2
 * ```
 */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * The value as a JS number when it is numeric (number, bigint, Decimal), else `null`.
 *
 * @example
 * ```ts
 * toNumber(Decimal.from("1.5")); //=> 1.5
 * ```
 */
export function toNumber(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "object" && v !== null && "toNumber" in v && typeof v.toNumber === "function")
    return (v as { toNumber(): number }).toNumber();
  return null;
}
