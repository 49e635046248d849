import { cleanId, fail, isDigits, pass } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, " -.");

/**
 * The two CPF check digits of a 9-digit base.
 *
 * @example
 * ```ts
 * cpfCheckDigits("390533447"); //=> "05"
 * ```
 */
export function cpfCheckDigits(base: string): string {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < 9; i++) {
    const d = base.charCodeAt(i) - 48;
    s1 += (10 - i) * d;
    s2 += (11 - i) * d;
  }
  const d1 = ((11 - (s1 % 11)) % 11) % 10;
  const d2 = ((11 - ((s2 + 2 * d1) % 11)) % 11) % 10;
  return `${d1}${d2}`;
}

/**
 * Brazilian CPF: 9 digits + 2 check digits. Repeated-digit numbers (`111.111.111-11`) pass the
 * checksum but are never issued by the Receita Federal, so they are rejected (python-stdnum accepts them).
 *
 * @example
 * ```ts
 * BR_CPF.validate("390.533.447-05").valid; //=> true
 * BR_CPF.validate("111.111.111-11").problem; //=> "component"
 * ```
 */
export const BR_CPF: IdDefinition = {
  type: "br.cpf",
  country: "BR",
  label: "CPF",
  checkDigit: true,
  defaultKind: "person",
  compact,
  validate(value) {
    const n = compact(value);
    if (!isDigits(n) || /^0+$/.test(n)) return fail(n, "format");
    if (n.length !== 11) return fail(n, "length");
    if (/^(\d)\1{10}$/.test(n)) return fail(n, "component");
    if (cpfCheckDigits(n) !== n.slice(9)) return fail(n, "checksum");
    return pass(n);
  },
  format(value) {
    const n = compact(value);
    return BR_CPF.validate(n).valid ? `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}` : n;
  },
  kind: (value) => (BR_CPF.validate(value).valid ? "person" : null),
  embeds: () => null,
};
