import { validateDigits } from "./_check-digits";
import { cleanId } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, ".,- ");

/**
 * Colombian cédula de ciudadanía: 6-10 digits, no check digit (only the shape can be validated).
 *
 * @example
 * ```ts
 * CO_CEDULA.validate("79.308.960").valid; //=> true
 * CO_CEDULA.format("79308960"); //=> "79.308.960"
 * ```
 */
export const CO_CEDULA: IdDefinition = {
  type: "co.cedula",
  country: "CO",
  label: "Cédula de ciudadanía",
  checkDigit: false,
  defaultKind: "person",
  compact,
  validate: (value) =>
    validateDigits(compact(value), { length: [6, 10], digitsFirst: true, format: (n) => n[0] !== "0" }),
  format(value) {
    const n = compact(value);
    return CO_CEDULA.validate(n).valid ? n.replace(/\B(?=(\d{3})+$)/g, ".") : n;
  },
  kind: (value) => (CO_CEDULA.validate(value).valid ? "person" : null),
  embeds: () => null,
};
