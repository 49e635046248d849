import { registerMessages } from "@ciudata/table";
import { en } from "./en";
import { es } from "./es";
import { pt } from "./pt";
import type { Wording } from "./types";

let registered = false;

/**
 * Registers the es/en/pt wording of the `privacy/...` error types with `@ciudata/table`. Idempotent:
 * every entry point calls it, the work is done once.
 *
 * @example
 * ```ts
 * registerPrivacyMessages();
 * renderMessage(tableError("privacy/unknown-column", { params: { column: "edad" } }), "es");
 * ```
 */
export function registerPrivacyMessages(): void {
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
