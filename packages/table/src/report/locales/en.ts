import type { TableError } from "../error";
import { readerDescribe, readerTitles, sourceReasons } from "./reader";
import type { Locale } from "./types";

const p = (e: TableError, k: string) => String(e.params[k] ?? "");

/** English messages. */
export const en: Locale = {
  titles: {
    ...readerTitles.en,
    "encoding-error": "Encoding error",
    mojibake: "Garbled text",
    "format-error": "Not a table",
    "source-error": "Source could not be opened",
    "scheme-error": "Source could not be downloaded",
    "dialect-error": "Invalid dialect",
    "schema-error": "Invalid schema",
    "blank-label": "Blank label",
    "duplicate-label": "Duplicate label",
    "missing-label": "Missing label",
    "extra-label": "Extra label",
    "incorrect-label": "Incorrect label",
    "blank-row": "Blank row",
    "extra-cell": "Extra cell",
    "missing-cell": "Missing cell",
    "type-error": "Type error",
    "constraint-error": "Constraint error",
  },
  describe: {
    ...readerDescribe.en,
    "encoding-error": (e) => `the bytes cannot be read as ${p(e, "encoding")}`,
    mojibake: (e) => `the text looks double-encoded ("${p(e, "example")}" should be "${p(e, "suggestion")}")`,
    "format-error": (e) => `the file looks like ${p(e, "found")}, not a CSV`,
    "source-error": (e) =>
      sourceReasons.en[p(e, "reason")]?.(e) ?? `could not open ${p(e, "path")} (${p(e, "reason")})`,
    "scheme-error": (e) => `downloading ${p(e, "url")} failed (${p(e, "status")})`,
    "dialect-error": (e) => `the dialect is not valid: ${e.note}`,
    "schema-error": (e) => `the schema is not valid at ${p(e, "path")}`,
    "blank-label": () => "the column has no name",
    "duplicate-label": (e) =>
      `the name "${p(e, "label")}" is already used by column ${p(e, "firstFieldNumber")}`,
    "missing-label": (e) => `the schema expects column "${e.fieldName ?? ""}" and the file does not have it`,
    "extra-label": (e) => `column "${p(e, "label")}" is not in the schema`,
    "incorrect-label": (e) =>
      `the column is named "${p(e, "label")}" and the schema expects "${e.fieldName ?? ""}"`,
    "blank-row": () => "the row is empty",
    "extra-cell": (e) =>
      `the row has more cells (${p(e, "cells")}) than the header has columns (${p(e, "labels")})`,
    "missing-cell": (e) =>
      `the row has fewer cells (${p(e, "cells")}) than the header has columns (${p(e, "labels")})`,
    "type-error": (e) =>
      p(e, "reason") === "ambiguous-number"
        ? "the number is ambiguous: the dot may be a thousands separator or a decimal point"
        : "the value does not have the column's type or format",
    "constraint-error": (e) => `the value breaks "${p(e, "constraint")}: ${p(e, "requirement")}"`,
  },
  where(e) {
    const parts: string[] = [];
    if (e.rowNumber !== null) parts.push(`Row ${e.rowNumber}`);
    if (e.fieldNumber !== null)
      parts.push(
        `${parts.length ? "column" : "Column"} ${e.fieldNumber}${e.fieldName ? ` (${e.fieldName})` : ""}`,
      );
    return parts.length
      ? parts.join(", ")
      : e.rowNumber === null && e.tags.includes("#header")
        ? "Header"
        : "File";
  },
  words: {
    expected: "expected",
    received: "found",
    example: "valid example",
    hint: "what to do",
    cell: "cell",
    masked: "masked",
  },
};
