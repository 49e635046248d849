import { validateDigits } from "./_check-digits";
import { cleanId } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, " -");

/** @internal Σ of digits with coefficients 2,1,2,1… (products over 9 minus 9), mod 10. */
export function ecCiChecksum(n: string): number {
  let s = 0;
  for (let i = 0; i < n.length; i++) {
    const p = (i % 2 === 0 ? 2 : 1) * (n.charCodeAt(i) - 48);
    s += p > 9 ? p - 9 : p;
  }
  return s % 10;
}

/** @internal province 01-24, 30 (abroad) or 50. */
export const ecProvinceOk = (n: string) => {
  const p = n.slice(0, 2);
  return (p >= "01" && p <= "24") || p === "30" || p === "50";
};

/**
 * Ecuadorian cédula: province (01-24, 30) + third digit under 7 + 6 digits + check digit.
 *
 * @example
 * ```ts
 * EC_CI.validate("171430710-3").valid; //=> true
 * EC_CI.embeds("1714307103"); //=> { province: "17" }
 * ```
 */
export const EC_CI: IdDefinition = {
  type: "ec.ci",
  country: "EC",
  label: "Cédula",
  checkDigit: true,
  defaultKind: "person",
  compact,
  validate: (value) =>
    validateDigits(compact(value), {
      length: 10,
      component: (n) => ecProvinceOk(n) && (n[2] as string) <= "6",
      checksum: (n) => ecCiChecksum(n) === 0,
    }),
  format: (value) => compact(value),
  kind: (value) => (EC_CI.validate(value).valid ? "person" : null),
  embeds(value) {
    const n = compact(value);
    return EC_CI.validate(n).valid ? { province: n.slice(0, 2) } : null;
  },
};
