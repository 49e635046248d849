import { mod11CheckDigit, validateDigits, weightedSum } from "./_check-digits";
import { cleanId } from "./clean";
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
  return mod11CheckDigit(weightedSum(body, WEIGHTS), { ten: "10", eleven: "0" });
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
  validate: (value) =>
    validateDigits(compact(value), {
      length: 12,
      component: (n) =>
        n.slice(0, 2) >= "01" &&
        n.slice(0, 2) <= "21" &&
        n.slice(2, 8) !== "000000" &&
        n.slice(8, 11) === "001",
      checksum: (n) => uyRutCheckDigit(n) === n[11],
    }),
  format(value) {
    const n = compact(value);
    return UY_RUT.validate(n).valid ? `${n.slice(0, 2)}-${n.slice(2, 8)}-${n.slice(8, 11)}-${n[11]}` : n;
  },
  kind: (value) => (UY_RUT.validate(value).valid ? "company" : null),
  embeds: () => null,
};
