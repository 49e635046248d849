import { cleanId, fail, isDigits, pass } from "./clean";
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
  validate(value) {
    const n = compact(value);
    if (!isDigits(n)) return fail(n, "format");
    if (n.length < 6 || n.length > 10) return fail(n, "length");
    if (n[0] === "0") return fail(n, "format");
    return pass(n);
  },
  format(value) {
    const n = compact(value);
    return CO_CEDULA.validate(n).valid ? n.replace(/\B(?=(\d{3})+$)/g, ".") : n;
  },
  kind: (value) => (CO_CEDULA.validate(value).valid ? "person" : null),
  embeds: () => null,
};
