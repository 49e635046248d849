import { numberWords } from "../format/intl";
import type { Issue } from "../issue/issue";
import { LANGS, type Lang, type PerLang } from "../lang/lang";
import {
  type Catalog,
  type CatalogProblem,
  defineCatalogs,
  type MessageContext,
  type NoExtraKeys,
  sampleParams,
} from "./catalog";

/** How one language words one issue type: a short title and the sentence that says what failed. */
export interface IssueText {
  /** A short title (`type-error` → "Tipo incorrecto"). */
  title: string;
  /** What failed, from the issue's params (`"la fila está vacía"`); without it the title is used. */
  describe?: (issue: Issue, ctx: MessageContext) => string;
}

/** The wording of issue types in one language, by type. */
export type IssueCatalog = Readonly<Record<string, IssueText>>;

/**
 * Declares how issue types are worded in es, en and pt. Spanish sets the types; English and
 * Portuguese must word every one (a missing or extra type is a type error).
 *
 * @example
 * ```ts
 * export const privacyIssues = defineIssueCatalogs({
 *   es: { "privacy/k-anonymity": { title: "Riesgo de reidentificación", describe: (i) => `clase de ${i.params.k}` } },
 *   en: { "privacy/k-anonymity": { title: "Re-identification risk", describe: (i) => `class of ${i.params.k}` } },
 *   pt: { "privacy/k-anonymity": { title: "Risco de reidentificação", describe: (i) => `classe de ${i.params.k}` } },
 * });
 * ```
 */
export function defineIssueCatalogs<
  C extends IssueCatalog,
  E extends { readonly [K in keyof C]: IssueText },
  P extends { readonly [K in keyof C]: IssueText },
>(catalogs: { es: C; en: NoExtraKeys<C, E>; pt: NoExtraKeys<C, P> }): PerLang<C> {
  return catalogs as unknown as PerLang<C>;
}

/** The words that join the parts of an issue message, and where it happened. */
const frame = defineCatalogs({
  es: {
    row: "Fila",
    column: "columna",
    Column: "Columna",
    header: "Encabezado",
    file: "Archivo",
    at: "En",
    expected: "se esperaba",
    received: "se encontró",
    example: "ejemplo válido",
    hint: "qué hacer",
    masked: "enmascarado",
  },
  en: {
    row: "Row",
    column: "column",
    Column: "Column",
    header: "Header",
    file: "File",
    at: "At",
    expected: "expected",
    received: "found",
    example: "valid example",
    hint: "what to do",
    masked: "masked",
  },
  pt: {
    row: "Linha",
    column: "coluna",
    Column: "Coluna",
    header: "Cabeçalho",
    file: "Arquivo",
    at: "Em",
    expected: "esperado",
    received: "encontrado",
    example: "exemplo válido",
    hint: "o que fazer",
    masked: "mascarado",
  },
});

/**
 * How every language words the expectation codes of {@link fromZodIssues} (`type:string`, `one-of`…).
 * A package words its own codes with `expected:<code>` entries in its issue catalog.
 */
export const expectations = defineCatalogs({
  es: {
    "type:string": "un texto",
    "type:number": "un número",
    "type:integer": "un número entero",
    "type:boolean": "true o false",
    "type:array": "una lista",
    "type:object": "un objeto JSON",
    "one-of": "uno de",
    "known-key": "solo claves conocidas; sobran",
    "min-length": "un texto con esta cantidad mínima de caracteres",
    "max-length": "un texto con esta cantidad máxima de caracteres",
    "min-items": "una lista con esta cantidad mínima de elementos",
    "max-items": "una lista con esta cantidad máxima de elementos",
    min: "un número mayor o igual que",
    max: "un número menor o igual que",
    format: "un valor con el formato indicado",
    "valid-value": "un valor válido",
  },
  en: {
    "type:string": "a text",
    "type:number": "a number",
    "type:integer": "an integer",
    "type:boolean": "true or false",
    "type:array": "a list",
    "type:object": "a JSON object",
    "one-of": "one of",
    "known-key": "only known keys; not known",
    "min-length": "a text with at least this many characters",
    "max-length": "a text with at most this many characters",
    "min-items": "a list with at least this many items",
    "max-items": "a list with at most this many items",
    min: "a number greater than or equal to",
    max: "a number less than or equal to",
    format: "a value in the stated format",
    "valid-value": "a valid value",
  },
  pt: {
    "type:string": "um texto",
    "type:number": "um número",
    "type:integer": "um número inteiro",
    "type:boolean": "true ou false",
    "type:array": "uma lista",
    "type:object": "um objeto JSON",
    "one-of": "um de",
    "known-key": "apenas chaves conhecidas; sobram",
    "min-length": "um texto com pelo menos esta quantidade de caracteres",
    "max-length": "um texto com no máximo esta quantidade de caracteres",
    "min-items": "uma lista com pelo menos esta quantidade de itens",
    "max-items": "uma lista com no máximo esta quantidade de itens",
    min: "um número maior ou igual a",
    max: "um número menor ou igual a",
    format: "um valor no formato indicado",
    "valid-value": "um valor válido",
  },
});

/**
 * What was expected, in words: a package's `expected:<code>` entry, else the kernel's
 * {@link expectations}, else the code as it is (a literal such as `integer`); `detail` follows a colon.
 *
 * @example
 * ```ts
 * expectedText("one-of", '"norte", "sur"', "es", []); //=> 'uno de: "norte", "sur"'
 * ```
 */
