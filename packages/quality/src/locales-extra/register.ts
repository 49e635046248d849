import { type Lang, registerMessages } from "@ciudata/table";
import { EXTRA_ERROR_TYPES, EXTRA_MESSAGES } from "./messages";

let registered = false;

/**
 * Adds the es/en/pt wording of the timeliness, consistency and bias error types (`quality/stale-data`,
 * `quality/category-variants`, `quality/missing-by-group`…) to the report's message catalog.
 * Idempotent: the checks call it themselves, calling it again costs nothing.
 *
 * @example
 * ```ts
 * registerExtraMessages();
 * errorTitle("quality/stale-data", "es"); //=> "Datos desactualizados"
 * ```
 */
export function registerExtraMessages(): void {
  if (registered) return;
  for (const lang of Object.keys(EXTRA_MESSAGES) as Lang[])
    for (const type of EXTRA_ERROR_TYPES) {
      const m = EXTRA_MESSAGES[lang][type];
      registerMessages(lang, type, m.title, m.describe);
    }
  registered = true;
}
