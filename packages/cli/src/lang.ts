import type { Lang } from "./types";

/** Every language the CLI speaks, Spanish first. */
export const LANGS: readonly Lang[] = ["es", "en", "pt"];

/**
 * Tells whether a text is a supported language code.
 *
 * @example
 * ```ts
 * isLang("pt"); // true
 * isLang("fr"); // false
 * ```
 */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * Picks the language from the POSIX locale variables (`LC_ALL`, then `LC_MESSAGES`, then `LANG`):
 * `pt_BR.UTF-8` → `pt`, `en_US` → `en`, anything else or unset → `es`.
 *
 * @example
 * ```ts
 * langFromEnv({ LANG: "pt_BR.UTF-8" }); // "pt"
 * langFromEnv({}); // "es"
 * ```
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const code = locale.toLowerCase().split(/[_.@-]/)[0] ?? "";
  return isLang(code) ? code : "es";
}
