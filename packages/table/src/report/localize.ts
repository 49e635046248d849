import type { TableError } from "./error";
import { en } from "./locales/en";
import { es } from "./locales/es";
import { pt } from "./locales/pt";
import type { Locale } from "./locales/types";
import type { Lang, Report } from "./report";

const LOCALES: Record<Lang, Locale> = { es, en, pt };

/**
 * Adds the wording of new error types (for example a validator package's own `privacy/...` types)
 * to a language. Wording stays apart from the error data.
 *
 * @example
 * ```ts
 * registerMessages("es", "privacy/k-anonymity", "Riesgo de reidentificación", (e) => `clase de tamaño ${e.params.k}`);
 * ```
 */
export function registerMessages(
  lang: Lang,
  type: string,
  title: string,
  describe: (e: TableError) => string,
): void {
  LOCALES[lang].titles[type] = title;
  LOCALES[lang].describe[type] = describe;
}

/**
 * The title of an error type in a language (falls back to the type itself).
 *
 * @example
 * ```ts
 * errorTitle("blank-row", "es"); //=> "Fila vacía"
 * ```
 */
export function errorTitle(type: string, lang: Lang = "es"): string {
  return LOCALES[lang].titles[type] ?? type;
}

/**
 * Renders one error as a sentence a person can act on: where, what failed, what was expected
 * (with an example), what was found and what to do.
 *
 * @example
 * ```ts
 * renderMessage(tableError("type-error", { rowNumber: 3, fieldNumber: 2, fieldName: "edad",
 *   params: { expected: "integer", received: "x", example: "42" } }), "es");
 * //=> "Fila 3, columna 2 (edad): el valor no tiene el tipo o el formato de la columna; se esperaba: integer; ejemplo válido: 42; se encontró: «x»."
 * ```
 */
export function renderMessage(error: TableError, lang: Lang = "es"): string {
  const locale = LOCALES[lang];
  const describe = locale.describe[error.type];
  const what = describe ? describe(error) : error.note || locale.titles[error.type] || error.type;
  const parts = [`${locale.where(error)}: ${what}`];
  const { expected, example, received, hint } = error.params;
  if (expected !== undefined && expected !== null) parts.push(`${locale.words.expected}: ${expected}`);
  if (example !== undefined && example !== null) parts.push(`${locale.words.example}: ${example}`);
  const masked = error.params.masked === true ? ` (${locale.words.masked})` : "";
  if (received !== undefined && received !== null)
    parts.push(`${locale.words.received}: «${received}»${masked}`);
  else if (error.cell !== null && error.cell !== "")
    parts.push(`${locale.words.received}: «${error.cell}»${masked}`);
  if (hint !== undefined && hint !== null) parts.push(`${locale.words.hint}: ${hint}`);
  return `${parts.join("; ")}.`;
}

/**
 * Returns a copy of the report whose errors carry `message` in the chosen language.
 *
 * @example
 * ```ts
 * const inEnglish = localize(report, "en");
 * inEnglish.tasks[0]?.errors[0]?.message; //=> "Row 4: the row is empty."
 * ```
 */
export function localize(report: Report, lang: Lang = "es"): Report {
  const render = (e: TableError): TableError => ({ ...e, message: renderMessage(e, lang) });
  return {
    ...report,
    errors: report.errors.map(render),
    tasks: report.tasks.map((t) => ({ ...t, errors: t.errors.map(render) })),
  };
}
