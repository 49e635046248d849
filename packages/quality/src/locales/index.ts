import { registerMessages } from "@ciudata/table";
import { en } from "./en";
import { es } from "./es";
import { pt } from "./pt";
import type { Wording } from "./types";

export type { Wording } from "./types";

let registered = false;

/**
 * Registers the wording (es, en, pt) of the quality error types with `@ciudata/table`'s report
 * model. Idempotent: `validate` calls it every time, the work is done once.
 *
 * @example
 * ```ts
 * registerQualityMessages();
 * renderMessage(tableError("duplicate-row", { rowNumber: 4, params: { firstRowNumber: 2 } }), "es");
 * //=> "Fila 4: la fila repite la fila 2."
 * ```
 */
export function registerQualityMessages(): void {
  if (registered) return;
  registered = true;
  const all: ["es" | "en" | "pt", Wording][] = [
    ["es", es],
    ["en", en],
    ["pt", pt],
  ];
  for (const [lang, wording] of all)
    for (const [type, [title, describe]] of Object.entries(wording))
      registerMessages(lang, type, title, describe);
}
