import { type ErrorSelection, type FindingKey, isSelected } from "@ciudata/table";
import { type DimensionOfOptions, dimensionOf } from "./mapping";

/**
 * Whether a finding is in a pick/skip selection of types and tags (frictionless-py's `pick_errors` /
 * `skip_errors`), where every finding also carries its quality dimension as a tag: `#completeness`,
 * `#privacy`… So `{ skip: ["#completeness"] }` hides blank rows, missing cells and required values.
 *
 * @example
 * ```ts
 * const keep = findingSelector({ pick: ["#completeness"] });
 * keep(tableError("blank-row", { rowNumber: 4 })); //=> true
 * keep(tableError("type-error", { rowNumber: 4 })); //=> false
 * const view = selectFindings(report, keep); // what validate --pick-errors shows
 * ```
 */
export function findingSelector(
  selection: ErrorSelection,
  options: DimensionOfOptions = {},
): (finding: FindingKey) => boolean {
  return (f) => isSelected(selection, f.type, [...f.tags, `#${dimensionOf(f, options)}`]);
}
