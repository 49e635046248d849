import { en } from "./en";
import { es } from "./es";
import { pt } from "./pt";
import type { Lang, Messages } from "./types";

export type { Lang, Messages } from "./types";

/** Every language's texts. */
export const messages: Readonly<Record<Lang, Messages>> = { es, en, pt };

/** The languages, Spanish first. */
export const LANGS: readonly Lang[] = ["es", "en", "pt"];

/**
 * Tells whether a text is a supported language code.
 *
 * @example
 * ```ts
 * isLang("pt"); //=> true
 * ```
 */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language from the POSIX locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`), as the `ciudata`
 * command does: `pt_BR.UTF-8` → `pt`, `en_US` → `en`, anything else or unset → `es`.
 *
 * @example
 * ```ts
 * langFromEnv({ LANG: "en_GB.UTF-8" }); //=> "en"
 * ```
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const code = locale.toLowerCase().split(/[_.@-]/)[0] ?? "";
  return isLang(code) ? code : "es";
}
