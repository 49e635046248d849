import { createIssue } from "@ciudata/core";
import type { Check } from "@ciudata/table";
import { privacyIssues } from "../messages/issues";
import { columnIndexes } from "../read/columns";
import { riskFeeder } from "./measure";
import type { RiskOptions, RiskReport } from "./types";

/** A {@link Check} that also hands back the full risk report once the table is read. */
export interface RiskCheck extends Check {
  /** The report, after `validateTable` has finished (`null` before, or when a column was missing). */
  result(): RiskReport | null;
}

/**
 * A check for `validateTable` that measures re-identification risk in the same pass as every other
 * check. It reports `privacy/k-anonymity` (records in classes smaller than k) and `privacy/l-diversity`
 * (records whose class shares one sensitive value), or `privacy/unknown-column`.
 *
 * @example
 * ```ts
 * const risk = riskCheck({ qi: ["edad", "sexo", "barrio"], k: 5 });
 * const report = await validateTable(csv, { checks: [risk] });
 * risk.result()?.violations; // [{ k: 2, records: … }, …]
 * ```
 */
export function riskCheck(options: RiskOptions): RiskCheck {
  let feeder: ReturnType<typeof riskFeeder> | null = null;
  let result: RiskReport | null = null;
  return {
    name: "privacy/risk",
    issues: privacyIssues,
    result: () => result,
    onStart(ctx) {
      const names = [
        ...options.qi,
        ...(options.sensitive ?? []),
        ...(options.weight ? [options.weight] : []),
      ];
      const idx = columnIndexes(ctx.labels, names);
      const missing = names.filter((_, i) => idx[i] === -1);
      for (const column of missing)
        ctx.report(
          createIssue("privacy/unknown-column", {
            tags: ["#table"],
            note: `no column named "${column}"`,
            params: { column },
          }),
        );
      if (missing.length === 0) feeder = riskFeeder(options, ctx.labels);
    },
    onRow(row) {
      if (feeder && !row.blank) feeder.feed(row.cells);
    },
    onFinish(ctx) {
      if (!feeder) return;
      result = feeder.finish();
      const k = result.k;
      const v = result.violations.find((x) => x.k === k);
      if (v && v.records > 0)
        ctx.report(
          createIssue("privacy/k-anonymity", {
            tags: ["#table"],
            note: `${v.records} records in classes smaller than ${k}`,
            params: { k, records: v.records, classes: v.classes, qi: options.qi.join(", ") },
          }),
        );
      for (const l of result.lDiversity)
        if (l.recordsWithoutDiversity > 0)
          ctx.report(
            createIssue("privacy/l-diversity", {
              tags: ["#table"],
              severity: "warning",
              note: `${l.recordsWithoutDiversity} records without diversity in ${l.column}`,
              params: { column: l.column, records: l.recordsWithoutDiversity },
            }),
          );
    },
  };
}
