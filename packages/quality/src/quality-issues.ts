// The wording of every issue type quality reports, merged from each area's catalog. It sits at the root of
// src (not in messages/) because it gathers from every folder, and no folder may import it back.
import { type IssueCatalog, type IssueCatalogs, mergeCatalogs, type PerLang } from "@ciudata/core";
import { tableIssues } from "@ciudata/table";
import { checklistIssues } from "./checklist/messages";
import { checkIssues } from "./checks";
import { ownIssues } from "./messages/issues";
import { profileIssues } from "./profiles/messages";

/**
 * How every error type `@ciudata/quality` reports is worded in es, en and pt: the Frictionless checks,
 * integrity and package errors, the timeliness, consistency and bias checks, and the profiles. Pass it
 * (with other packages' catalogs) wherever a report is worded: `localize(report, lang, qualityIssues)`.
 *
 * @example
 * ```ts
 * import { renderMessage } from "@ciudata/table";
 * renderMessage(tableError("duplicate-row", { rowNumber: 4, params: { firstRowNumber: 2 } }), "es", qualityIssues);
 * //=> "Fila 4: la fila repite la fila 2."
 * ```
 */
export const qualityIssues: PerLang<IssueCatalog> = mergeCatalogs<IssueCatalog>(
  ownIssues,
  checklistIssues,
  checkIssues,
  profileIssues,
);

/**
 * The catalogs a quality report is worded with: the table's and {@link qualityIssues} first, then the
 * caller's (which win on a shared type), e.g. privacy's or disaggregation's.
 * @internal
 *
 * @example
 * ```ts
 * withQuality([privacyIssues]); //=> [tableIssues, qualityIssues, privacyIssues]
 * ```
 */
export function withQuality(catalogs?: IssueCatalogs): PerLang<IssueCatalog>[] {
  const base = [tableIssues, qualityIssues];
  if (catalogs === undefined) return base;
  return [...base, ...(Array.isArray(catalogs) ? catalogs : [catalogs as PerLang<IssueCatalog>])];
}
