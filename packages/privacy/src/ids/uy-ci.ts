import { mod10CheckDigit, validateDigits, weightedSum } from "./_check-digits";
import { cleanId, isDigits } from "./clean";
import type { IdDefinition } from "./types";

const WEIGHTS = [2, 9, 8, 7, 6, 3, 4];
const compact = (v: string) => {
  const n = cleanId(v, " .-");
  return n.length === 7 && isDigits(n) ? `0${n}` : n;
};

/**
 * The check digit of a 7-digit Uruguayan CI body.
 *
 * @example
 * ```ts
 * uyCiCheckDigit("1234567"); //=> "2"
 * ```
 */
export function uyCiCheckDigit(body: string): string {
  return mod10CheckDigit(weightedSum(body.padStart(7, "0"), WEIGHTS));
}

/**
 * Uruguayan cédula de identidad: 7 digits (6 for numbers under a million, padded) + check digit.
 *
 * @example
 * ```ts
 * UY_CI.validate("1.234.567-2").valid; //=> true
 * UY_CI.format("12345672"); //=> "1.234.567-2"
 * ```
 */
export const UY_CI: IdDefinition = {
  type: "uy.ci",
  country: "UY",
  label: "CI",
  checkDigit: true,
  defaultKind: "person",
  compact,
  validate: (value) =>
    validateDigits(compact(value), { length: 8, checksum: (n) => uyCiCheckDigit(n.slice(0, 7)) === n[7] }),
  format(value) {
    const n = compact(value);
    if (!UY_CI.validate(n).valid) return n;
    const body = String(Number(n.slice(0, 7))).replace(/\B(?=(\d{3})+$)/g, ".");
    return `${body}-${n[7]}`;
  },
  kind: (value) => (UY_CI.validate(value).valid ? "person" : null),
  embeds: () => null,
};
