import { dialectProblems } from "./dialect";
import { describeFormatError } from "./format";
import { detailOf, num, p } from "./params";
import { readerDescribe, readerTitles, sourceReasons } from "./reader";
import { sheetDescribe, sheetTitles } from "./sheets";
import type { Locale } from "./types";

/** English messages. */
export const en: Locale = {
  titles: {
    ...readerTitles.en,
    ...sheetTitles.en,
    "unsafe-path": "Path not allowed",
    "output-is-input": "Output over the input",
    "encoding-error": "Encoding error",
    mojibake: "Garbled text",
    "format-error": "Not a table",
    "source-error": "Source could not be opened",
    "scheme-error": "Source could not be downloaded",
    "dialect-error": "Invalid dialect",
    "schema-error": "Invalid schema",
    "pattern-error": "Unsupported pattern",
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
    ...sheetDescribe.en,
    "unsafe-path": (e) =>
      `the path «${p(e, "path")}» leaves the folder «${p(e, "root")}» or cannot be used (${p(e, "reason")}); what to do: ask for a file inside the folder, without «..», absolute paths or links that lead out of it`,
    "output-is-input": (e) =>
      `the output ${p(e, "path")} is the same file as the input ${p(e, "input")} and would destroy it; what to do: choose another name with --out`,
    "encoding-error": (e) => `the bytes cannot be read as ${p(e, "encoding")}`,
    mojibake: (e) =>
      `the text looks double-encoded: "${p(e, "sequence")}" should be "${p(e, "repair")}" (${e.params.count === 1 ? "once" : `${num(e, "count", "en")} times`} in the start of the file that was sampled; the first on line ${num(e, "line", "en")}); what to do: export it again from the original as UTF-8, or fix it with repairMojibake()`,
    "format-error": (e) => describeFormatError(e, "en"),
    "source-error": (e) =>
      sourceReasons.en[p(e, "reason")]?.(e) ??
      `could not open ${p(e, "path")}${e.params.todo ? "" : ` (${p(e, "reason")})`}`,
    "scheme-error": (e) => `downloading ${p(e, "url")} failed (${p(e, "status")})`,
    "dialect-error": (e) => {
      const problem = (dialectProblems.en as Record<string, string>)[p(e, "problem")];
      if (problem) return `the dialect is not valid: "${p(e, "key")}" ${problem}`;
      return p(e, "path") ? `the dialect is not valid at ${p(e, "path")}` : "the dialect is not valid";
    },
    "schema-error": (e) => `the schema is not valid at ${p(e, "path")}`,
    "pattern-error": (e) => {
      const why: Record<string, string> = {
        backreference: `uses a backreference${detailOf(e)}, which cannot be evaluated without risking a check that never ends`,
        lookaround: `uses a lookahead or lookbehind${detailOf(e)}, which cannot be evaluated without risking a check that never ends`,
        unsupported: `uses a construct the linear-time engine does not support${detailOf(e)}`,
        "too-large": `is too large for the linear-time engine once its repetitions are written out${detailOf(e)}`,
        invalid: `is not a valid regular expression${detailOf(e)}`,
      };
      const where = p(e, "path") ? ` at ${p(e, "path")}` : "";
      return `the pattern "${p(e, "pattern")}"${where} ${why[p(e, "reason")] ?? p(e, "reason")}; what to do: ${p(e, "reason") === "too-large" ? "use shorter repetitions (+ or * instead of {1,5000}) or a list of values (enum)" : "rewrite it without that construct (for example repeat the group instead of referring to it, or use a class such as [^x] instead of an assertion)"} or remove the constraint`;
    },
    "blank-label": () => "the column has no name",
    "duplicate-label": (e) =>
      `the name "${p(e, "label")}" is already used by column ${p(e, "firstFieldNumber")}`,
    "missing-label": (e) => `the schema expects column "${e.fieldName ?? ""}" and the file does not have it`,
    "extra-label": (e) => `column "${p(e, "label")}" is not in the schema`,
    "incorrect-label": (e) =>
      `the column is named "${p(e, "label")}" and the schema expects "${e.fieldName ?? ""}"`,
    "blank-row": () => "the row is empty",
    "extra-cell": (e) =>
      `the row has more cells (${num(e, "cells", "en")}) than the header has columns (${num(e, "labels", "en")})`,
    "missing-cell": (e) =>
      `the row has fewer cells (${num(e, "cells", "en")}) than the header has columns (${num(e, "labels", "en")})`,
    "type-error": (e) =>
      p(e, "reason") === "ambiguous-number"
        ? "the number is ambiguous: the dot may be a thousands separator or a decimal point"
        : "the value does not have the column's type or format",
    "constraint-error": (e) => `the value breaks "${p(e, "constraint")}: ${p(e, "requirement")}"`,
  },
};
