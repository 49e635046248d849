import { mod11CheckDigit, validateDigits, weightedSum } from "./_check-digits";
import { cleanId } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, ".,- ");
const WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/**
 * The DIAN check digit of a NIT body (prime weights from the right, mod 11).
 *
 * @example
 * ```ts
 * nitCheckDigit("800003122"); //=> "6"
 * ```
 */
export function nitCheckDigit(body: string): string {
  return mod11CheckDigit(weightedSum(body, WEIGHTS, { fromRight: true }), { ten: "1", eleven: "0" });
}

/**
 * Colombian NIT: body + DIAN check digit. Nine-digit bodies starting with 8 or 9 are companies; the
 * NIT of a person is the cédula plus the check digit.
 *
 * @example
 * ```ts
 * CO_NIT.validate("800.003.122-6").valid; //=> true
 * CO_NIT.kind("800.003.122-6"); //=> "company"
 * ```
 */
export const CO_NIT: IdDefinition = {
  type: "co.nit",
  country: "CO",
  label: "NIT",
  checkDigit: true,
  defaultKind: "either",
  compact,
  validate: (value) =>
    validateDigits(compact(value), {
      length: [8, 16],
      checksum: (n) => nitCheckDigit(n.slice(0, -1)) === n[n.length - 1],
    }),
  format(value) {
    const n = compact(value);
    if (!CO_NIT.validate(n).valid) return n;
    const body = n.slice(0, -1);
    return `${body.replace(/\B(?=(\d{3})+$)/g, ".")}-${n.slice(-1)}`;
  },
  kind(value) {
    const n = compact(value);
    if (!CO_NIT.validate(n).valid) return null;
    const body = n.slice(0, -1).replace(/^0+/, "");
    return body.length === 9 && (body[0] === "8" || body[0] === "9") ? "company" : "person";
  },
  embeds: () => null,
};
