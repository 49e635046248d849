import type { Check } from "@ciudata/table";
import { defineTableRule } from "../../../define-rule";
import { cellRule, type RuleOptions } from "../../../rule";
import { isoDateTexts } from "./messages";

const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MY = /^(\d{1,2})[/-](\d{4})$/;

const pad = (s: string) => s.padStart(2, "0");

function time(h: string | undefined, m: string | undefined, s: string | undefined): string {
  if (h === undefined || m === undefined) return "";
  return `T${pad(h)}:${m}:${s ?? "00"}`;
}

/** What `DMY` and `YMD` capture: the match, three date parts with the separator, and an optional time. */
type DateMatch = [string, string, string, string, string, string?, string?, string?];

/**
 * The ISO 8601 form of a date written another way (`31/12/2024`, `2024/12/31`, `2024-1-5`, `12/2024`),
 * or `null` when it is already ISO or not a date. Day-first unless the second part can only be a day
 * (`12/31/2024`); two-digit years are read as 20xx.
 *
 * @example
 * ```ts
 * isoDateFix("31/12/2024"); //=> "2024-12-31"
 * isoDateFix("05-03-24 9:30"); //=> "2024-03-05T09:30:00"
 * isoDateFix("2024-12-31"); //=> null
 * ```
 */
export function isoDateFix(cell: string): string | null {
  if (cell.length > 25) return null;
  const dmy = DMY.exec(cell);
  if (dmy) {
    const [, a, , b, y, h, m, s] = dmy as unknown as DateMatch;
    let day = Number(a);
    let month = Number(b);
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    const year = y.length === 2 ? `20${y}` : y;
    return `${year}-${pad(String(month))}-${pad(String(day))}${time(h, m, s)}`;
  }
  const ymd = YMD.exec(cell);
  if (ymd) {
    const [, y, sep, mo, d, h, m, s] = ymd as unknown as DateMatch;
    if (sep === "-" && mo.length === 2 && d.length === 2) return null; // already ISO
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    return `${y}-${pad(mo)}-${pad(d)}${time(h, m, s)}`;
  }
  const my = MY.exec(cell);
  if (my) {
    const month = Number(my[1]);
    if (month < 1 || month > 12) return null;
    return `${my[2]}-${pad(my[1] as string)}`;
  }
  return null;
}

/**
 * Guide rule: dates are written in ISO 8601 (`2024-12-31`, `2024-12-31T23:59:00-03:00`). The example is
 * the cell rewritten in ISO 8601, masked like the cell.
 *
 * @example
 * ```ts
 * await validateTable("fecha\n31/12/2024\n", { checks: [isoDate()] });
 * // quality/profile/iso-date at row 2, example "2###-##-##" (masked 2024-12-31)
 * ```
 */
export function isoDate(options: RuleOptions = {}): Check {
  return cellRule("iso-date", options, (cell, ctx, index) => {
    const c = cell.charCodeAt(0);
    if (!(c >= 48 && c <= 57)) return null;
    const fixed = isoDateFix(cell);
    if (fixed === null) return null;
    return {
      expected: isoDateTexts[ctx.lang].expected,
      example: ctx.mask(fixed, index),
      hint: isoDateTexts[ctx.lang].hint,
    };
  });
}

/** The `iso-date` rule of the publishing guide as a check descriptor (a profile lists it as `"iso-date"`). */
export const isoDateRule = defineTableRule("iso-date", (options) => isoDate(options));
