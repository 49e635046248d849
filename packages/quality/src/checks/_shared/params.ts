import type { Issue, Lang, NumberWords } from "@ciudata/core";

/**
 * A param of an issue as text (`""` when absent), for catalog sentences.
 *
 * @example
 * ```ts
 * p(createIssue("quality/cross-field", { params: { rule: "a <= b" } }), "rule"); //=> "a <= b"
 * ```
 */
export const p = (e: Issue, k: string): string => String(e.params[k] ?? "");

/**
 * Whether an issue has a non-empty param.
 *
 * @example
 * ```ts
 * has(createIssue("x", { params: { group: "" } }), "group"); //=> false
 * ```
 */
export const has = (e: Issue, k: string): boolean =>
  e.params[k] !== undefined && e.params[k] !== null && e.params[k] !== "";

const DIMENSIONS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  es: { sexo: "sexo", edad: "edad", territorio: "territorio" },
  en: { sexo: "sex", edad: "age", territorio: "territory" },
  pt: { sexo: "sexo", edad: "idade", territorio: "território" },
};

/**
 * The disaggregation dimension an issue names (`params.dimension`), in a language.
 *
 * @example
 * ```ts
 * dimension(createIssue("quality/missing-dimension", { params: { dimension: "edad" } }), "pt"); //=> "idade"
 * ```
 */
export const dimension = (e: Issue, lang: Lang): string =>
  DIMENSIONS[lang][p(e, "dimension")] ?? p(e, "dimension");

/**
 * A param as text, a number written the language's way (`1.234,5` in Spanish, `1,234.5` in English).
 *
 * @example
 * ```ts
 * n(createIssue("x", { params: { cells: 1234 } }), "cells", numberWords("es")); //=> "1.234"
 * ```
 */
export const n = (e: Issue, k: string, words: NumberWords): string => {
  const v = e.params[k];
  return typeof v === "number" ? words.number(v) : String(v ?? "");
};

/**
 * A numeric param with its noun in the singular or the plural, as the language agrees them
 * (`1 celda`, `1.234 celdas`); a param that is not a number keeps the plural.
 *
 * @example
 * ```ts
 * c(createIssue("x", { params: { cells: 1 } }), "cells", numberWords("es"), { one: "celda", other: "celdas" }); //=> "1 celda"
 * ```
 */
export const c = (e: Issue, k: string, words: NumberWords, forms: { one: string; other: string }): string => {
  const v = numeric(e.params[k]);
  return v === null ? `${String(e.params[k] ?? "")} ${forms.other}` : words.count(v, forms);
};

/** A param as a number: a number, or a numeric text (params read back from JSON); else `null`. */
function numeric(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" && !(v instanceof String)) return null;
  const text = String(v).trim();
  const x = Number(text);
  return text !== "" && Number.isFinite(x) ? x : null;
}

/**
 * The word (a verb, an adjective) that agrees with a numeric param, without the number: `falta` for 1,
 * `faltan` for 3; the plural when the param is not a number.
 *
 * @example
 * ```ts
 * verb(createIssue("x", { params: { missingCount: 1 } }), "missingCount", numberWords("es"), { one: "falta", other: "faltan" }); //=> "falta"
 * ```
 */
export const verb = (
  e: Issue,
  k: string,
  words: NumberWords,
  forms: { one: string; other: string },
): string => {
  const v = numeric(e.params[k]);
  return v === null ? forms.other : words.form(v, forms);
};

/**
 * A param holding a percentage (0–100) written the language's way through `Intl` (`60,5%` in Spanish,
 * `60.5%` in English); a param that is not a number as it is.
 *
 * @example
 * ```ts
 * pct(createIssue("x", { params: { rate: 60.5 } }), "rate", numberWords("en")); //=> "60.5%"
 * ```
 */
export const pct = (e: Issue, k: string, words: NumberWords): string => {
  const v = numeric(e.params[k]);
  return v === null ? String(e.params[k] ?? "") : words.percent(v / 100, 1);
};
