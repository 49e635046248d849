import { type Catalog, LANGS, type Lang, type ParamsOf, type PerLang, translator } from "@ciudata/core";
import type { LocalizedText } from "../types";

/**
 * One catalog message rendered in every language, for the places that hold a text per language
 * (command summaries, usage blocks, flag descriptions, usage errors).
 *
 * @example
 * ```ts
 * localized(validateMessages, "summary"); // { es: "Revisa la calidad…", en: "Review…", pt: "Revisa…" }
 * ```
 */
export function localized<C extends Catalog, K extends keyof C & string>(
  catalogs: PerLang<C>,
  key: K,
  ...params: ParamsOf<C[K]> extends undefined ? [] : [ParamsOf<C[K]>]
): LocalizedText {
  const out = {} as Record<(typeof LANGS)[number], string>;
  for (const lang of LANGS) out[lang] = translator(catalogs, lang).t(key, ...params);
  return out;
}

/**
 * A text per language built by `render` for each one, for a message whose parameters differ by language
 * (lines already rendered in that language).
 *
 * @example
 * ```ts
 * perLang((lang) => translator(validateMessages, lang).t("readProfile", { name, profiles, lines: lines(lang) }));
 * ```
 */
export function perLang(render: (lang: Lang) => string): LocalizedText {
  return { es: render("es"), en: render("en"), pt: render("pt") };
}
