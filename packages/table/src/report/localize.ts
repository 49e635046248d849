import {
  type IssueCatalog,
  type IssueCatalogs,
  issueTitle,
  LANGS,
  type Lang,
  type PerLang,
  renderIssue,
} from "@ciudata/core";
import type { TableError } from "./error";
import { en } from "./locales/en";
import { es } from "./locales/es";
import { tableExpectations } from "./locales/expected";
import { pt } from "./locales/pt";
import { tableTodos, todoLabel } from "./locales/todo";
import type { Locale } from "./locales/types";
import type { Report } from "./report";

function toIssueCatalog(lang: Lang, locale: Locale): IssueCatalog {
  const out: Record<string, IssueCatalog[string]> = {};
  for (const [code, title] of Object.entries(tableExpectations[lang])) out[`expected:${code}`] = { title };
  const todos: Readonly<Record<string, string>> = tableTodos[lang];
  const label = todoLabel[lang].label;
  for (const [type, title] of Object.entries(locale.titles)) {
    const describe = locale.describe[type];
    out[type] = {
      title,
      // What to do, from the issue's `todo` code, follows what failed.
      describe: (issue) => {
        const what = describe ? describe(issue) : title;
        const todo = typeof issue.params.todo === "string" ? todos[issue.params.todo] : undefined;
        return todo === undefined ? what : `${what}; ${label}: ${todo}`;
      },
    };
  }
  return out;
}

/**
 * How es, en and pt word the errors of reading and casting a table (`type-error`, `blank-row`,
 * `encoding-error`…). A value: pass it, with other packages' catalogs, to `renderIssue`.
 *
 * @example
 * ```ts
 * import { renderIssue } from "@ciudata/core";
 * renderIssue(tableError("blank-row", { rowNumber: 4 }), "en", tableIssues); //=> "Row 4: the row is empty."
 * ```
 */
export const tableIssues: PerLang<IssueCatalog> = Object.fromEntries(
  LANGS.map((lang) => [lang, toIssueCatalog(lang, { es, en, pt }[lang])]),
) as PerLang<IssueCatalog>;

/** The table's catalog followed by the caller's (theirs win on a shared type). */
function withTable(catalogs: IssueCatalogs | undefined): readonly PerLang<IssueCatalog>[] {
  if (catalogs === undefined) return [tableIssues];
  return [tableIssues, ...(Array.isArray(catalogs) ? catalogs : [catalogs as PerLang<IssueCatalog>])];
}

/**
 * The title of an error type in a language; a type no catalog words shows as its id.
 *
 * @example
 * ```ts
 * errorTitle("blank-row", "es"); //=> "Fila vacía"
 * errorTitle("privacy/k-anonymity", "en", privacyIssues); //=> "Re-identification risk"
 * ```
 */
export function errorTitle(type: string, lang: Lang = "es", catalogs?: IssueCatalogs): string {
  return issueTitle(type, lang, withTable(catalogs));
}

/**
 * Renders one error as a sentence a person can act on: where, what failed, what was expected
 * (with an example), what was found and what to do. Errors of other packages are worded by the
 * catalogs passed (the table's own are always included).
 *
 * @example
 * ```ts
 * renderMessage(tableError("type-error", { rowNumber: 3, fieldNumber: 2, fieldName: "edad",
 *   params: { expected: "integer", received: "x", example: "42" } }), "es");
 * //=> "Fila 3, columna 2 (edad): el valor no tiene el tipo o el formato de la columna; se esperaba: integer; ejemplo válido: 42; se encontró: «x»."
 * ```
 */
export function renderMessage(error: TableError, lang: Lang = "es", catalogs?: IssueCatalogs): string {
  return renderIssue(error, lang, withTable(catalogs));
}

/**
 * Returns a copy of the report whose errors carry `message` in the chosen language, worded by the
 * table's catalog and the ones passed.
 *
 * @example
 * ```ts
 * const inEnglish = localize(report, "en");
 * inEnglish.tasks[0]?.errors[0]?.message; //=> "Row 4: the row is empty."
 * ```
 */
export function localize(report: Report, lang: Lang = "es", catalogs?: IssueCatalogs): Report {
  const all = withTable(catalogs);
  const render = (e: TableError): TableError => ({ ...e, message: renderIssue(e, lang, all) });
  return {
    ...report,
    errors: report.errors.map(render),
    tasks: report.tasks.map((t) => ({ ...t, errors: t.errors.map(render) })),
  };
}
