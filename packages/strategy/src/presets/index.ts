import type { StrategyDocument, StrategyDocumentInput } from "../model/document";
import { loadStrategy } from "../validate/parse";
import { MENDOZA_2024_2026 } from "./mendoza-2024-2026";
import { SAN_ANTONIO_PLADECO } from "./san-antonio-pladeco";

export { CDA_FRAMEWORK, WWC_TIERS } from "./cda";
export { MENDOZA_2024_2026 } from "./mendoza-2024-2026";
export { SAN_ANTONIO_PLADECO } from "./san-antonio-pladeco";

/** Built-in strategies by id, as written (input form). */
export const PRESETS: Readonly<Record<string, StrategyDocumentInput>> = {
  "mendoza-2024-2026": MENDOZA_2024_2026,
  "san-antonio-pladeco": SAN_ANTONIO_PLADECO,
};

/**
 * A built-in strategy, parsed and checked (a fresh copy each call), or `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * getPreset("mendoza-2024-2026")?.actions.length; //=> 18
 * ```
 */
export function getPreset(id: string): StrategyDocument | undefined {
  const input = PRESETS[id];
  return input === undefined ? undefined : loadStrategy(structuredClone(input));
}
