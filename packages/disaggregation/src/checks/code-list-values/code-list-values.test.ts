import { describe, expect, it } from "vitest";
import { run } from "../../../test-support/run-checks";
import { barrioListFromCsv } from "../../codelists/barrios";
import { mendozaStandard, withCodeList } from "../../standard/standard";
import { codeListCheck } from "./code-list-values";

describe("codeListCheck", () => {
  it("reports each unmapped spelling once, at its first row, with its count", async () => {
    const { rows, errors } = await run("sexo,edad\nF,15 a 24\nmixto,3 a 1\nmixto,20 a 24\n", [
      codeListCheck(),
    ]);
    expect(rows).toEqual([
      [3, 1, "disaggregation/unmapped-value"],
      [3, 2, "disaggregation/unmapped-value"],
    ]);
    expect(errors[0]?.params.count).toBe(2);
    expect(errors[0]?.cell).toBe("mxxxx");
  });

  it("reports codes outside the standard's lists", async () => {
    const { errors } = await run("edad\n3 a 7\n0 a 4\n", [codeListCheck()]);
    expect(errors.map((e) => [e.type, e.params.code])).toEqual([
      ["disaggregation/value-outside-code-list", "Y3T7"],
    ]);
  });

  it("checks territory columns against the lists of their level", async () => {
    const list = barrioListFromCsv("id,nombre\nB1,Bombal\nB2,La Bajada\n", { id: "barrios-mza" });
    if (!list.ok) throw new Error("list");
    const standard = withCodeList(mendozaStandard(), list.list);
    const { errors } = await run("barrio,departamento\nBombal,Guaymallén\nLas Flores,Maipu\n", [
      codeListCheck({ standard }),
    ]);
    expect(errors.map((e) => [e.rowNumber, e.fieldName, e.type, e.severity])).toEqual([
      [3, "barrio", "disaggregation/unmapped-value", "warning"],
    ]);
    // Without a barrio list, barrio names are not checked.
    expect((await run("barrio\nLas Flores\n", [codeListCheck()])).errors).toEqual([]);
  });

  it("codes Peruvian departments with Peru's list, detected or chosen, never Mendoza's (issue 17, finding 4)", async () => {
    const csv = "SEXO,DEPARTAMENTO\nFEMENINO,JUNIN\nMASCULINO,SAN MARTIN\nFEMENINO,LIMA\nFEMENINO,LIMA\n";
    // Nearly all values are Peru's department names: detected, nothing to report.
    expect((await run(csv, [codeListCheck()])).errors).toEqual([]);
    expect((await run(csv, [codeListCheck({ codelist: "pe-ubigeo" })])).errors).toEqual([]);
    // Argentina chosen (a person's explicit choice): LIMA is no Argentine name, and is named as Peru's.
    const ar = await run(csv, [codeListCheck({ codelist: "ar-indec" })]);
    expect(ar.errors.map((e) => [e.type, e.rowNumber, e.params.value, e.params.candidates])).toEqual([
      ["disaggregation/territory-not-coded", 4, "LIMA", "Lima (PE 15)"],
    ]);
  });

  it("reports names of two countries with their candidates instead of guessing", async () => {
    const csv = "SEXO,DEPARTAMENTO\nFEMENINO,JUNIN\nMASCULINO,SAN MARTIN\nFEMENINO,JUNIN\n";
    const { errors } = await run(csv, [codeListCheck()]);
    expect(errors.map((e) => [e.type, e.rowNumber, e.params.value, e.params.count])).toEqual([
      ["disaggregation/territory-not-coded", 2, "JUNIN", 2],
      ["disaggregation/territory-not-coded", 3, "SAN MARTIN", 1],
    ]);
    expect(errors[0]?.params.candidates).toBe("Junín (AR 50035) / Junín (PE 12)");
    expect(errors[0]?.severity).toBe("warning");
  });
});
