import type { Check } from "@ciudata/table";
import { defineTableRule } from "../../../define-rule";
import { cellRule, type RuleOptions } from "../../../rule";
import { decimalPointTexts } from "./messages";

type Reason = "decimal-comma" | "thousands-separator";

const COMMA_GROUPS = /^[-+]?\d{1,3}(?:,\d{3})+\.\d+$|^[-+]?\d{1,3}(?:,\d{3}){2,}$/; // 1,234.5 / 1,234,567
const DOT_GROUPS_COMMA = /^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/; // 1.234,56
const DOT_GROUPS = /^[-+]?\d{1,3}(?:\.\d{3}){2,}$/; // 1.234.567 (a single group, 1.234, is a valid decimal)
const DECIMAL_COMMA = /^[-+]?\d*,\d+$/; // 1234,56 / ,5

/**
 * What is wrong with a number as written and how it should be written, or `null` when it is fine or
 * not a number.
 *
 * @example
 * ```ts
 * numberFix("1.234,56"); //=> { reason: "thousands-separator", fixed: "1234.56" }
 * numberFix("12,5"); //=> { reason: "decimal-comma", fixed: "12.5" }
 * numberFix("1.234"); //=> null (a valid decimal)
 * ```
 */
export function numberFix(cell: string): { reason: Reason; fixed: string } | null {
  if (cell.length > 40 || cell === "") return null;
  if (COMMA_GROUPS.test(cell)) return { reason: "thousands-separator", fixed: cell.replace(/,/g, "") };
  if (DOT_GROUPS_COMMA.test(cell))
    return { reason: "thousands-separator", fixed: cell.replace(/\./g, "").replace(",", ".") };
  if (DOT_GROUPS.test(cell)) return { reason: "thousands-separator", fixed: cell.replace(/\./g, "") };
  if (DECIMAL_COMMA.test(cell)) return { reason: "decimal-comma", fixed: cell.replace(",", ".") };
  return null;
}

/**
 * Guide rule: numbers use `.` as decimal mark and no thousands separator (`1234.56`, not `1.234,56`
 * nor `1,234.56`). A lone `1.234` is a valid decimal and is left alone. The example is the number
 * rewritten, masked like the cell.
 *
 * @example
 * ```ts
 * await validateTable('monto\n"1.234,56"\n', { checks: [decimalPoint()] });
 * // quality/profile/decimal-point, example "1###.##" (masked 1234.56)
 * ```
 */
export function decimalPoint(options: RuleOptions = {}): Check {
  return cellRule("decimal-point", options, (cell, ctx, index) => {
    const c = cell.charCodeAt(0);
    // Only cells that start like a number: cheap on text columns.
    if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 44)) return null;
    const fix = numberFix(cell);
    if (!fix) return null;
    return {
      reason: fix.reason,
      expected: decimalPointTexts[ctx.lang].expected,
      example: ctx.mask(fix.fixed, index),
      hint: decimalPointTexts[ctx.lang][`hint.${fix.reason}`],
    };
  });
}

/** The `decimal-point` rule of the publishing guide as a check descriptor (a profile lists it as `"decimal-point"`). */
export const decimalPointRule = defineTableRule("decimal-point", (options) => decimalPoint(options));
