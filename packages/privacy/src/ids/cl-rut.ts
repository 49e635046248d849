import { mod11CheckDigit, weightedSum } from "./_check-digits";
import { cleanId, fail, isDigits, pass } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => {
  const n = cleanId(v, " -.");
  return n.startsWith("CL") ? n.slice(2) : n;
};

/**
 * The RUT/RUN check character of a body (weights 2..7 from the right; 11 → 0, 10 → K).
 *
 * @example
 * ```ts
 * rutCheckDigit("12345678"); //=> "5"
 * ```
 */
export function rutCheckDigit(body: string): string {
  return mod11CheckDigit(weightedSum(body, [2, 3, 4, 5, 6, 7], { fromRight: true, cycle: true }), {
    ten: "K",
    eleven: "0",
  });
}

/** Bodies from 50.000.000 up are legal entities (SII practice). */
const COMPANY_FROM = 50_000_000;

/**
 * Chilean RUT/RUN: 7-8 digit body + check character (0-9 or K). Bodies of 50 million and more are
 * companies (a heuristic the SII follows), lower ones persons.
 *
 * @example
 * ```ts
 * CL_RUT.validate("12.345.678-5").valid; //=> true
 * CL_RUT.format("123456785"); //=> "12.345.678-5"
 * ```
 */
export const CL_RUT: IdDefinition = {
  type: "cl.rut",
  country: "CL",
  label: "RUT/RUN",
  checkDigit: true,
  defaultKind: "either",
  compact,
  validate(value) {
    const n = compact(value);
    if (n.length !== 8 && n.length !== 9) return fail(n, "length");
    if (!isDigits(n.slice(0, -1))) return fail(n, "format");
    if (rutCheckDigit(n.slice(0, -1)) !== n[n.length - 1]) return fail(n, "checksum");
    return pass(n);
  },
  format(value) {
    const n = compact(value);
    if (!CL_RUT.validate(n).valid) return n;
    return `${n.slice(0, -7)}.${n.slice(-7, -4)}.${n.slice(-4, -1)}-${n.slice(-1)}`;
  },
  kind(value) {
    const n = compact(value);
    if (!CL_RUT.validate(n).valid) return null;
    return Number(n.slice(0, -1)) >= COMPANY_FROM ? "company" : "person";
  },
  embeds: () => null,
};
