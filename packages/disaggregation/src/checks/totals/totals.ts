import { numberWords } from "@ciudata/core";
import { type Check, type CheckContext, ownCopy, tableError } from "@ciudata/table";
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

interface LongGroup {
  totalRow: number;
  totals: Array<number | null> | null;
  sums: number[];
  parts: number;
  /** The part codes seen (a few per group: an array is lighter than a Set). */
  codes: string[];
}

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
  const groups = new Map<number, Map<string, LongGroup>>();
  // Groups followed over all dimension columns together, so memory has one bound whatever the table.
  const maxGroups = 200_000;
  let groupCount = 0;
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
      // The other keys of the row, and each dimension's code, worked out once per row.
      const base = keyColumns.map((k) => (cells[k] ?? "").trim()).join("\u0001");
      const codes = s.layout.long.map(
        (c) => s?.normalisers.get(c.index)?.(cells[c.index] ?? "").code ?? null,
      );
      const long = s.layout.long;
      for (let ci = 0; ci < long.length; ci++) {
        const col = long[ci] as (typeof long)[number];
        const code = codes[ci];
        if (code === null || code === undefined) continue;
        let byKey = groups.get(col.index);
        if (!byKey) {
          byKey = new Map();
          groups.set(col.index, byKey);
        }
        let key = base;
        for (let oi = 0; oi < long.length; oi++)
          if (oi !== ci) key += `\u0001${codes[oi] ?? cells[long[oi]?.index ?? -1] ?? ""}`;
        let g = byKey.get(key);
        if (!g) {
          if (groupCount >= maxGroups) continue;
          groupCount++;
          g = { totalRow: 0, totals: null, sums: measures.map(() => 0), parts: 0, codes: [] };
          byKey.set(ownCopy(key), g);
        }
        if (code === "_T") {
          g.totalRow = row.rowNumber;
          g.totals = measures.map((m) => parseNumber(cells[m] ?? ""));
        } else {
          g.parts++;
          if (!g.codes.includes(code) && g.codes.length < 64) g.codes.push(code);
          measures.forEach((m, i) => {
            const v = parseNumber(cells[m] ?? "");
            if (v !== null) g.sums[i] = (g.sums[i] ?? 0) + v;
          });
        }
      }
    },
    onFinish(ctx) {
      if (!s || !measures) return;
      for (const [index, byKey] of groups) {
        const dimension = s.layout.long.find((c) => c.index === index)?.dimension ?? "";
        for (const g of byKey.values()) {
          if (!g.totals || g.parts === 0) continue;
          g.totals.forEach((total, i) => {
            const sum = g.sums[i] ?? 0;
            const m = measures?.[i];
            if (total === null || m === undefined || agree(total, sum, abs(), rel())) return;
            mismatch(ctx, g.totalRow, m, String(round2(total)), dimension, total, sum, g.codes.join(" + "));
          });
        }
      }
      groups.clear();
    },
  };
}
