import type { Check } from "@ciudata/table";
import type { DisaggregationCheckOptions } from "./_shared/context";
import { ageBandsCheck } from "./age-bands";
import { codeListCheck } from "./code-list-values";
import { crossCellsCheck } from "./cross-cells";
import { requiredDimensionsCheck } from "./required-dimensions";
import { totalsCheck } from "./totals";
import { unknownShareCheck } from "./unknown-share";

export type { DisaggregationCheckOptions } from "./_shared/context";
export { type AgeBandProblems, ageBandsCheck, findAgeBandProblems } from "./age-bands";
export { codeListCheck } from "./code-list-values";
export { crossCellsCheck, MAX_CROSS_CELL_GROUPS } from "./cross-cells";
export { requiredDimensionsCheck } from "./required-dimensions";
export { totalsCheck } from "./totals";
export { unknownShareCheck } from "./unknown-share";

/**
 * Every disaggregation check, to run in the one-pass runner beside quality and privacy checks: required
 * dimensions, unknown share, code lists, age bands, totals = sum of parts, and cross-cells.
 *
 * @example
 * ```ts
 * const report = await validateTable(file, { checks: disaggregationChecks({ standard: mendozaStandard() }) });
 * ```
 */
export function disaggregationChecks(options: DisaggregationCheckOptions = {}): Check[] {
  return [
    requiredDimensionsCheck(options),
    unknownShareCheck(options),
    codeListCheck(options),
    ageBandsCheck(options),
    totalsCheck(options),
    crossCellsCheck(options),
  ];
}
