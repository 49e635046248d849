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

/**
 * The `format-error` for a source that is not delimited text, with params `{ found, mediaType }`; the
 * message says, in the report's language, what the file looks like and what to do with it.
 *
 * @example
 * ```ts
 * formatError({ kind: "pdf", mediaType: "application/pdf" }, "presupuesto.csv");
 * // { type: "format-error", params: { found: "pdf", mediaType: "application/pdf" }, … }
 * ```
 */
export function formatError(info: FormatInfo, name: string | null): TableError {
  const what = name === null ? "the source" : `"${name}"`;
  return tableError("format-error", {
    params: { found: info.kind, mediaType: info.mediaType },
    note: `${what} is ${LABEL[info.kind]} (${info.mediaType}), not a delimited text table`,
  });
}
