const DASHES = /[\u00AD\u2010-\u2015\u2212\uFE63\uFF0D]/g;
const DOTS = /[\u00B7\u2022\u2024\u2027\u2219\u22C5\uFF0E]/g;
const DIGITS = /^[0-9]+$/;

/**
 * Normalises look-alike characters (unicode dashes, spaces, full-width digits) the way python-stdnum
 * does, removes `remove` characters and upper-cases.
 *
 * @example
 * ```ts
 * cleanId("20–10123456–9", " -"); //=> "20101234569"
 * ```
 */
export function cleanId(value: string, remove: string): string {
  const s = value.normalize("NFKC").replace(DASHES, "-").replace(DOTS, ".").toUpperCase();
  let out = "";
  for (const ch of s) if (!remove.includes(ch)) out += ch;
  return out.trim();
}

/**
 * True when the text is only ASCII digits (and not empty).
 *
 * @example
 * ```ts
 * isDigits("0123"); //=> true
 * ```
 */
export function isDigits(s: string): boolean {
  return DIGITS.test(s);
}

/** @internal a failed validation. */
export const fail = (compact: string, problem: "length" | "format" | "component" | "checksum") => ({
  valid: false,
  compact,
  problem,
});

/** @internal a passed validation. */
export const pass = (compact: string) => ({ valid: true, compact });

/**
 * Checks a calendar date (month 1-12, day within the month, leap years).
 *
 * @example
 * ```ts
 * isValidDate(2024, 2, 29); //=> true
 * ```
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (days[month - 1] as number);
}

/** @internal 4-digit-year ISO date text. */
export const isoDate = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
