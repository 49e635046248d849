import { mod11CheckDigit, validateDigits, weightedSum } from "./_check-digits";
import { cleanId } from "./clean";
import type { IdDefinition, IdKind } from "./types";

const compact = (v: string) => cleanId(v, " -");
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const PERSON = ["20", "23", "24", "27"];
const COMPANY = ["30", "33", "34"];
const OTHER = ["50", "51", "55"];

/**
 * The CUIT/CUIL check digit of the first 10 digits (11 − Σ mod 11; 11 → 0, 10 → 9 as python-stdnum).
 *
 * @example
 * ```ts
 * cuitCheckDigit("2010123456"); //=> "9"
 * ```
 */
export function cuitCheckDigit(body: string): string {
  return mod11CheckDigit(weightedSum(body, WEIGHTS), { ten: "9", eleven: "0" });
}

/**
 * Argentine CUIT/CUIL: type (20/23/24/27 persons, 30/33/34 companies, 50/51/55) + DNI or sequence + check digit.
 * A person's CUIL embeds the DNI.
 *
 * @example
 * ```ts
 * AR_CUIT.validate("20-10123456-9").valid; //=> true
 * AR_CUIT.embeds("20101234569"); //=> { prefix: "20", dni: "10123456" }
 * ```
 */
export const AR_CUIT: IdDefinition = {
  type: "ar.cuit",
  country: "AR",
  label: "CUIT/CUIL",
  checkDigit: true,
  defaultKind: "either",
  compact,
  validate: (value) =>
    validateDigits(compact(value), {
      length: 11,
      component: (n) => [...PERSON, ...COMPANY, ...OTHER].includes(n.slice(0, 2)),
      checksum: (n) => cuitCheckDigit(n.slice(0, 10)) === n[10],
    }),
  format(value) {
    const n = compact(value);
    return AR_CUIT.validate(n).valid ? `${n.slice(0, 2)}-${n.slice(2, 10)}-${n.slice(10)}` : n;
  },
  kind(value): IdKind | null {
    const n = compact(value);
    if (!AR_CUIT.validate(n).valid) return null;
    const prefix = n.slice(0, 2);
    return PERSON.includes(prefix) ? "person" : COMPANY.includes(prefix) ? "company" : "either";
  },
  embeds(value) {
    const n = compact(value);
    if (!AR_CUIT.validate(n).valid) return null;
    const prefix = n.slice(0, 2);
    return PERSON.includes(prefix) ? { prefix, dni: n.slice(2, 10) } : { prefix };
  },
};
