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
