import { p, type Wording } from "./types";

/** English wording. */
export const en: Wording = {
  "duplicate-row": ["Duplicate row", (e) => `the row repeats row ${p(e, "firstRowNumber")}`],
  "unique-error": [
    "Repeated value",
    (e) =>
      e.params.fieldNames
        ? `the combination "${p(e, "fieldNames")}" already appeared in row ${p(e, "firstRowNumber")}`
        : `the value already appeared in row ${p(e, "firstRowNumber")} and the column must be unique`,
  ],
  "primary-key": [
    "Invalid primary key",
    (e) =>
      e.params.reason === "null"
        ? `the primary key (${p(e, "fieldNames")}) is empty`
        : `the primary key (${p(e, "fieldNames")}) repeats that of row ${p(e, "firstRowNumber")}`,
  ],
  "foreign-key": [
    "Missing reference",
    (e) =>
      `"${p(e, "fieldNames")}" is not in the reference table ${p(e, "referenceName") || "(this one)"} (${p(e, "referenceFieldNames")})`,
  ],
  "row-constraint": [
    "Row rule not met",
    (e) =>
      e.params.reason === "syntax"
        ? `the formula "${p(e, "formula")}" cannot be read (position ${p(e, "position")})`
        : `the row does not meet "${p(e, "formula")}"${e.params.reason && e.params.reason !== "false" ? ` (${p(e, "reason")})` : ""}`,
  ],
  "table-dimensions": [
    "Table dimensions",
    (e) =>
      `the table has ${p(e, "actual")} ${e.params.what === "rows" ? "rows" : "columns"}; ${
        { required: "required:", minimum: "minimum:", maximum: "maximum:" }[p(e, "bound")] ?? ""
      } ${p(e, "limit")}`,
  ],
  "deviated-value": [
    "Outlier",
    (e) => `the value ${p(e, "received")} of "${p(e, "field")}" (row ${p(e, "row")}) is far from the rest`,
  ],
  "deviated-cell": [
    "Cell too long",
    (e) => `the cell of "${p(e, "field")}" in row ${p(e, "row")} is much longer than the others`,
  ],
  "truncated-value": ["Possibly truncated value", () => "the value looks cut by the system that exported it"],
  "forbidden-value": ["Forbidden value", () => "the value is in the list of forbidden values"],
  "sequential-value": ["Broken sequence", () => "the value does not follow the sequence (previous + 1)"],
  "ascii-value": ["Non-ASCII characters", () => "the text has characters outside ASCII (accents, ñ…)"],
  "required-value": ["Required value missing", (e) => `no row of "${p(e, "field")}" has the required value`],
  "hash-count": ["File hash differs", (e) => `the ${p(e, "algorithm")} hash of the file does not match`],
  "byte-count": ["File size differs", () => "the file size (bytes) does not match"],
  "row-count": ["Row count differs", () => "the number of rows does not match the declared one"],
  "check-error": ["Misconfigured check", (e) => `the check cannot run: ${e.note}`],
  "checklist-error": ["Invalid checklist", (e) => `the checklist is not valid at ${p(e, "path")}`],
  "unmatched-header": ["Unmatched header", () => "no column matches a field of the schema"],
  "resource-error": ["Invalid resource", (e) => `the resource is not valid: ${e.note}`],
  "package-error": ["Invalid package", (e) => `the package is not valid at ${p(e, "path")}`],
  error: ["Error", (e) => e.note],
};
