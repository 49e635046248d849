// The one place the CLI learns how every package words its issues. Every report, error or issue the
// CLI prints is rendered with `issueCatalogs` below (through `issueText`/`issueTitleText`).
import {
  type Issue,
  type IssueCatalog,
  issueTitle,
  type Lang,
  type PerLang,
  renderIssue,
  translator,
} from "@ciudata/core";
import { registerDisaggregationMessages } from "@ciudata/disaggregation";
import { tableIssues } from "@ciudata/table";
import { inputMessages } from "./messages/input";
import { cliIssues } from "./messages/issues";

// TODO(kernel #15, integrator): import these once their packages export them, and add them to
// `issueCatalogs` below (in this order, after tableIssues):
// import { qualityIssues } from "@ciudata/quality";
// import { privacyIssues } from "@ciudata/privacy";
// import { disaggregationIssues } from "@ciudata/disaggregation";
// import { strategyIssues } from "@ciudata/strategy";
// import { hackathonIssues } from "@ciudata/hackathon";
// import { openDataIssues } from "@ciudata/open-data";

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
  // TODO(kernel #15, integrator): qualityIssues, privacyIssues, disaggregationIssues,
  // strategyIssues, hackathonIssues, openDataIssues,
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
  return renderIssue(withLocalHint(issue, lang), lang, issueCatalogs);
}

/**
 * A `source-error` whose `hint` is worded in the user's language (`@ciudata/table` sets it in English).
 * TODO(kernel #15, integrator): drop once table words its source-error hints in its catalog.
 */
function withLocalHint(issue: Issue, lang: Lang): Issue {
  const reason = issue.params.reason;
  if (issue.type !== "source-error" || typeof reason !== "string") return issue;
  const { t, has } = translator(inputMessages, lang);
  if (!has(reason)) return issue;
  return { ...issue, params: { ...issue.params, hint: t(reason) } };
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

/**
 * TODO(kernel #15, integrator): delete this function and its calls once every package exports its
 * `<camelPackage>Issues` catalog (the `register*Messages` functions are being removed). Until then it
 * keeps today's registrations working (called where the CLI called them before: `disaggregation`).
 * @internal
 */
export function legacyRegistration(): void {
  registerDisaggregationMessages();
}
