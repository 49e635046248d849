import { weightedSum } from "./_check-digits";
import { cleanId, fail, isDigits, pass } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, " -");
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * The two accepted check characters of a Peruvian CUI (a digit and a letter), for an 8-digit DNI.
 *
 * @example
 * ```ts
 * cuiCheckChars("05209244"); //=> "8D"
 * ```
 */
export function cuiCheckChars(dni: string): string {
  const c = weightedSum(dni, WEIGHTS) % 11;
  return `${"65432110987"[c]}${"KJIHGFEDCBA"[c]}`;
}

/**
 * Peruvian DNI / CUI: 8 digits, optionally followed by the check character (digit or letter) printed on the card.
 *
 * @example
 * ```ts
 * PE_CUI.validate("05209244-8").valid; //=> true
 * PE_CUI.validate("25543680E").valid; //=> true
 * ```
 */
export const PE_CUI: IdDefinition = {
  type: "pe.cui",
  country: "PE",
  label: "DNI/CUI",
  checkDigit: true,
  defaultKind: "person",
  compact,
  validate(value) {
    const n = compact(value);
    if (n.length !== 8 && n.length !== 9) return fail(n, "length");
    if (!isDigits(n.slice(0, 8))) return fail(n, "format");
    if (n.length === 9 && !cuiCheckChars(n).includes(n[8] as string)) return fail(n, "checksum");
    return pass(n);
  },
  format(value) {
    const n = compact(value);
    return PE_CUI.validate(n).valid && n.length === 9 ? `${n.slice(0, 8)}-${n[8]}` : n;
  },
  kind: (value) => (PE_CUI.validate(value).valid ? "person" : null),
  embeds: () => null,
};
