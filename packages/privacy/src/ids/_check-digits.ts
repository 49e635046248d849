import { fail, isDigits, pass } from "./clean";
import type { IdValidation } from "./types";

/** How {@link weightedSum} walks the digits. */
export interface WeightedSumOptions {
  /** Pair the first weight with the last character (default: with the first). */
  fromRight?: boolean;
  /** Repeat the weights over every character (default: stop after the last weight). */
  cycle?: boolean;
}

/**
 * Σ digit·weight, where a character counts as its code minus 48 (so `A` is 17, as the CNPJ uses).
 * Without `cycle` it stops at the shorter of the text and the weights.
 *
 * @example
 * ```ts
 * weightedSum("123", [1, 2, 3]); //=> 14
 * weightedSum("0110433", [3, 1, 7, 9], { fromRight: true, cycle: true }); //=> 44
 * ```
 */
export function weightedSum(
  digits: string,
  weights: readonly number[],
  options: WeightedSumOptions = {},
): number {
  const count = options.cycle ? digits.length : Math.min(digits.length, weights.length);
  let s = 0;
  for (let i = 0; i < count; i++) {
    const code = digits.charCodeAt(options.fromRight ? digits.length - 1 - i : i);
    s += (code - 48) * (weights[i % weights.length] as number);
  }
  return s;
}

/**
 * The mod-10 complement check digit: (10 − Σ mod 10) mod 10.
 *
 * @example
 * ```ts
 * mod10CheckDigit(44); //=> "6"
 * mod10CheckDigit(60); //=> "0"
 * ```
 */
export function mod10CheckDigit(sum: number): string {
  return String((10 - (sum % 10)) % 10);
}

/** What a mod-11 complement of 10 or 11 (a remainder of 1 or 0) becomes; each ID has its own rule. */
export interface Mod11Rule {
  /** The check character when 11 − Σ mod 11 is 10. */
  ten: string;
  /** The check character when 11 − Σ mod 11 is 11. */
  eleven: string;
}

/**
 * The mod-11 complement check character: 11 − Σ mod 11, with 10 and 11 mapped by `rule`.
 *
 * @example
 * ```ts
 * mod11CheckDigit(111, { ten: "9", eleven: "0" }); //=> "9"
 * mod11CheckDigit(110, { ten: "K", eleven: "0" }); //=> "0"
 * ```
 */
export function mod11CheckDigit(sum: number, rule: Mod11Rule): string {
  const c = 11 - (sum % 11);
  return c === 11 ? rule.eleven : c === 10 ? rule.ten : String(c);
}

/** The checks {@link validateDigits} runs on an all-digit ID, in this order. */
export interface DigitRules {
  /** The accepted length, or the inclusive range of accepted lengths. */
  length: number | readonly [number, number];
  /** Check that the value is all digits before its length (default: after). */
  digitsFirst?: boolean;
  /** Further shape rule, checked after the length (`format` when false). */
  format?: (n: string) => boolean;
  /** Component rule: prefix, province, registry… (`component` when false). */
  component?: (n: string) => boolean;
  /** Check-digit rule (`checksum` when false). */
  checksum?: (n: string) => boolean;
}

/**
 * The validate skeleton shared by the all-digit IDs: length, digits, extra format, components, check digit.
 *
 * @example
 * ```ts
 * validateDigits("20101234569", { length: 11, checksum: (n) => n.endsWith("9") }).valid; //=> true
 * validateDigits("123", { length: [7, 8] }).problem; //=> "length"
 * ```
 */
export function validateDigits(n: string, rules: DigitRules): IdValidation {
  const [min, max] = typeof rules.length === "number" ? [rules.length, rules.length] : rules.length;
  const lengthOk = n.length >= min && n.length <= max;
  if (rules.digitsFirst && !isDigits(n)) return fail(n, "format");
  if (!lengthOk) return fail(n, "length");
  if (!isDigits(n)) return fail(n, "format");
  if (rules.format && !rules.format(n)) return fail(n, "format");
  if (rules.component && !rules.component(n)) return fail(n, "component");
  if (rules.checksum && !rules.checksum(n)) return fail(n, "checksum");
  return pass(n);
}