export function expectedText(
  code: string,
  detail: string | undefined,
  lang: Lang,
  catalogs: IssueCatalogs,
): string {
  const own = lookup(catalogs, lang, `expected:${code}`)?.title;
  const phrase = own ?? (expectations[lang] as Readonly<Record<string, string>>)[code] ?? code;
  return detail === undefined || detail === "" ? phrase : `${phrase}: ${detail}`;
}

/** The catalogs to word issues with: one, or several (later ones win on a shared type). */
export type IssueCatalogs = PerLang<IssueCatalog> | readonly PerLang<IssueCatalog>[];

function lookup(catalogs: IssueCatalogs, lang: Lang, type: string): IssueText | undefined {
  const list = Array.isArray(catalogs) ? catalogs : [catalogs as PerLang<IssueCatalog>];
  for (let i = list.length - 1; i >= 0; i--) {
    const text = list[i]?.[lang][type];
    if (text) return text;
  }
  return undefined;
}

/**
 * Where an issue happened, in words: "Fila 3, columna 2 (edad)", "En actions[2].deadline", "Archivo".
 *
 * @example
 * ```ts
 * issueLocation(createIssue("x", { rowNumber: 3, fieldNumber: 2, fieldName: "edad" }), "es"); //=> "Fila 3, columna 2 (edad)"
 * ```
 */
export function issueLocation(issue: Issue, lang: Lang): string {
  const w = frame[lang];
  const parts: string[] = [];
  if (issue.rowNumber !== null) parts.push(`${w.row} ${issue.rowNumber}`);
  if (issue.fieldNumber !== null)
    parts.push(
      `${parts.length ? w.column : w.Column} ${issue.fieldNumber}${issue.fieldName ? ` (${issue.fieldName})` : ""}`,
    );
  if (parts.length) return parts.join(", ");
  if (typeof issue.params.path === "string" && issue.params.path !== "")
    return `${w.at} ${issue.params.path}`;
  return issue.tags.includes("#header") ? w.header : w.file;
}

/**
 * The title of an issue type in a language; a type no catalog words shows as its id (never as another
 * language's text).
 *
 * @example
 * ```ts
 * issueTitle("blank-row", "es", tableIssues); //=> "Fila vacía"
 * ```
 */
export function issueTitle(type: string, lang: Lang, catalogs: IssueCatalogs): string {
  return lookup(catalogs, lang, type)?.title ?? type;
}

/**
 * Renders one issue as a sentence a person can act on: where, what failed, what was expected (with an
 * example), what was found and what to do, in the chosen language.
 *
 * @example
 * ```ts
 * renderIssue(createIssue("type-error", { rowNumber: 3, fieldNumber: 2, fieldName: "edad",
 *   params: { expected: "integer", received: "x", example: "42" } }), "es", tableIssues);
 * //=> "Fila 3, columna 2 (edad): el valor no tiene el tipo…; se esperaba: integer; ejemplo válido: 42; se encontró: «x»."
 * ```
 */
export function renderIssue(issue: Issue, lang: Lang, catalogs: IssueCatalogs): string {
  const w = frame[lang];
  const text = lookup(catalogs, lang, issue.type);
  const what = text?.describe ? text.describe(issue, numberWords(lang)) : (text?.title ?? issue.type);
  const parts = [`${issueLocation(issue, lang)}: ${what}`];
  const { expected, example, received, hint } = issue.params;
  if (expected !== undefined && expected !== null) {
    const detail = issue.params.detail;
    const shown = expectedText(
      String(expected),
      detail === undefined || detail === null ? undefined : String(detail),
      lang,
      catalogs,
    );
    parts.push(`${w.expected}: ${shown}`);
  }
  if (example !== undefined && example !== null) parts.push(`${w.example}: ${example}`);
  const masked = issue.params.masked === true ? ` (${w.masked})` : "";
  if (received !== undefined && received !== null) parts.push(`${w.received}: «${received}»${masked}`);
  else if (issue.cell !== null && issue.cell !== "") parts.push(`${w.received}: «${issue.cell}»${masked}`);
  if (hint !== undefined && hint !== null) parts.push(`${w.hint}: ${hint}`);
  return `${parts.join("; ")}.`;
}

/**
 * Checks issue catalogs the way {@link checkCatalogs} checks message catalogs: every type worded in all
 * three languages, every title and description non-empty with sample params.
 *
 * @example
 * ```ts
 * expect(checkIssueCatalogs(tableIssues)).toEqual([]);
 * ```
 */
export function checkIssueCatalogs(catalogs: PerLang<IssueCatalog>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const types = new Set(LANGS.flatMap((lang) => Object.keys(catalogs[lang])));
  for (const lang of LANGS) {
    for (const key of types) {
      const text = catalogs[lang][key];
      if (!text) {
        problems.push({ lang, key, problem: Object.hasOwn(catalogs.es, key) ? "missing" : "extra" });
        continue;
      }
      if (text.title.trim() === "") problems.push({ lang, key, problem: "empty" });
      if (!text.describe) continue;
      try {
        const issue: Issue = {
          type: key,
          tags: [],
          severity: "error",
          rowNumber: 2,
          fieldNumber: 1,
          fieldName: "x",
          cell: "x",
          params: sampleParams() as Issue["params"],
          note: "",
        };
        if (text.describe(issue, numberWords(lang)).trim() === "")
          problems.push({ lang, key, problem: "empty" });
      } catch (error) {
        problems.push({ lang, key, problem: "throws", detail: String(error) });
      }
    }
  }
  return problems;
}

export type { Catalog };
