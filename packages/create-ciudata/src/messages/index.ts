import { type Lang, resolveLang } from "@ciudata/core";

export { createCiudataIssues } from "./issues";
export { createCiudataMessages } from "./messages";

/**
 * The language from the POSIX locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set), as
 * the `ciudata` command does: `pt_BR.UTF-8` → `pt`, `en_US` → `en`, anything else or unset → `es`.
 *
 * @example
 * ```ts
 * langFromEnv({ LANG: "en_GB.UTF-8" }); //=> "en"
 * ```
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  return resolveLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
