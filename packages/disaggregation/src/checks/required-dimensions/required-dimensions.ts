import { labelKey } from "@ciudata/core";
import { type Check, tableError } from "@ciudata/table";
import { disaggregationIssues } from "../../messages/issues";
import { type DisaggregationCheckOptions, dimLabel, hints, setup } from "../_shared/context";
import { TerritoryCodeSniffer } from "./territory-values";

/**
 * Reports `disaggregation/missing-dimension` for each dimension the dataset kind requires (error) or
 * recommends (warning) that no column carries, found by header (long or wide) or by a schema field's
 * `x-disaggregation` annotation. In an aggregate table whose headers carry a dimension (`Varón`, `Mujer`,
 * `Total`; `0-14`, `15-64`, `65 y más`, `Total`), a person dimension no column carries is a warning worded
 * "not disaggregated by …" (`params.carriedBy` names what the headers split by). A bare code column (`Código`, `cod`, `clave`, `cve`) counts as territory
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
      // A wide aggregate table (one column per sex or age category, plus a total) carries its dimensions in
      // its headers; a census publishes one such table per dimension, so the others are "not disaggregated
      // by" here (a warning naming what the table does split by), not "no column".
      const aggregate =
        options.kind === "aggregate" ||
        (options.kind !== "microdata" && dataset.kind === "aggregate") ||
        (options.kind !== "microdata" && dataset.kind === "any" && s.layout.wide.length > 0);
      const wide = aggregate ? s.layout.wide : [];
      const carriedBy = [...new Set(wide.map((g) => dimLabel(s, g.dimension)))].join(", ");
      const wideColumns = wide
        .flatMap((g) => [...g.parts.map((p) => p.label), ...(g.total ? [g.total.label] : [])])
        .join(", ");
      const report = (dimension: string, required: boolean) => {
        const columns = s.standard.dimensions[dimension]?.columns.slice(0, 3).join(", ") ?? dimension;
        if (wide.length > 0 && dimension !== "territory") {
          const label = dimLabel(s, dimension);
          ctx.report(
            tableError("disaggregation/missing-dimension", {
              severity: "warning",
              tags: ["#disaggregation", "#table", "#header"],
              note: `not disaggregated by "${dimension}" (${required ? "required" : "recommended"}); the headers split by ${wide.map((g) => g.dimension).join(", ")}`,
              params: {
                dimension,
                label,
                dataset: datasetName,
                required,
                carriedBy,
                columns: wideColumns,
                hint: hints(ctx.lang)("hint.not-disaggregated", { label }),
              },
            }),
          );
          return;
        }
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
