import { detectBom } from "../bytes/bom";
import { sniffBinary } from "./binary";
import { sniffMagic } from "./magic";
import { sniffTextKind } from "./text-kind";
import type { FormatInfo } from "./types";

/**
 * Tells whether the first bytes of a source are something other than delimited text: PDF, HTML,
 * XML, JSON, ZIP, XLSX, XLS, gzip or another binary. `null` means it looks like a text table.
 *
 * @example
 * ```ts
 * sniffFormat(new TextEncoder().encode("%PDF-1.7\n…")); // { kind: "pdf", mediaType: "application/pdf" }
 * sniffFormat(new TextEncoder().encode("a;b\n1;2\n")); // null
 * ```
 */
export function sniffFormat(bytes: Uint8Array): FormatInfo | null {
  const magic = sniffMagic(bytes);
  if (magic) return magic;
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== "utf-8") {
    // UTF-16 text: look at its ASCII projection so `<html` or `{` are still seen.
    const le = bom.encoding === "utf-16le";
    const projected = new Uint8Array(Math.max(0, (bytes.length - 2) >> 1));
    for (let i = 0; i < projected.length; i++) {
      const lo = bytes[2 + 2 * i + (le ? 0 : 1)] as number;
      const hi = bytes[2 + 2 * i + (le ? 1 : 0)] as number;
      projected[i] = hi === 0 && lo < 0x80 ? lo : 0x3f;
    }
    return sniffTextKind(projected);
  }
  return sniffTextKind(bytes) ?? sniffBinary(bytes);
}
