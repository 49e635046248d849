import { type Check, tableError } from "@ciudata/table";

/** Options of {@link tableDimensions}: exact, minimum and maximum numbers of rows and fields. */
export interface TableDimensionsOptions {
  numRows?: number;
  minRows?: number;
  maxRows?: number;
  numFields?: number;
  minFields?: number;
  maxFields?: number;
}

/**
 * `table-dimensions`: the table has the expected number of rows and fields (frictionless-py's
 * `table_dimensions`). Fields are checked at the start (schema fields), rows at the end. A limit of 0
 * means none, as in frictionless.
 *
 * @example
 * ```ts
 * await validate(csv, { checks: [tableDimensions({ minRows: 100, numFields: 12 })] });
 * // table-dimensions: "number of rows is 3, the minimum is 100"
 * ```
 */
export function tableDimensions(options: TableDimensionsOptions): Check {
  let rows = 0;
  const error = (
    what: "rows" | "fields",
    actual: number,
    bound: "required" | "minimum" | "maximum",
    limit: number,
  ) =>
    tableError("table-dimensions", {
      note: `number of ${what} is ${actual}, the ${bound} is ${limit}`,
      params: { what, actual, bound, limit, expected: limit, received: actual },
    });
  return {
    name: "table-dimensions",
    onStart(ctx) {
      const n = ctx.schema.fields.length;
      const { numFields, minFields, maxFields } = options;
      if (numFields && n !== numFields) ctx.report(error("fields", n, "required", numFields));
      if (minFields && n < minFields) ctx.report(error("fields", n, "minimum", minFields));
      if (maxFields && n > maxFields) ctx.report(error("fields", n, "maximum", maxFields));
    },
    onRow() {
      rows++;
    },
    onFinish(ctx) {
      const { numRows, minRows, maxRows } = options;
      if (numRows && rows !== numRows) ctx.report(error("rows", rows, "required", numRows));
      if (minRows && rows < minRows) ctx.report(error("rows", rows, "minimum", minRows));
      if (maxRows && rows > maxRows) ctx.report(error("rows", rows, "maximum", maxRows));
    },
  };
}
