import { type IssueCatalog, type Lang, numberWords, resolveLang } from "@ciudata/core";
import type { PortalError } from "./errors";
import { openDataIssues } from "./messages/issues";

/**
 * A sentence a person can act on, in Spanish (default), English or Portuguese, with where it happened.
 * Never includes query strings, so tokens and keys are not shown. The words come from `openDataIssues`.
 *
 * @example
 * ```ts
 * describePortalError(err, "es");
 * //=> "GET https://datos.gob.ar/api/3/action/package_show (404): el portal no encontró lo pedido: …"
 * ```
 */
export function describePortalError(error: PortalError, lang?: Lang): string {
  const chosen = resolveLang(lang);
  const issue = error.errors[0];
  const text = (openDataIssues[chosen] as IssueCatalog)[issue.type];
  const what = text?.describe ? text.describe(issue, numberWords(chosen)) : (text?.title ?? issue.type);
  return `${String(issue.params.path)}: ${what}`;
}
