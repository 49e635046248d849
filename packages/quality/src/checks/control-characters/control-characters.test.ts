import { renderMessage } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { checkIssues } from "../index";
import { controlCharacters, controlCharactersIn } from "./control-characters";

describe("controlCharactersIn", () => {
  it("lists C0/C1 controls and invisible format characters, not ordinary text", () => {
    expect(controlCharactersIn("Pal\u0007ermo")).toEqual(["U+0007"]);
    expect(controlCharactersIn("a\u200db\u0085c\u00ad")).toEqual(["U+200D", "U+0085", "U+00AD"]);
    expect(controlCharactersIn("Ñuñoa, São Paulo")).toEqual([]);
    // Tabs, line breaks and zero-width spaces are quality/whitespace's: one problem, one finding.
    expect(controlCharactersIn("a\tb\nc\u200bd")).toEqual([]);
  });
});

describe("controlCharacters", () => {
  it("reports one finding per column, at the first row, with the code points", async () => {
    const csv = "barrio,casos\nPal\u0007ermo,3\nCentro,4\nNor\u0000te,5\n";
    const report = await validateTable(csv, { checks: [controlCharacters()], revealCells: true });
    const errors = report.tasks[0]?.errors ?? [];
    expect(errors.map((e) => [e.type, e.rowNumber, e.fieldNumber, e.severity])).toEqual([
      ["quality/control-characters", 2, 1, "warning"],
    ]);
    expect(errors[0]?.params).toMatchObject({ cells: 2, codes: "U+0007, U+0000", rows: "2, 4" });
    expect(errors[0]?.cell).toBe("Pal\u2423ermo");
    const e = errors[0];
    if (!e) throw new Error("no finding");
    expect(renderMessage(e, "es", checkIssues)).toBe(
      "Fila 2, columna 1 (barrio): 2 celdas tienen caracteres de control o invisibles (U+0007, U+0000); primeras filas: 2, 4; se encontró: «Pal\u2423ermo»; qué hacer: quite esos caracteres (en una planilla: función LIMPIAR/CLEAN) y vuelva a exportar el archivo.",
    );
    expect(renderMessage(e, "en", checkIssues)).toContain("2 cells hold control or invisible characters");
  });

  it("checks only the named columns, and says when one is missing", async () => {
    const report = await validateTable("a,b\nuno\u0001,dos\u0001\ntres,cuatro\n", {
      checks: [controlCharacters({ fields: ["b", "zz"], severity: "error" })],
    });
    const errors = report.tasks[0]?.errors ?? [];
    expect(errors.map((e) => [e.type, e.fieldName ?? e.params.field])).toEqual([
      ["quality/check-error", "zz"],
      ["quality/control-characters", "b"],
    ]);
    expect(report.valid).toBe(false);
  });

  it("finds nothing in clean text", async () => {
    const report = await validateTable("barrio\nPalermo\n", { checks: [controlCharacters()] });
    expect(report.tasks[0]?.errors).toEqual([]);
  });
});
