/** The languages every message ships in: Spanish first, then English and Portuguese. */
export const LANGS = ["es", "en", "pt"] as const;

/** A language ciudata speaks. */
export type Lang = (typeof LANGS)[number];

/** One value per language, e.g. a catalog or a phrase. */
export type PerLang<T> = Readonly<Record<Lang, T>>;

/** The language used when none is asked for. */
export const DEFAULT_LANG: Lang = "es";

/**
 * Whether a value is one of the languages ciudata speaks.
 *
 * @example
 * ```ts
 * isLang("pt"); //=> true
 * isLang("fr"); //=> false
 * ```
 */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * The language to speak for a request: the first of `candidates` that names one of ours
 * (`"en"`, `"pt-BR"`, `"es_AR.UTF-8"`, `"EN"`), else Spanish.
 *
 * @example
 * ```ts
 * resolveLang(undefined, "pt_BR.UTF-8"); //=> "pt"
 * resolveLang("fr"); //=> "es"
 * ```
 */
export function resolveLang(...candidates: readonly (string | null | undefined)[]): Lang {
  for (const candidate of candidates) {
    if (typeof candidate !== "string") continue;
    const base = candidate
      .trim()
      .toLowerCase()
      .split(/[-_.@]/u)[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
