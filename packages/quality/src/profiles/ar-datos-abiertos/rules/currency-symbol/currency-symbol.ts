import type { Check } from "@ciudata/table";
import { defineTableRule } from "../../../define-rule";
import { cellRule, type RuleOptions } from "../../../rule";
import { numberFix } from "../decimal-point/decimal-point";
import { currencySymbolTexts } from "./messages";

const CODES = "US\\$|U\\$S|AR\\$|R\\$|\\$|€|£|¥|USD|ARS|EUR|BRL|CLP|MXN|UYU|PYG|BOB|PEN|COP";
const LEADING = new RegExp(`^(${CODES})\\s*([-+]?\\d[\\d.,]*)$`, "i");
const TRAILING = new RegExp(`^([-+]?\\d[\\d.,]*)\\s*(${CODES})$`, "i");
const SIGNED_LEADING = new RegExp(`^([-+])\\s*(${CODES})\\s*(\\d[\\d.,]*)$`, "i");

/**
 * The currency symbol or code of a number written with one, and the number alone, or `null`.
 *
 * @example
 * ```ts
 * currencyFix("$ 1500"); //=> { code: "$", number: "1500" }
 * currencyFix("1500 USD"); //=> { code: "USD", number: "1500" }
 * currencyFix("1500"); //=> null
 * ```
 */
export function currencyFix(cell: string): { code: string; number: string } | null {
  if (cell.length > 40) return null;
  const value = cell.trim();
  const lead = LEADING.exec(value);
  if (lead) return { code: lead[1] as string, number: lead[2] as string };
  const trail = TRAILING.exec(value);
  if (trail) return { code: trail[2] as string, number: trail[1] as string };
  const signed = SIGNED_LEADING.exec(value);
  if (signed) return { code: signed[2] as string, number: `${signed[1]}${signed[3]}` };
  return null;
}

/**
 * Guide rule: numbers carry no currency symbol or code (`$`, `US$`, `USD`, `ARS`…); the currency
 * goes in its own column (`moneda_id`, ISO 4217). The example is the number alone, written with a decimal
 * point and no thousands separator, masked like the cell.
 *
 * @example
 * ```ts
 * await validateTable("monto\n$ 1500\n", { checks: [currencySymbol()] });
 * // quality/profile/currency-symbol at row 2, example "1500"
 * ```
 */
export function currencySymbol(options: RuleOptions = {}): Check {
  return cellRule("currency-symbol", options, (cell, ctx, index) => {
    if (cell === "") return null;
    const fix = currencyFix(cell);
    if (!fix) return null;
    return {
      currency: fix.code,
      expected: currencySymbolTexts[ctx.lang].expected,
      example: ctx.mask(numberFix(fix.number)?.fixed ?? fix.number, index),
      hint: currencySymbolTexts[ctx.lang].hint.replace("{code}", fix.code),
    };
  });
}

/** The `currency-symbol` rule of the publishing guide as a check descriptor (a profile lists it as `"currency-symbol"`). */
export const currencySymbolRule = defineTableRule("currency-symbol", (options) => currencySymbol(options));
