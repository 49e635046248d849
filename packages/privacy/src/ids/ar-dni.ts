import { validateDigits } from "./_check-digits";
import { cleanId } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, " .");

/**
 * Argentine DNI: 7-8 digits, no check digit (only the shape can be validated).
 *
 * @example
 * ```ts
 * AR_DNI.validate("20.123.456").valid; //=> true
 * AR_DNI.format("20123456"); //=> "20.123.456"
 * ```
 */
export const AR_DNI: IdDefinition = {
  type: "ar.dni",
  country: "AR",
  label: "DNI",
  checkDigit: false,
  defaultKind: "person",
  compact,
  validate: (value) => validateDigits(compact(value), { length: [7, 8], digitsFirst: true }),
  format(value) {
    const n = compact(value);
    if (!AR_DNI.validate(n).valid) return n;
    return [n.slice(0, -6), n.slice(-6, -3), n.slice(-3)].join(".");
  },
  kind: (value) => (AR_DNI.validate(value).valid ? "person" : null),
  embeds: () => null,
};
