import { describe, expect, it } from "vitest";
import { formatError } from "./format-error";

describe("formatError", () => {
  it("builds a format-error with found, mediaType and hint", () => {
    const e = formatError({ kind: "html", mediaType: "text/html" }, "hospitales.csv");
    expect(e).toMatchObject({ type: "format-error", severity: "error", tags: ["#source", "#format"] });
    expect(e.params).toMatchObject({ found: "html", mediaType: "text/html" });
    expect(String(e.params.hint)).toContain("download the CSV resource, not the portal page");
    expect(e.note).toContain("hospitales.csv");
  });

  it("asks to export spreadsheets as CSV and works without a name", () => {
    const e = formatError(
      { kind: "xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      null,
    );
    expect(String(e.params.hint)).toContain("export the table as CSV");
    expect(e.note).toContain("the source");
  });
});
