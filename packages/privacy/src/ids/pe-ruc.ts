import { mod11CheckDigit, validateDigits, weightedSum } from "./_check-digits";
import { cleanId } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, " ");
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * The SUNAT check digit of the first 10 digits of a RUC.
 *
 * @example
 * ```ts
 * peRucCheckDigit("1001073412"); //=> "1"
 * ```
 */
export function peRucCheckDigit(body: string): string {
  return mod11CheckDigit(weightedSum(body, WEIGHTS), { ten: "0", eleven: "1" });
}

/**
 * Peruvian RUC: 11 digits; `10` + DNI for persons, `15`/`17` other persons, `20` companies.
 *
 * @example
 * ```ts
 * PE_RUC.validate("10010734121").valid; //=> true
 * PE_RUC.embeds("10010734121"); //=> { prefix: "10", dni: "01073412" }
 * ```
 */
export const PE_RUC: IdDefinition = {
  type: "pe.ruc",
  country: "PE",
  label: "RUC",
  checkDigit: true,
  defaultKind: "either",
  compact,
  validate: (value) =>
    validateDigits(compact(value), {
      length: 11,
      component: (n) => ["10", "15", "17", "20"].includes(n.slice(0, 2)),
      checksum: (n) => peRucCheckDigit(n) === n[10],
    }),
  format: (value) => compact(value),
  kind(value) {
    const n = compact(value);
    if (!PE_RUC.validate(n).valid) return null;
    return n.startsWith("20") ? "company" : "person";
  },
  embeds(value) {
    const n = compact(value);
    if (!PE_RUC.validate(n).valid) return null;
    const prefix = n.slice(0, 2);
    return prefix === "10" ? { prefix, dni: n.slice(2, 10) } : { prefix };
  },
};
