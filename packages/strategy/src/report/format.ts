import type { Lang } from "../model/common";

const LOCALES: Record<Lang, string> = { es: "es-AR", en: "en-US", pt: "pt-BR" };

/**
 * A number for people, in the language's style (`1.500` in Spanish, `1,500` in English).
 *
 * @example
 * ```ts
 * formatNumber(10000000, "es"); //=> "10.000.000"
 * ```
 */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(n);
}

/**
 * A percentage, optionally signed (`+356,3 %`), or `—` for `null`.
 *
 * @example
 * ```ts
 * formatPct(356.3, "es", true); //=> "+356,3 %"
 * formatPct(null, "en"); //=> "—"
 * ```
 */
export function formatPct(n: number | null, lang: Lang, signed = false): string {
  if (n === null) return "—";
  const sign = signed && n > 0 ? "+" : n < 0 ? "−" : "";
  return `${sign}${formatNumber(Math.abs(n), lang)} %`;
}
