import { type Check, tableError } from "@ciudata/table";
import { codePoints, median, NumberBuffer, stdev } from "../_shared";

/** Options of {@link deviatedCell}. */
export interface DeviatedCellOptions {
  /** How many standard deviations above the median size are accepted (default 3). */
  interval?: number;
  /** Fields not to check. */
  ignoreFields?: readonly string[];
}

/**
 * `deviated-cell`: text cells much longer than the rest of their column — above
 * `max(5000, median + interval × stdev)` characters — as a pasted paragraph or a broken export gives
 * (frictionless-py's `deviated_cell`; string fields only).
 *
 * @example
 * ```ts
 * await validate(csv, { checks: [deviatedCell({ ignoreFields: ["observaciones"] })] });
 * ```
 */
export function deviatedCell(options: DeviatedCellOptions = {}): Check {
  const { interval = 3, ignoreFields = [] } = options;
  let columns: { index: number; name: string; sizes: NumberBuffer; rows: NumberBuffer }[] = [];
  return {
    name: "deviated-cell",
    onStart(ctx) {
      columns = ctx.fields
        .map((f, index) => ({ f, index }))
        .filter(({ f }) => f.type === "string" && !ignoreFields.includes(f.name))
        .map(({ f, index }) => ({
          index,
          name: f.name,
          sizes: new NumberBuffer(),
          rows: new NumberBuffer(),
        }));
    },
    onRow(row) {
      for (const c of columns) {
        const v = row.values[c.index];
        if (typeof v !== "string" || v === "") continue;
        c.sizes.push(codePoints(v));
        c.rows.push(row.rowNumber);
      }
    },
    onFinish(ctx) {
      for (const c of columns) {
        if (c.sizes.length < 2) continue;
        const sizes = c.sizes.values();
        const threshold = Math.max(5000, median(sizes) + stdev(sizes) * interval);
        const rows = c.rows.values();
        for (let i = 0; i < sizes.length; i++) {
          if ((sizes[i] as number) <= threshold) continue;
          ctx.report(
            tableError("deviated-cell", {
              note: `cell at row "${rows[i]}" and field "${c.name}" has deviated size`,
              params: {
                row: rows[i] ?? null,
                field: c.name,
                received: sizes[i] ?? null,
                expected: Math.floor(threshold),
              },
            }),
          );
        }
      }
    },
  };
}
