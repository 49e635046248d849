import { type Check, tableError } from "@ciudata/table";
import { registerDisaggregationMessages } from "../../messages";
import { type DisaggregationCheckOptions, dimLabel, setup } from "../_shared/context";

/**
 * Reports `disaggregation/missing-dimension` for each dimension the dataset kind requires (error) or
 * recommends (warning) that no column carries, found by header (long or wide) or by a schema field's
 * `x-disaggregation` annotation.
 *
 * @example
 * ```ts
 * const report = await validateTable("barrio,casos\nBombal,3\n", { checks: [requiredDimensionsCheck()] });
 * report.tasks[0]?.errors.filter((e) => e.severity === "error").map((e) => e.params.dimension); //=> ["sex", "age"]
 * ```
 */
export function requiredDimensionsCheck(options: DisaggregationCheckOptions = {}): Check {
  registerDisaggregationMessages();
  return {
    name: "disaggregation/required-dimensions",
    onStart(ctx) {
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
              hint: hint[ctx.lang](columns),
            },
          }),
        );
      };
      for (const d of dataset.required) if (!present.has(d)) report(d, true);
      for (const d of dataset.recommended) if (!present.has(d)) report(d, false);
    },
  };
}

const hint = {
  es: (c: string) => `agregue una columna (${c}) o anote el campo del esquema con "x-disaggregation"`,
  en: (c: string) => `add a column (${c}) or annotate the schema field with "x-disaggregation"`,
  pt: (c: string) => `adicione uma coluna (${c}) ou anote o campo do esquema com "x-disaggregation"`,
} as const;
