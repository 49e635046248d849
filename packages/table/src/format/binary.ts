import { guessUtf16 } from "../bytes/utf16";
import type { FormatInfo } from "./types";

/** Controls that never appear in text tables (tab, LF, FF, CR, SUB and ESC are tolerated). */
function isBinaryControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b;
}

/**
 * Flags bytes with many NULs/control bytes as binary, unless they look like UTF-16 text.
 *
 * @example
 * ```ts
 * sniffBinary(new Uint8Array(64)); // { kind: "binary", mediaType: "application/octet-stream" }
 * ```
 */
export function sniffBinary(bytes: Uint8Array, limit = 8192): FormatInfo | null {
  const n = Math.min(bytes.length, limit);
  if (n === 0) return null;
  let controls = 0;
  for (let i = 0; i < n; i++) if (isBinaryControl(bytes[i] as number)) controls++;
  if (controls / n <= 0.1) return null;
  if (guessUtf16(bytes, limit)) return null;
  return { kind: "binary", mediaType: "application/octet-stream" };
}
