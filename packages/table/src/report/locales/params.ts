import { type Lang, numberWords } from "@ciudata/core";
import type { TableError } from "../error";

/**
 * A param of an error as text (`""` when absent).
 * @example
 * ```ts
 * p(tableError("x", { params: { label: "edad" } }), "label"); //=> "edad"
 * ```
 */
export const p = (e: TableError, k: string): string => String(e.params[k] ?? "");

/**
 * A numeric param worded for the language through `Intl` (`30000` → `"30.000"` in es, `∞` for no
 * limit); a non-number param as it is.
 * @example
 * ```ts
 * num(tableError("x", { params: { found: 30000 } }), "found", "es"); //=> "30.000"
 * ```
 */
export function num(e: TableError, k: string, lang: Lang): string {
  const v = e.params[k];
  if (typeof v !== "number") return String(v ?? "");
  if (v === Number.POSITIVE_INFINITY) return "∞";
  return numberWords(lang).number(v, { maximumFractionDigits: 3 });
}

/**
 * A numeric param and its noun in the singular or the plural, as the language agrees them
 * (`1 línea`, `3 líneas`); a non-number param with the plural.
 * @example
 * ```ts
 * count(tableError("x", { params: { lines: 1 } }), "lines", "es", { one: "línea", other: "líneas" }); //=> "1 línea"
 * ```
 */
export function count(e: TableError, k: string, lang: Lang, forms: { one: string; other: string }): string {
  const v = e.params[k];
  const x = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
  if (!Number.isFinite(x)) return `${num(e, k, lang)} ${forms.other}`;
  return numberWords(lang).count(x, forms);
}

/**
 * The construct at fault in parentheses, or nothing when only the engine could name it.
 * @example
 * ```ts
 * detailOf(tableError("x", { params: { detail: "(?=" } })); //=> " ((?=)"
 * ```
 */
export const detailOf = (e: TableError): string => (e.params.detail ? ` (${String(e.params.detail)})` : "");
