import type { Lang } from "../lang/lang";

const LOCALE_TAGS: Readonly<Record<Lang, string>> = { es: "es-AR", en: "en-US", pt: "pt-BR" };

/** Forms of a counted word: `{ one: "fila", other: "filas" }`. */
export interface PluralForms {
  one: string;
  other: string;
}

/**
 * Numbers, percentages, plurals and lists worded for one language through `Intl`, so a report never
 * mixes `96,5` with `79.99%`.
 */
export interface NumberWords {
  readonly lang: Lang;
  /** `1234.5` → `"1.234,5"` (es), `"1,234.5"` (en). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A ratio as a percentage: `0.7999` → `"80 %"` (es), `"80%"` (en); `digits` decimals at most (default 1). */
  percent(ratio: number, digits?: number): string;
  /** A count with its word agreeing: `(1, {one:"fila", other:"filas"})` → `"1 fila"`. */
  count(value: number, forms: PluralForms): string;
  /** Only the word that agrees with a count (for a verb or an adjective): `(1, {one:"falta", other:"faltan"})` → `"falta"`. */
  form(value: number, forms: PluralForms): string;
  /** `["a","b","c"]` → `"a, b y c"` (es), `"a, b, and c"` (en). */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
}

const cache = new Map<string, NumberWords>();

/**
 * The {@link NumberWords} of a language (cached).
 *
 * @example
 * ```ts
 * numberWords("es").number(1234.5); //=> "1.234,5"
 * numberWords("en").count(3, { one: "error", other: "errors" }); //=> "3 errors"
 * ```
 */
export function numberWords(lang: Lang): NumberWords {
  const hit = cache.get(lang);
  if (hit) return hit;
  const tag = LOCALE_TAGS[lang];
  const formats = new Map<string, Intl.NumberFormat>();
  const fmt = (options: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(options);
    let f = formats.get(key);
    if (!f) {
      f = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, ...options });
      formats.set(key, f);
    }
    return f;
  };
  const plural = new Intl.PluralRules(tag);
  const words: NumberWords = {
    lang,
    number: (value, options) => fmt(options).format(value),
    percent: (ratio, digits = 1) =>
      fmt({ style: "percent", maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(ratio),
    count: (value, forms) =>
      `${fmt().format(value)} ${plural.select(value) === "one" ? forms.one : forms.other}`,
    form: (value, forms) => (plural.select(value) === "one" ? forms.one : forms.other),
    list: (items, type = "conjunction") => new Intl.ListFormat(tag, { type }).format(items),
  };
  cache.set(lang, words);
  return words;
}
