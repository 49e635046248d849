import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";

/** A Mexican number dialled with the old mobile prefix 044 or 045 (13 digits in all). */
const MX_OLD_MOBILE = /^\(?0\s*4\s*[45]\)?(?:[\s\-.]*\d){10}$/;

/** +52 1 and ten digits: a Mexican mobile written with the retired 1. */
const MX_OLD_INTERNATIONAL = /^\+\s*52[\s\-.]*1(?:[\s\-.]*\d){10}$/;

/** A phone after cleaning: E.164 when it parses as a possible number, else its digits. */
export interface CleanPhone {
  value: string | null;
  /** True when the value was read as a possible number of the country (or an international one). */
  parsed: boolean;
}

/**
 * Whether libphonenumber-js knows a country code (`AR`, `MX`, `BR`…).
 *
 * @example
 * ```ts
 * isPhoneCountry("AR"); //=> true
 * ```
 */
export function isPhoneCountry(code: string): boolean {
  return isSupportedCountry(code);
}

/**
 * Cleans a phone number to E.164 (`+5491123456789`) with libphonenumber-js, reading national numbers
 * as of `country`; a number it cannot read keeps its digits (6 or more), anything shorter is missing.
 *
 * @example
 * ```ts
 * cleanPhone("(011) 15-2345-6789", "AR").value; //=> "+5491123456789"
 * cleanPhone("+54 9 11 2345-6789", "AR").value; //=> "+5491123456789"
 * cleanPhone("044 55 4947 6598", "MX").value; //=> "+525549476598"
 * ```
 */
export function cleanPhone(raw: string, country: string | undefined): CleanPhone {
  let text = raw.trim();
  if (text === "") return { value: null, parsed: false };
  // Mexico's mobile prefixes retired in 2019: 044/045 before ten digits, and +52 1 before them.
  if (country === "MX" && MX_OLD_MOBILE.test(text)) text = text.replace(/\D/g, "").slice(3);
  else if (MX_OLD_INTERNATIONAL.test(text)) text = `+52${text.replace(/\D/g, "").slice(3)}`;
  const phone = parsePhoneNumberFromString(text, country as CountryCode | undefined);
  if (phone?.isPossible()) {
    const e164 = phone.number;
    return {
      value: e164.length === 14 && e164.startsWith("+521") ? `+52${e164.slice(4)}` : e164,
      parsed: true,
    };
  }
  const digits = text.replace(/\D/g, "");
  return { value: digits.length >= 6 && !/^(\d)\1+$/.test(digits) ? digits : null, parsed: false };
}

/** Distinct number shapes a {@link phoneCleaner} remembers. */
const SHAPES = 50_000;
/** The trailing digits a shape hides: national-prefix rules (trunk 0, Argentina's 15) never touch them. */
const TAIL = 6;

/**
 * A {@link cleanPhone} for one column, fast on long columns: parsing costs tens of microseconds, so
 * numbers are parsed once per shape (the text with its last six digits hidden, e.g. `011 15-23xx-xxxx`)
 * and the hidden digits put back; a shape whose E.164 form does not end with the hidden digits is
 * parsed number by number. Results are the same as `cleanPhone`'s.
 *
 * @example
 * ```ts
 * const clean = phoneCleaner("AR");
 * clean("(011) 15-2345-6789").value; //=> "+5491123456789"
 * clean("(011) 15-2345-1111").value; //=> "+5491123451111" (same shape, not parsed again)
 * ```
 */
export function phoneCleaner(country: string | undefined): (raw: string) => CleanPhone {
  const shapes = new Map<string, CleanPhone | null>();
  return (raw) => {
    const text = raw.trim();
    let digits = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
    if (digits <= TAIL + 2) return cleanPhone(text, country);
    // Hide the last TAIL digits (as 0s) and remember them.
    let tail = "";
    let shape = "";
    let seen = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text[i] as string;
      if (c >= "0" && c <= "9" && seen < TAIL) {
        tail = c + tail;
        shape = `0${shape}`;
        seen++;
      } else shape = c + shape;
    }
    let template = shapes.get(shape);
    if (template === undefined) {
      const parsed = cleanPhone(shape, country);
      template = parsed.value?.endsWith("0".repeat(TAIL)) ? parsed : null;
      if (shapes.size < SHAPES) shapes.set(shape, template);
    }
    if (template === null || template.value === null) return cleanPhone(text, country);
    // Joined, not concatenated: a million ropes of two parts would hold twice the memory of flat strings.
    return { value: [template.value.slice(0, -TAIL), tail].join(""), parsed: template.parsed };
  };
}
