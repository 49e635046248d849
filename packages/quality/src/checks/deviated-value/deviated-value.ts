import { type Check, tableError } from "@ciudata/table";
import { checkError, fieldIndex, mean, median, mode, NumberBuffer, stdev, toNumber } from "../_shared";

const AVERAGES = { mean, median, mode } as const;

/** Options of {@link deviatedValue}. */
export interface DeviatedValueOptions {
  /** The numeric field to check. */
  fieldName: string;
  /** How many standard deviations from the average are accepted (default 3). */
  interval?: number;
  /** The average: `"mean"` (default), `"median"` or `"mode"`. */
  average?: "mean" | "median" | "mode";
}

/**
 * `deviated-value`: values outside `average ± interval × stdev` (sample stdev) of a numeric field, an
 * outlier signal (frictionless-py's `deviated_value`). Reported at the end, one error per value.
 * A missing or non-numeric field is a `check-error`.
 *
 * @example
 * ```ts
 * await validate("temperatura\n1\n-2\n7\n100\n", { checks: [deviatedValue({ fieldName: "temperatura", average: "median" })] });
 * ```
 */
export function deviatedValue(options: DeviatedValueOptions): Check {
  const { fieldName, interval = 3, average = "mean" } = options;
  const values = new NumberBuffer();
  const rows = new NumberBuffer();
  let index = -1;
  return {
    name: "deviated-value",
    onStart(ctx) {
      index = fieldIndex(ctx, fieldName);
      const type = ctx.fields[index]?.type;
      if (index < 0)
        ctx.report(checkError(`deviated value check requires field "${fieldName}" to exist`, { fieldName }));
      else if (type !== "integer" && type !== "number") {
        ctx.report(
          checkError(`deviated value check requires field "${fieldName}" to be numeric`, { fieldName }),
        );
        index = -1;
      }
      if (!(average in AVERAGES)) {
        ctx.report(checkError('deviated value check supports only average functions "mean, median, mode"'));
        index = -1;
      }
    },
    onRow(row) {
      if (index < 0) return;
      const v = toNumber(row.values[index]);
      if (v === null) return;
      values.push(v);
      rows.push(row.rowNumber);
    },
    onFinish(ctx) {
      if (index < 0 || values.length < 2) return;
      const xs = values.values();
      const sd = stdev(xs);
      const center = AVERAGES[average](xs);
      const minimum = center - sd * interval;
      const maximum = center + sd * interval;
      const rowNumbers = rows.values();
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i] as number;
        if (x >= minimum && x <= maximum) continue;
        const range = `[${minimum.toFixed(2)}, ${maximum.toFixed(2)}]`;
        ctx.report(
          tableError("deviated-value", {
            fieldName,
            note: `value "${x}" in row at position "${rowNumbers[i]}" and field "${fieldName}" is deviated "${range}"`,
            params: {
              row: rowNumbers[i] ?? null,
              field: fieldName,
              received: x,
              expected: range,
              average,
              interval,
            },
          }),
        );
      }
    },
  };
}
