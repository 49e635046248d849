import { cleanId, fail, isDigits, pass, weightedSum } from "./clean";
import type { IdDefinition } from "./types";

const WEIGHTS = [4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const compact = (v: string) => {
  const n = cleanId(v, " -");
  return n.startsWith("UY") ? n.slice(2) : n;
};

/**
 * The check digit of the first 11 digits of a Uruguayan RUT ("10" means no valid RUT).
 *
 * @example
 * ```ts
 * uyRutCheckDigit("02016418001"); //=> "4"
 * ```
 */
export function uyRutCheckDigit(body: string): string {
  return String((11 - (weightedSum(body, WEIGHTS) % 11)) % 11);
}

/**
 * Uruguayan RUT (DGI): 2 registration digits (01-21) + 6 + `001` + check digit. Issued to companies
 * and to self-employed persons.
 *
 * @example
 * ```ts
 * UY_RUT.validate("020164180014").valid; //=> true
 * UY_RUT.format("020164180014"); //=> "02-016418-001-4"
 * ```
 */
export const UY_RUT: IdDefinition = {
  type: "uy.rut",
  country: "UY",
  label: "RUT",
  checkDigit: true,
  defaultKind: "company",
  compact,
  validate(value) {
    const n = compact(value);
    if (n.length !== 12) return fail(n, "length");
    if (!isDigits(n)) return fail(n, "format");
    const reg = n.slice(0, 2);
    if (reg < "01" || reg > "21" || n.slice(2, 8) === "000000" || n.slice(8, 11) !== "001")
      return fail(n, "component");
    if (uyRutCheckDigit(n) !== n[11]) return fail(n, "checksum");
    return pass(n);
  },
  format(value) {
    const n = compact(value);
    return UY_RUT.validate(n).valid ? `${n.slice(0, 2)}-${n.slice(2, 8)}-${n.slice(8, 11)}-${n[11]}` : n;
  },
  kind: (value) => (UY_RUT.validate(value).valid ? "company" : null),
  embeds: () => null,
};
