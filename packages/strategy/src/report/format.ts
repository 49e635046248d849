import { type Lang, numberWords } from "@ciudata/core";

/**
 * A number for people, in the language's style (`1.500` in Spanish, `1,500` in English), one decimal at most.
 *
 * @example
 * ```ts
 * formatNumber(10000000, "es"); //=> "10.000.000"
 * ```
 */
export function formatNumber(n: number, lang: Lang): string {
  return numberWords(lang).number(n, { maximumFractionDigits: 1 });
}

/**
 * A percentage given in percent units (`356.3` is 356,3 %), optionally signed, or `—` for `null`; through
 * `Intl` in the chosen language.
 *
 * @example
 * ```ts
 * formatPct(356.3, "es", true); //=> "+356,3%"
 * formatPct(null, "en"); //=> "—"
 * ```
 */
export function formatPct(n: number | null, lang: Lang, signed = false): string {
  if (n === null) return "—";
  const sign = signed && n > 0 ? "+" : n < 0 ? "−" : "";
  return `${sign}${numberWords(lang).percent(Math.abs(n) / 100, 1)}`;
}
