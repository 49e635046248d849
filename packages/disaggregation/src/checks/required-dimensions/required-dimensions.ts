import { labelKey } from "@ciudata/core";
import { type Check, tableError } from "@ciudata/table";
import { disaggregationIssues } from "../../messages/issues";
import { type DisaggregationCheckOptions, dimLabel, hints, setup } from "../_shared/context";
import { TerritoryCodeSniffer } from "./territory-values";

/**
 * Reports `disaggregation/missing-dimension` for each dimension the dataset kind requires (error) or
 * recommends (warning) that no column carries, found by header (long or wide) or by a schema field's
 * `x-disaggregation` annotation. A bare code column (`Código`, `cod`, `clave`, `cve`) counts as territory
 * when its values are INDEC or INEGI territorial codes (`02001`: all of one fixed length of digits).
 *
 * @example
 * ```ts
 * const report = await validateTable("barrio,casos\nBombal,3\n", { checks: [requiredDimensionsCheck()] });
 * report.tasks[0]?.errors.filter((e) => e.severity === "error").map((e) => e.params.dimension); //=> ["sex", "age"]
 * ```
 */
export function requiredDimensionsCheck(options: DisaggregationCheckOptions = {}): Check {
  // Territory not named by any header, but maybe carried by a code column: decided after the rows.
  let deferred: { sniffer: TerritoryCodeSniffer; report: () => void } | null = null;
  return {
    name: "disaggregation/required-dimensions",
    issues: disaggregationIssues,
    onStart(ctx) {
      deferred = null;
      const s = setup(ctx, options);
      const datasetName = options.dataset ?? s.standard.defaultDataset;
      const dataset = s.standard.datasets[datasetName];
      if (!dataset) return;
      const present = new Set([
        ...s.layout.long.map((c) => c.dimension),
        ...s.layout.wide.map((g) => g.dimension),
      ]);
      const report = (dimension: string, required: boolean) => {
        const columns = s.standard.dimensions[dimension]?.columns.slice(0, 3).join(", ") ?? dimension;
        ctx.report(
          tableError("disaggregation/missing-dimension", {
            severity: required ? "error" : "warning",
            tags: ["#disaggregation", "#table", "#header"],
            note: `no column for dimension "${dimension}" (${required ? "required" : "recommended"})`,
            params: {
              dimension,
              label: dimLabel(s, dimension),
              dataset: datasetName,
              required,
              expected: columns,
              hint: hints(ctx.lang)("hint.missing-dimension", { columns }),
            },
          }),
        );
      };
      const labels = ctx.labels.length ? ctx.labels : ctx.fields.map((f) => f.name);
      const candidates = labels.flatMap((l, i) => (CODE_HEADERS.has(labelKey(l)) ? [i] : []));
      for (const [list, required] of [
        [dataset.required, true],
        [dataset.recommended, false],
      ] as const)
        for (const d of list) {
          if (present.has(d)) continue;
          if (d === "territory" && candidates.length > 0)
            deferred = { sniffer: new TerritoryCodeSniffer(candidates), report: () => report(d, required) };
          else report(d, required);
        }
    },
    onRow(row) {
      if (deferred && !row.blank) deferred.sniffer.add(row.cells);
    },
    onFinish() {
      if (deferred && deferred.sniffer.found() === null) deferred.report();
      deferred = null;
    },
  };
}

/** Headers that name a code without saying of what (`Código`, `cod`, `clave`, `cve`, `cvegeo`). */
const CODE_HEADERS = new Set(["cod", "codigo", "code", "clave", "cve", "cvegeo", "geocodigo", "geocode"]);
