import { indexOfAscii, startsWith } from "./bytes-util";
import type { FormatInfo } from "./types";

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Other binary files people save as `.csv` by mistake, for a precise media type. */
const OTHER_BINARY: readonly (readonly [number[], string])[] = [
  [[0x89, 0x50, 0x4e, 0x47], "image/png"],
  [[0xff, 0xd8, 0xff], "image/jpeg"],
  [ascii("GIF8"), "image/gif"],
  [ascii("Rar!"), "application/vnd.rar"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "application/x-7z-compressed"],
  [ascii("BZh"), "application/x-bzip2"],
  [ascii("SQLite format 3\0"), "application/vnd.sqlite3"],
  [ascii("PAR1"), "application/vnd.apache.parquet"],
];

function zipKind(bytes: Uint8Array): FormatInfo {
  const window = 64 * 1024;
  if (indexOfAscii(bytes, "xl/", window) >= 0) return { kind: "xlsx", mediaType: XLSX };
  if (indexOfAscii(bytes, "application/vnd.oasis.opendocument.spreadsheet", window) >= 0) {
    return { kind: "zip", mediaType: "application/vnd.oasis.opendocument.spreadsheet" };
  }
  if (indexOfAscii(bytes, "word/", window) >= 0) {
    return {
      kind: "zip",
      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };
  }
  return { kind: "zip", mediaType: "application/zip" };
}

/**
 * Recognises a format by its magic number, or `null`.
 *
 * @example
 * ```ts
 * sniffMagic(new Uint8Array([0x1f, 0x8b, 8])); // { kind: "gzip", mediaType: "application/gzip" }
 * ```
 */
export function sniffMagic(bytes: Uint8Array): FormatInfo | null {
  if (indexOfAscii(bytes, "%PDF-", 1024) >= 0) return { kind: "pdf", mediaType: "application/pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return zipKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { kind: "xls", mediaType: "application/vnd.ms-excel" };
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: "gzip", mediaType: "application/gzip" };
  for (const [signature, mediaType] of OTHER_BINARY) {
    if (startsWith(bytes, signature)) return { kind: "binary", mediaType };
  }
  return null;
}
