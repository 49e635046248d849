import type { Wording } from "./types";

/** English wording of the privacy error types. */
export const en: Wording = {
  "privacy/unknown-column": ["Unknown column", (e) => `there is no column "${e.params.column}"`],
  "privacy/k-anonymity": [
    "Re-identification risk (k-anonymity)",
    (e) =>
      `${e.params.records} records are in groups of fewer than ${e.params.k} people by ${e.params.qi}; they can be re-identified`,
  ],
  "privacy/l-diversity": [
    "Low diversity of a sensitive value",
    (e) => `in ${e.params.records} records the whole group shares the same "${e.params.column}" value`,
  ],
  "privacy/personal-data": [
    "Personal data",
    (e) => `the column seems to hold ${e.params.category} (confidence ${e.params.confidence})`,
  ],
  "privacy/sensitive-data": [
    "Sensitive data",
    (e) => `the column seems to hold sensitive data (${e.params.category}) under ${e.params.laws}`,
  ],
  "privacy/invalid-plan": ["Invalid anonymisation plan", (e) => `${e.params.path}: ${e.params.reason}`],
  "privacy/missing-key": [
    "Missing key",
    (e) => `the pseudonymisation key was not found (${e.params.source}); its value is never shown`,
  ],
  "privacy/invalid-table": ["Invalid aggregate table", (e) => `${e.params.reason}`],
  "privacy/empty-table": [
    "Empty table",
    (e) =>
      `${e.params.file ? `"${e.params.file}"` : "the input"} has no header and no rows (only blank lines): there is nothing to analyse; check that you passed the right file`,
  ],
};
