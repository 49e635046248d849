import type { Lang, LocalizedText } from "../types";
import { en } from "./en";
import { es } from "./es";
import type { Messages } from "./messages";
import { pt } from "./pt";

export type { CrashInfo, Messages } from "./messages";

/** Every language's texts. */
export const messages: Record<Lang, Messages> = { es, en, pt };

/**
 * Builds a text in every language from a picker over the locale files.
 *
 * @example
 * ```ts
 * const summary = localized((m) => m.help.summary); // { es: "Muestra…", en: "Show…", pt: "Mostra…" }
 * ```
 */
export function localized(pick: (m: Messages) => string): LocalizedText {
  return { es: pick(es), en: pick(en), pt: pick(pt) };
}
