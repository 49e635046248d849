import { cleanId, fail, pass } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, " -./");
const SHAPE = /^[0-9A-Z]{12}[0-9]{2}$/;

/**
 * The two CNPJ check digits of the 12-character base; letters (alphanumeric CNPJ, from July 2026)
 * count as their code minus 48, as the Receita Federal specifies.
 *
 * @example
 * ```ts
 * cnpjCheckDigits("110152480001"); //=> "42"
 * cnpjCheckDigits("12ABC34501DE"); //=> "35"
 * ```
 */
export function cnpjCheckDigits(base: string): string {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < 12; i++) {
    const v = base.charCodeAt(i) - 48;
    s1 += (((((3 - i) % 8) + 8) % 8) + 2) * v;
    s2 += (((((4 - i) % 8) + 8) % 8) + 2) * v;
  }
  const d1 = ((((11 - s1) % 11) + 11) % 11) % 10;
  const d2 = ((((11 - s2 - 2 * d1) % 11) + 11) % 11) % 10;
  return `${d1}${d2}`;
}

/**
 * Brazilian CNPJ: 8-character base + 4-character branch (`0001` = head office) + 2 check digits,
 * numeric or alphanumeric (the 2026 form).
 *
 * @example
 * ```ts
 * BR_CNPJ.validate("11.015.248/0001-42").valid; //=> true
 * BR_CNPJ.validate("12.ABC.345/01DE-35").valid; //=> true
 * ```
 */
export const BR_CNPJ: IdDefinition = {
  type: "br.cnpj",
  country: "BR",
  label: "CNPJ",
  checkDigit: true,
  defaultKind: "company",
  compact,
  validate(value) {
    const n = compact(value);
    if (n.length !== 14) return /^[0-9A-Z]*$/.test(n) ? fail(n, "length") : fail(n, "format");
    if (!SHAPE.test(n) || /^0+$/.test(n)) return fail(n, "format");
    if (cnpjCheckDigits(n) !== n.slice(12)) return fail(n, "checksum");
    return pass(n);
  },
  format(value) {
    const n = compact(value);
    if (!BR_CNPJ.validate(n).valid) return n;
    return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5, 8)}/${n.slice(8, 12)}-${n.slice(12)}`;
  },
  kind: (value) => (BR_CNPJ.validate(value).valid ? "company" : null),
  embeds(value) {
    const n = compact(value);
    if (!BR_CNPJ.validate(n).valid) return null;
    return { base: n.slice(0, 8), branch: n.slice(8, 12), headOffice: n.slice(8, 12) === "0001" };
  },
};
