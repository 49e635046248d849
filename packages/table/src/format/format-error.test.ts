import { describe, expect, it } from "vitest";
import { renderMessage } from "../report/localize";
import { formatError } from "./format-error";

describe("formatError", () => {
  it("builds a format-error with found and mediaType", () => {
    const e = formatError({ kind: "html", mediaType: "text/html" }, "hospitales.csv");
    expect(e).toMatchObject({ type: "format-error", severity: "error", tags: ["#source", "#format"] });
    expect(e.params).toMatchObject({ found: "html", mediaType: "text/html" });
    expect(e.note).toContain("hospitales.csv");
  });

  it("says what the file is and what to do in the reader's language, with no English in the others", () => {
    const e = formatError({ kind: "gzip", mediaType: "application/gzip" }, "padron.csv.gz");
    expect(renderMessage(e, "es")).toContain(
      "parece un archivo comprimido con gzip, no un CSV; qué hacer: descomprímalo",
    );
    expect(renderMessage(e, "en")).toContain(
      "looks like a gzip-compressed file, not a CSV; what to do: decompress it",
    );
    expect(renderMessage(e, "pt")).toContain(
      "parece um arquivo compactado com gzip, não um CSV; o que fazer: descompacte",
    );
    for (const lang of ["es", "pt"] as const)
      expect(renderMessage(e, lang)).not.toMatch(/decompress|what to do/);
  });

  it("asks to export spreadsheets as CSV and works without a name", () => {
    const e = formatError(
      { kind: "xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      null,
    );
    expect(renderMessage(e, "es")).toContain("exporte la tabla como CSV");
    expect(renderMessage(e, "en")).toContain("export the table as CSV");
    expect(e.note).toContain("the source");
  });
});
