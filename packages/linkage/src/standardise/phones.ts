import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";

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
 * ```
 */
export function cleanPhone(raw: string, country: string | undefined): CleanPhone {
  const text = raw.trim();
  if (text === "") return { value: null, parsed: false };
  const phone = parsePhoneNumberFromString(text, country as CountryCode | undefined);
  if (phone?.isPossible()) return { value: phone.number, parsed: true };
  const digits = text.replace(/\D/g, "");
  return { value: digits.length >= 6 && !/^(\d)\1+$/.test(digits) ? digits : null, parsed: false };
}
