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
});
