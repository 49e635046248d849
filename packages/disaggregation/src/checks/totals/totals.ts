import { numberWords } from "@ciudata/core";
import { type Check, type CheckContext, tableError } from "@ciudata/table";
import { disaggregationIssues } from "../../messages/issues";
import { parseNumber } from "../../text";
import {
  type CheckSetup,
  type DisaggregationCheckOptions,
  dimLabel,
  hints,
  measureColumns,
  round2,
  setup,
} from "../_shared/context";
import { LongGroups } from "./long-groups";

/** Whether a total and the sum of its parts agree within the tolerances (absolute, or relative to the total). */
const agree = (total: number, sum: number, abs: number, rel: number) =>
  Math.abs(total - sum) <= Math.max(abs, rel * Math.abs(total)) + 1e-9;

/**
 * Aggregate tables: checks that every total equals the sum of its parts within the standard's tolerance,
 * for wide groups (`Varón + Mujer = Total`, `sexo_varon + sexo_mujer = sexo_total`, `edad_0-4 + … = edad_total`)
 * and for long tables whose dimension column has total rows (`_T`, `Total`, `Ambos sexos`): the total row of
 * each group (same values in the other key columns) against the sum of the group's other rows, per measure.
 * A mismatch is reported as `disaggregation/total-mismatch` at the total's row and cell.
 *
 * @example
 * ```ts
 * const report = await validateTable("Código,Varón,Mujer,Total\n02001,3,4,7\n02002,1,1,3\n", { checks: [totalsCheck()] });
 * flatten(report, ["rowNumber", "fieldNumber", "type"]); //=> [[3, 4, "disaggregation/total-mismatch"]]
 * ```
 */
export function totalsCheck(options: DisaggregationCheckOptions = {}): Check {
  let s: CheckSetup | null = null;
  let measures: number[] | null = null;
  let keyColumns: number[] = [];
  let long: LongGroups | null = null;
  const codes: Array<string | null> = [];
  // Groups followed over all dimension columns together, so memory has one bound whatever the table.
  const maxGroups = 200_000;
  let reported = 0;
  const max = options.maxErrors ?? 50;
  const abs = () => s?.standard.thresholds.totalTolerance ?? 0.5;
  const rel = () => s?.standard.thresholds.relativeTolerance ?? 0;

  const mismatch = (
    ctx: CheckContext,
    rowNumber: number,
    column: number,
    cell: string,
    dimension: string,
    total: number,
    sum: number,
    parts: string,
  ) => {
    if (reported++ >= max || !s) return;
    ctx.report(
      tableError("disaggregation/total-mismatch", {
        tags: ["#disaggregation", "#table", "#row", "#cell"],
        rowNumber,
        fieldNumber: column + 1,
        fieldName: ctx.labels[column] ?? ctx.fields[column]?.name ?? null,
        cell,
        note: `total ${round2(total)} but the parts add up to ${round2(sum)}`,
        params: {
          dimension,
          label: dimLabel(s, dimension),
          parts,
          sum: round2(sum),
          total: round2(total),
          difference: round2(total - sum),
          expected: numberWords(ctx.lang).number(round2(sum)),
          hint: hints(ctx.lang)("hint.total-mismatch"),
        },
      }),
    );
  };

  return {
    name: "disaggregation/totals",
    issues: disaggregationIssues,
    onStart(ctx) {
      s = setup(ctx, options);
      long = null;
      if (options.kind === "microdata") s = null;
    },
    onRow(row, ctx) {
      if (!s || row.blank) return;
      const cells = row.cells;
      // Wide groups: the parts of one row against its total column.
      for (const g of s.layout.wide) {
        if (!g.total) continue;
        const totalCell = cells[g.total.index] ?? "";
        const total = parseNumber(totalCell);
        if (total === null) continue;
        let sum = 0;
        let ok = true;
        for (const p of g.parts) {
          const c = cells[p.index] ?? "";
          if (c.trim() === "") continue;
          const v = parseNumber(c);
          if (v === null) {
            ok = false;
            break;
          }
          sum += v;
        }
        if (ok && !agree(total, sum, abs(), rel()))
          mismatch(
            ctx,
            row.rowNumber,
            g.total.index,
            totalCell,
            g.dimension,
            total,
            sum,
            g.parts.map((p) => p.label).join(" + "),
          );
      }
      // Long tables: group rows by the other keys; the `_T` row of a group against the sum of its parts.
      if (s.layout.long.length === 0) return;
      if (measures === null) {
        measures = measureColumns(ctx.labels, options, s.layout, cells);
        const dimensionColumns = new Set(s.layout.long.map((c) => c.index));
        keyColumns = ctx.labels
          .map((_, i) => i)
          .filter((i) => !measures?.includes(i) && !dimensionColumns.has(i));
      }
      if (measures.length === 0) return;
      if (long === null)
        long = new LongGroups({
          keyColumns,
          dimColumns: s.layout.long.map((c) => c.index),
          measureColumns: measures,
          parse: parseNumber,
          maxGroups,
        });
      // Each dimension's code, worked out once per row.
      const dims = s.layout.long;
      for (let ci = 0; ci < dims.length; ci++) {
        const index = (dims[ci] as (typeof dims)[number]).index;
        codes[ci] = s.normalisers.get(index)?.(cells[index] ?? "").code ?? null;
      }
      long.add(cells, codes, row.rowNumber);
    },
    onFinish(ctx) {
      if (!s || !measures || !long) return;
      const groups = long;
      for (const ci of groups.columns()) {
        const dimension = s.layout.long[ci]?.dimension ?? "";
        groups.forEachTotal(ci, (totalRow, totals, sums, parts) => {
          totals.forEach((total, i) => {
            const sum = sums[i] ?? 0;
            const m = measures?.[i];
            if (total === null || m === undefined || agree(total, sum, abs(), rel())) return;
            mismatch(ctx, totalRow, m, String(round2(total)), dimension, total, sum, parts);
          });
        });
      }
      long = null;
    },
  };
}
