/** windows-1252 characters for bytes 0x80–0x9F (the five undefined ones stay C1 controls, as in WHATWG). */
export const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

const latin1 = new TextDecoder("windows-1252");
const C1 = /[\u0080-\u009f]/g;
const fromC1 = (c: string): string => CP1252_C1.charAt(c.charCodeAt(0) - 0x80);

/**
 * Decodes windows-1252 exactly as the WHATWG standard says (`iso-8859-1` and `latin1` included).
 * Some Node versions (20.18.3+, 22.13+) decode 0x80–0x9F as latin1 C1 controls in `TextDecoder`
 * (nodejs/node#60888); this repairs those bytes, so `0x92` is always `’`. Single-byte: no state.
 *
 * @example
 * ```ts
 * decodeWindows1252(new Uint8Array([0x4f, 0x92, 0xd1])); // "O’Ñ"
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(C1, fromC1);
}
