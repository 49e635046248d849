/** Labels worth suggesting for Latin American open data (any WHATWG label is accepted). */
export const COMMON_ENCODINGS = [
  "utf-8",
  "windows-1252",
  "iso-8859-1",
  "iso-8859-15",
  "utf-16le",
  "utf-16be",
  "macintosh",
] as const;

/**
 * The WHATWG canonical name for an encoding label, or `null` if the platform's `TextDecoder`
 * does not know it. Note `iso-8859-1` and `latin1` are `windows-1252` for the WHATWG decoder.
 *
 * @example
 * ```ts
 * canonicalEncoding("Latin1"); // "windows-1252"
 * canonicalEncoding("cp850"); // null
 * ```
 */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}
