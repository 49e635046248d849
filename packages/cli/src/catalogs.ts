// The one place the CLI learns how every package words its issues. Every report, error or issue the
// CLI prints is rendered with `issueCatalogs` below (through `issueText`/`issueTitleText`).
import {
  type Issue,
  type IssueCatalog,
  issueTitle,
  type Lang,
  type PerLang,
  renderIssue,
} from "@ciudata/core";
import { disaggregationIssues } from "@ciudata/disaggregation";
import { geoCheckIssues, geoIssues } from "@ciudata/geo";
import { hackathonIssues } from "@ciudata/hackathon";
import { linkageIssues } from "@ciudata/linkage";
import { openDataIssues } from "@ciudata/open-data";
import { privacyIssues } from "@ciudata/privacy";
import { qualityIssues } from "@ciudata/quality";
import { inventoryIssues, strategyIssues, surveyIssues } from "@ciudata/strategy";
import { cleanIssues, tableIssues } from "@ciudata/table";
import { cliIssues } from "./messages/issues";

/**
 * How every package the CLI prints issues from words them, in order (later catalogs win on a shared type).
 *
 * @example
 * ```ts
 * renderIssue(issue, "en", issueCatalogs);
 * ```
 */
export const issueCatalogs: readonly PerLang<IssueCatalog>[] = [
  tableIssues,
  cleanIssues,
  qualityIssues,
  privacyIssues,
  disaggregationIssues,
  strategyIssues,
  inventoryIssues,
  surveyIssues,
  hackathonIssues,
  openDataIssues,
  linkageIssues,
  geoIssues,
  geoCheckIssues,
  cliIssues,
];

/**
 * One issue as a sentence in the user's language, worded by {@link issueCatalogs}.
 *
 * @example
 * ```ts
 * issueText(error.errors[0], ctx.lang); // "Archivo: no se pudo abrir …"
 * ```
 */
export function issueText(issue: Issue, lang: Lang): string {
  return renderIssue(issue, lang, issueCatalogs);
}

/**
 * The title of an issue type in the user's language, worded by {@link issueCatalogs}.
 *
 * @example
 * ```ts
 * issueTitleText("blank-row", "es"); //=> "Fila vacía"
 * ```
 */
export function issueTitleText(type: string, lang: Lang): string {
  return issueTitle(type, lang, issueCatalogs);
}
