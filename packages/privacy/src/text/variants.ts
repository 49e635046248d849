// Personal data written to slip past a filter (issue #14, item 6): each variant hides a DNI, a CUIT/CUIL,
// a phone number or an e-mail address with one obfuscation. Shared by the unit test and the suggestion
// box's end-to-end test. @internal
const ZW = "\u200B";
const ZWJ = "\u200D";
const WJ = "\u2060";
const SHY = "\u00AD";
const BOM = "\uFEFF";
const full = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0));

/** `[what is hidden and how, the text, the category that must be found]`. */
export const OBFUSCATED_VARIANTS: ReadonlyArray<readonly [string, string, "id" | "phone" | "email"]> = [
  ["DNI plain", "Mi DNI es 20.123.456, gracias", "id"],
  ["DNI fullwidth digits", `Mi DNI es ${full("20.123.456")}, gracias`, "id"],
  ["DNI fullwidth word and digits", `Mi ${full("DNI")} es ${full("20123456")}`, "id"],
  ["DNI zero-width spaces", `DNI 20${ZW}.123${ZW}.456`, "id"],
  ["DNI soft hyphens and word joiners", `DNI 20${SHY}123${WJ}456`, "id"],
  ["DNI Arabic-Indic digits", "DNI ٢٠١٢٣٤٥٦", "id"],
  ["DNI spaced digits", "mi DNI es 20 123 456", "id"],
  ["CUIT plain", "CUIT 20-10123456-9", "id"],
  ["CUIT fullwidth", `CUIT ${full("20-10123456-9")}`, "id"],
  ["CUIL zero-width joiners", `CUIL 20${ZWJ}-10123456${ZWJ}-9`, "id"],
  ["CUIT Unicode hyphens", "CUIT 20\u201010123456\u20139", "id"],
  ["phone plain", "llamame al +54 9 261 555-1234", "phone"],
  ["phone fullwidth", `llamame al ${full("+54")} ${full("9")} ${full("261")} ${full("555-1234")}`, "phone"],
  ["phone zero-width spaces", `llamame al +54${ZW}9${ZW}261${ZW}555${ZW}1234`, "phone"],
  ["phone no-break and thin spaces", "llamame al +54\u00A09\u2009261\u202F555-1234", "phone"],
  ["e-mail plain", "escribime a juan.garcia@gmail.com", "email"],
  ["e-mail fullwidth ＠", "escribime a juan.garcia＠gmail.com", "email"],
  ["e-mail fully fullwidth", `escribime a ${full("juan.garcia@gmail.com")}`, "email"],
  ["e-mail [at]", "escribime a juan.garcia [at] gmail.com", "email"],
  ["e-mail (at)", "escribime a juan.garcia(at)gmail.com", "email"],
  ["e-mail ' at '", "escribime a juan.garcia at gmail.com", "email"],
  ["e-mail ' arroba '", "escribime a juan.garcia arroba gmail.com", "email"],
  ["e-mail [arroba] and (punto)", "escribime a juan.garcia[arroba]gmail(punto)com", "email"],
  ["e-mail {at} [dot]", "escribime a juan.garcia {at} gmail [dot] com", "email"],
  ["e-mail zero-width inside", `escribime a juan${ZW}.garcia@${BOM}gmail${ZW}.com`, "email"],
  ["e-mail ' @ ' spaced", "escribime a juan.garcia @ gmail.com", "email"],
];
