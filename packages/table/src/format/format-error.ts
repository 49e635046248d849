import { type TableError, tableError } from "../report/error";
import type { FormatInfo } from "./types";

const LABEL: Record<FormatInfo["kind"], string> = {
  pdf: "a PDF document",
  html: "an HTML web page",
  xml: "an XML document",
  json: "JSON",
  zip: "a ZIP archive",
  xlsx: "an Excel workbook (.xlsx)",
  xls: "an Excel 97-2003 workbook (.xls)",
  gzip: "a gzip-compressed file",
  binary: "a binary file",
};

const HINT: Record<FormatInfo["kind"], string> = {
  pdf: "a PDF is not a table: ask the publisher for the CSV, or extract the table with a PDF tool first",
  html: "this is a web page (a portal page, a login or an error page): download the CSV resource, not the portal page",
  xml: "export the table as CSV, or read it with an XML reader",
  json: "convert the JSON to CSV, or read it with a JSON reader",
  zip: "unzip the archive and open the CSV inside",
  xlsx: "export the table as CSV (UTF-8) from the spreadsheet",
  xls: "export the table as CSV (UTF-8) from the spreadsheet",
  gzip: "decompress it first (e.g. through DecompressionStream('gzip'))",
  binary: "this is not text: check that you downloaded the right resource",
};

/**
 * The `format-error` for a source that is not delimited text, with params `{ found, mediaType, hint }`.
 *
 * @example
 * ```ts
 * formatError({ kind: "pdf", mediaType: "application/pdf" }, "presupuesto.csv");
 * // { type: "format-error", params: { found: "pdf", mediaType: "application/pdf", hint: "…" }, … }
 * ```
 */
export function formatError(info: FormatInfo, name: string | null): TableError {
  const what = name === null ? "the source" : `"${name}"`;
  return tableError("format-error", {
    params: { found: info.kind, mediaType: info.mediaType, hint: HINT[info.kind] },
    note: `${what} is ${LABEL[info.kind]} (${info.mediaType}), not a delimited text table`,
  });
}
