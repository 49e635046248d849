import { CiudataError } from "@ciudata/core";
import type { FormatInfo } from "../format/types";
import { sheetError } from "../sheets/errors";
import { isEncryptedOffice, readSheetText, type SheetChoice, type SheetText } from "../sheets/read";

const ODS = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * Formats read whole to be opened as a workbook: `.xlsx`, `.ods`, OLE files (a password-protected
 * `.xlsx`), and any ZIP named as a spreadsheet (a damaged one is then reported as such).
 */
export function isWorkbookFormat(format: FormatInfo, name: string | null): boolean {
  if (format.kind === "xlsx" || format.kind === "xls" || format.mediaType === ODS) return true;
  return format.kind === "zip" && /\.(xlsx|xlsm|ods)$/i.test(name ?? "");
}

/** The pieces of a source as one array. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  parts.reduce((at, p) => {
    out.set(p, at);
    return at + p.byteLength;
  }, 0);
  return out;
}

/**
 * A workbook's sheet as text, or `null` when the bytes are no spreadsheet this reader opens (an `.xls`,
 * a `.docx`: refused later as a `format-error`). Throws a `sheet-error` `CiudataError` for a
 * password-protected, damaged or empty workbook, or a sheet that does not exist.
 */
export function readSpreadsheet(
  bytes: Uint8Array,
  name: string | null,
  choice: SheetChoice | undefined,
  format: FormatInfo,
): SheetText | null {
  if (format.kind === "xls") {
    if (isEncryptedOffice(bytes)) throw new CiudataError([sheetError("encrypted", name)]);
    return null;
  }
  return readSheetText(bytes, name, choice);
}
