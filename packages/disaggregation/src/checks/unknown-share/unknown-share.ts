import { type Check, tableError } from "@ciudata/table";
import { disaggregationIssues } from "../../messages/issues";
import {
  type CheckSetup,
  type DisaggregationCheckOptions,
  dimLabel,
  hints,
  setup,
  UNKNOWN_CODES,
} from "../_shared/context";

/**
 * Reports `disaggregation/unknown-share` (warning) when the share of unknown, non-response, not available
 * or blank values of a dimension column is above the standard's threshold (5 % by default).
 *
 * @example
 * ```ts
 * const report = await validateTable("sexo\nF\n\nM\ns/d\n", { checks: [unknownShareCheck()] });
 * report.tasks[0]?.errors[0]?.params.share; //=> "50.0"
 * ```
 */
export function unknownShareCheck(options: DisaggregationCheckOptions = {}): Check {
  let s: CheckSetup | null = null;
  let counts: Array<{ index: number; rows: number; unknown: number }> = [];
  return {
    name: "disaggregation/unknown-share",
    issues: disaggregationIssues,
    onStart(ctx) {
      s = setup(ctx, options);
      counts = s.layout.long.map((c) => ({ index: c.index, rows: 0, unknown: 0 }));
    },
    onRow(row) {
      if (!s || row.blank) return;
      for (const c of counts) {
        c.rows++;
        const code = s.normalisers.get(c.index)?.(row.cells[c.index] ?? "").code;
        if (code !== null && code !== undefined && UNKNOWN_CODES.has(code)) c.unknown++;
      }
    },
    onFinish(ctx) {
      if (!s) return;
      for (const c of counts) {
        const col = s.layout.long.find((l) => l.index === c.index);
        if (!col || c.rows === 0) continue;
        const max =
          s.standard.dimensions[col.dimension]?.maxUnknownShare ?? s.standard.thresholds.maxUnknownShare;
        const share = c.unknown / c.rows;
        if (share <= max) continue;
        ctx.report(
          tableError("disaggregation/unknown-share", {
            severity: "warning",
            tags: ["#disaggregation", "#table"],
            fieldNumber: c.index + 1,
            fieldName: col.label,
            note: `${c.unknown} of ${c.rows} values unknown or missing`,
            params: {
              dimension: col.dimension,
              label: dimLabel(s, col.dimension),
              unknown: c.unknown,
              rows: c.rows,
              share,
              threshold: max,
              hint: hints(ctx.lang)("hint.unknown-share"),
            },
          }),
        );
      }
    },
  };
}
