import { type IssueCatalog, type IssueCatalogs, LANGS, type Lang, type PerLang } from "@ciudata/core";
import { tableIssues } from "@ciudata/table";
import { checkIssues } from "../checks";
import { profileIssues } from "../profiles/messages";
import { ownIssues } from "./issues";

export { qualityMessages } from "./messages";

function merge(...parts: readonly PerLang<IssueCatalog>[]): PerLang<IssueCatalog> {
  const out = {} as Record<Lang, IssueCatalog>;
  for (const lang of LANGS) out[lang] = Object.assign({}, ...parts.map((part) => part[lang]));
  return out;
}

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
export const qualityIssues: PerLang<IssueCatalog> = merge(ownIssues, checkIssues, profileIssues);

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
