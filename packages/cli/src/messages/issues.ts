import { defineIssueCatalogs } from "@ciudata/core";

/**
 * How es, en and pt word the CLI's own issue types (`cli/usage`: a command typed wrong).
 *
 * @example
 * ```ts
 * issueTitle("cli/usage", "en", cliIssues); //=> "Usage mistake"
 * ```
 */
export const cliIssues = defineIssueCatalogs({
  es: { "cli/usage": { title: "Comando mal escrito" } },
  en: { "cli/usage": { title: "Usage mistake" } },
  pt: { "cli/usage": { title: "Comando mal escrito" } },
});
