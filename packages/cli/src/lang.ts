import { type Lang, resolveLang } from "@ciudata/core";

export { isLang, LANGS } from "@ciudata/core";

/**
 * Picks the language from the POSIX locale variables: the first set of `LC_ALL`, `LC_MESSAGES` and
 * `LANG` (`pt_BR.UTF-8` → `pt`, `en_US` → `en`); anything else or unset → `es`.
 *
 * @example
 * ```ts
 * langFromEnv({ LANG: "pt_BR.UTF-8" }); // "pt"
 * langFromEnv({}); // "es"
 * ```
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  return resolveLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
