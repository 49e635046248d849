import { validateDigits, weightedSum } from "./_check-digits";
import { cleanId, fail, pass } from "./clean";
import { EC_CI, ecProvinceOk } from "./ec-ci";
import type { IdDefinition, IdValidation } from "./types";

const compact = (v: string) => cleanId(v, " -");

function natural(n: string): IdValidation {
  if (n.slice(-3) === "000") return fail(n, "component");
  const ci = EC_CI.validate(n.slice(0, 10));
  return ci.valid ? pass(n) : fail(n, ci.problem ?? "checksum");
}

function publicRuc(n: string): IdValidation {
  if (n.slice(-4) === "0000") return fail(n, "component");
  return weightedSum(n, [3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0 ? pass(n) : fail(n, "checksum");
}

function juridical(n: string): IdValidation {
  if (n.slice(-3) === "000") return fail(n, "component");
  return weightedSum(n, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0 ? pass(n) : fail(n, "checksum");
}

/** @internal which kind of RUC the third digit says. */
const sector = (n: string) => ((n[2] as string) < "6" ? "natural" : n[2] === "6" ? "public" : "juridical");

/**
 * Ecuadorian RUC: 13 digits. Third digit under 6: natural person (cédula + establishment);
 * 6: public entity (or a natural person); 9: juridical person (company).
 *
 * @example
 * ```ts
 * EC_RUC.validate("1714307103001").valid; //=> true
 * EC_RUC.embeds("1714307103001"); //=> { province: "17", ci: "1714307103", establishment: "001" }
 * ```
 */
export const EC_RUC: IdDefinition = {
  type: "ec.ruc",
  country: "EC",
  label: "RUC",
  checkDigit: true,
  defaultKind: "either",
  compact,
  validate(value) {
    const n = compact(value);
    const shape = validateDigits(n, { length: 13, component: ecProvinceOk });
    if (!shape.valid) return shape;
    const third = n[2] as string;
    if (third < "6") return natural(n);
    if (third === "6") {
      const pub = publicRuc(n);
      return pub.valid ? pub : natural(n);
    }
    if (third === "9") return juridical(n);
    return fail(n, "component");
  },
  format: (value) => compact(value),
  kind(value) {
    const n = compact(value);
    if (!EC_RUC.validate(n).valid) return null;
    if (sector(n) === "natural") return "person";
    return sector(n) === "public" && !publicRuc(n).valid ? "person" : "company";
  },
  embeds(value) {
    const n = compact(value);
    if (!EC_RUC.validate(n).valid) return null;
    if (EC_RUC.kind(n) === "person")
      return { province: n.slice(0, 2), ci: n.slice(0, 10), establishment: n.slice(10) };
    return { province: n.slice(0, 2), establishment: n.slice(sector(n) === "public" ? 9 : 10) };
  },
};
