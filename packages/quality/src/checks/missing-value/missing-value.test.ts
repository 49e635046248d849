import { renderMessage } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { checkIssues } from "../index";
import { whitespace } from "../whitespace";
import { isMissingCell, missingValue } from "./missing-value";

describe("missingValue", () => {
  it("counts empty and space-only cells of every column, one finding per column", async () => {
    const csv = "id,barrio,calle2\n1,Palermo,\n2,,Av. Santa Fe\n3,Centro,   \n4,Once,\n";
    const report = await validateTable(csv, { checks: [missingValue()] });
    const errors = report.tasks[0]?.errors ?? [];
    expect(errors.map((e) => [e.type, e.fieldName, e.rowNumber, e.params.cells, e.params.spaces])).toEqual([
      ["quality/missing-value", "barrio", 3, 1, 0],
      ["quality/missing-value", "calle2", 2, 3, 1],
    ]);
    const calle = errors[1];
    if (!calle) throw new Error("no finding");
    expect(renderMessage(calle, "es", checkIssues)).toContain(
      "3 celdas están vacías (1 tiene solo espacios)",
    );
    expect(renderMessage(calle, "en", checkIssues)).toContain("3 cells are empty (1 holds only spaces)");
    expect(renderMessage(calle, "pt", checkIssues)).toContain("3 células estão vazias (1 tem só espaços)");
  });

  it("leaves blank rows to blank-row and short rows to missing-cell", async () => {
    const report = await validateTable("a,b\n1,x\n,\n2\n", { checks: [missingValue()] });
    const types = (report.tasks[0]?.errors ?? []).map((e) => e.type).sort();
    expect(types).toEqual(["blank-row", "missing-cell"]);
  });

  it("a space-only cell is one missing-value finding, not also extra whitespace", async () => {
    const report = await validateTable("barrio,calle\nPalermo,  \nCentro,Once \n", {
      checks: [missingValue(), whitespace()],
    });
    const errors = report.tasks[0]?.errors ?? [];
    expect(errors.map((e) => [e.type, e.rowNumber, e.params.cells])).toEqual([
      ["quality/missing-value", 2, 1],
      ["quality/whitespace", 3, 1],
    ]);
  });

  it("counts a schema's missing-value marker as a missing value", async () => {
    const schema = { fields: [{ name: "edad", type: "integer" }], missingValues: ["", "NA"] };
    const report = await validateTable("edad\n30\nNA\n", { schema, checks: [missingValue()] });
    expect(report.tasks[0]?.errors.map((e) => e.params.cells)).toEqual([1]);
    expect(isMissingCell("\u00a0")).toBe(true);
    expect(isMissingCell(" x ")).toBe(false);
  });
});
