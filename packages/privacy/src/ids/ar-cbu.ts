import { mod10CheckDigit, validateDigits, weightedSum } from "./_check-digits";
import { cleanId } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, " -");
const WEIGHTS = [3, 1, 7, 9];

/**
 * The check digit of one CBU block (weights 3,1,7,9 cycling from the right; (10 − Σ mod 10) mod 10).
 *
 * @example
 * ```ts
 * cbuCheckDigit("0110433"); //=> "6"
 * ```
 */
export function cbuCheckDigit(block: string): string {
  return mod10CheckDigit(weightedSum(block, WEIGHTS, { fromRight: true, cycle: true }));
}

/**
 * Argentine CBU (bank account): bank 3 + branch 4 + check, account 13 + check.
 *
 * @example
 * ```ts
 * AR_CBU.validate("0110433630043313857683").valid; //=> true
 * AR_CBU.embeds("0110433630043313857683"); //=> { bank: "011", branch: "0433", account: "3004331385768" }
 * ```
 */
export const AR_CBU: IdDefinition = {
  type: "ar.cbu",
  country: "AR",
  label: "CBU",
  checkDigit: true,
  defaultKind: "either",
  compact,
  validate: (value) =>
    validateDigits(compact(value), {
      length: 22,
      checksum: (n) => cbuCheckDigit(n.slice(0, 7)) === n[7] && cbuCheckDigit(n.slice(8, 21)) === n[21],
    }),
  format(value) {
    const n = compact(value);
    return AR_CBU.validate(n).valid ? `${n.slice(0, 8)} ${n.slice(8)}` : n;
  },
  kind: (value) => (AR_CBU.validate(value).valid ? "either" : null),
  embeds(value) {
    const n = compact(value);
    if (!AR_CBU.validate(n).valid) return null;
    return { bank: n.slice(0, 3), branch: n.slice(3, 7), account: n.slice(8, 21) };
  },
};
